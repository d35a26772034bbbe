package org.casecoordination.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a page controller: the text it binds (form fields and request parameters) is trimmed, and an empty box binds
 * as null ("not given") rather than an empty string that fails a format check. {@link ControllerRules} applies it.
 * Not on controllers that bind passwords: a password keeps its spaces.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface TrimmedStrings {
}
