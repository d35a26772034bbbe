package org.casecoordination.security.login;

import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * When a session logged in, for {@link EndedSessions}. Written at the login form's success and at Camunda's webapp
 * login ({@link CamundaWebappLoginLockout}). A session holding both logins keeps the earlier instant, so a change
 * between the two still ends it; a login into a session with no other login starts afresh.
 */
@Component
class LoginTimes {

    private static final String ATTRIBUTE = LoginTimes.class.getName();

    static void remember(HttpSession session, boolean otherLoginInSession) {
        if (session != null && (!otherLoginInSession || session.getAttribute(ATTRIBUTE) == null)) {
            session.setAttribute(ATTRIBUTE, Instant.now());
        }
    }

    /** The login instant, or the session's creation for a session from before this was recorded. */
    static Instant of(HttpSession session) {
        return session.getAttribute(ATTRIBUTE) instanceof Instant loginAt ? loginAt
                : Instant.ofEpochMilli(session.getCreationTime());
    }

    /** The login form (Spring Security): the session already has its new id here. */
    @EventListener
    void loggedIn(InteractiveAuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            remember(session, session != null && !EndedSessions.camundaUsersOf(session).isEmpty());
        }
    }
}
