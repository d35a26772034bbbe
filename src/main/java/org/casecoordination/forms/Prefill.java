package org.casecoordination.forms;

import java.util.Set;

/**
 * Where a field's value comes from when its task opens, as an analyst declares it in Camunda Modeler: the field's
 * custom property {@code prefill} (form-js {@code properties}, which Tasklist ignores). Either an earlier answer
 * of the case ({@code record.livingSituation}: the latest step that recorded a field of that key) or the client's
 * record ({@code client.phone}), or the provider of the arrangement's referral ({@code referral.providerContact}).
 * Anything else refuses the form at deployment, so a typo never prefills nothing.
 *
 * @param source {@link #RECORD}, {@link #CLIENT} or {@link #REFERRAL}
 * @param name   the earlier field's key, or one of {@link #CLIENT_FIELDS} or {@link #REFERRAL_FIELDS}
 */
public record Prefill(String source, String name) {

    public static final String PROPERTY = "prefill";
    public static final String RECORD = "record";
    public static final String CLIENT = "client";
    /** The client's contact details a form may show and change: the same the referral records. */
    public static final Set<String> CLIENT_FIELDS = Set.of("phone", "address", "caregiverContact");
    public static final String REFERRAL = "referral";
    /** The referred provider's name, contact person, phone and email, for a task of the arrangement. */
    public static final Set<String> REFERRAL_FIELDS = Set.of("providerContact");

    public boolean fromClient() {
        return CLIENT.equals(source);
    }

    @Override
    public String toString() {
        return source + "." + name;
    }

    /** The declaration read, or an explanation of what is wrong with it. */
    static Prefill parse(String declared, String resourceName, String fieldKey) {
        String text = declared.strip();
        int dot = text.indexOf('.');
        String source = dot < 0 ? text : text.substring(0, dot);
        String name = dot < 0 ? "" : text.substring(dot + 1);
        boolean known = RECORD.equals(source) && name.matches("[A-Za-z_][A-Za-z0-9_]*")
                || CLIENT.equals(source) && CLIENT_FIELDS.contains(name)
                || REFERRAL.equals(source) && REFERRAL_FIELDS.contains(name);
        if (!known) {
            throw new InvalidFormException(resourceName, "field '" + fieldKey + "' has prefill '" + declared
                    + "', which names no earlier answer: write record.<an earlier field's key>, client."
                    + String.join("|", CLIENT_FIELDS.stream().sorted().toList()) + " or referral."
                    + String.join("|", REFERRAL_FIELDS.stream().sorted().toList()));
        }
        return new Prefill(source, name);
    }
}
