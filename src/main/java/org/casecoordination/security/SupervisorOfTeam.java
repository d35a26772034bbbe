package org.casecoordination.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Only a supervisor of the team named by the method's {@code team} parameter may call it ({@link TeamRoles});
 * anyone else gets 403 before the method runs.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("@teamRoles.checkSupervises(#team)")
public @interface SupervisorOfTeam {
}
