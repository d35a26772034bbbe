package org.casecoordination.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may use a controller (on the class) or one of its handlers (on the method, which then wins): members of at
 * least one of these groups ({@link Groups}). Anyone else gets 403 with {@link #because()}, before the request's
 * body or form is read. {@link GroupAccess} enforces it for every handler; rules that depend on the record (the
 * case's team) stay with the record's service.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AllowedGroups {

    /** Group ids, e.g. {@link Groups#SUPERVISORS}. */
    String[] value();

    /** The refusal: a message key of the bundles ({@code refusal.…}), read in the caller's language. */
    String because();
}
