package org.casecoordination.security;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.casecoordination.security.login.PasswordChangeRequired;
import org.casecoordination.security.login.UserStatus;
import org.springframework.stereotype.Component;

/**
 * The check every door makes after the login: a user whose password an administrator set must choose their own
 * before anything else. For the doors other modules build (the FHIR API), which refuse in their own shape; the
 * pages and /api use {@code login.PasswordChangeRequired} directly.
 */
@Component
public class PasswordChangeFirst {

    /** Writes the door's 403; {@code messageKey} names the words that say why. */
    @FunctionalInterface
    public interface Refusal {
        void refuse(HttpServletRequest request, HttpServletResponse response, String messageKey) throws IOException;
    }

    private final UserStatus userStatus;

    PasswordChangeFirst(UserStatus userStatus) {
        this.userStatus = userStatus;
    }

    /** The filter to run after authentication, before authorization. */
    public Filter filter(Refusal refusal) {
        return PasswordChangeRequired.refusingWith(userStatus, refusal);
    }
}
