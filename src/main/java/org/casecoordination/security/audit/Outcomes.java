package org.casecoordination.security.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The outcome column: the HTTP status, except where the status hides a refusal. The pages answer a refused action
 * with a redirect that carries an error message (flash attribute "error", or "...Error"); that is a FAILURE.
 */
final class Outcomes {

    static String of(HttpServletRequest request, HttpServletResponse response) {
        int status = response.getStatus();
        if (status >= 300 && status < 400 && carriesError(RequestContextUtils.getOutputFlashMap(request))) {
            return AuditEvent.FAILURE;
        }
        return String.valueOf(status);
    }

    /** A request that ended in an exception: what the caller will get. */
    static String of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException) {
                return "403";
            }
            if (cause instanceof AuthenticationException) {
                return "401";
            }
        }
        return "500";
    }

    private static boolean carriesError(FlashMap flash) {
        return flash != null && flash.keySet().stream().anyMatch(key -> key.equals("error") || key.endsWith("Error"));
    }

    private Outcomes() {
    }
}
