package org.casecoordination.tasklist;

import java.util.function.Function;

/**
 * Values a form's {@code prefill} may name beyond the case record and the client's (forms.Prefill): another module's
 * data about the task at hand, such as the provider of an arrangement's referral. The task list asks every bean
 * without importing the modules that make them.
 */
public interface PrefillSource {

    /** The {@code prefill} source this bean answers for ({@code referral} in {@code referral.providerContact}). */
    String source();

    /** The value of {@code name} for the task whose variables {@code taskVariable} reads; null when unknown. */
    Object value(String name, Function<String, Object> taskVariable);
}
