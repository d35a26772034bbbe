package org.casecoordination.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Which menu entry is the page being shown, for the header (fragments/layout.html: {@code @navigation.at(...)}):
 * the entry gets aria-current="page" and its visible marker. A path belongs to an entry when it is the entry's
 * path or lies below it ({@code /tasks/123} under Tasks).
 */
@Component("navigation")
public class Navigation {

    public boolean at(String... paths) {
        String current = currentPath();
        if (current == null) {
            return false;
        }
        for (String path : paths) {
            if (current.equals(path) || current.startsWith(path + "/")) {
                return true;
            }
        }
        return false;
    }

    /** The page being shown, for a form that comes back to it (the header's language switch). */
    public String path() {
        return currentPath();
    }

    private static String currentPath() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        HttpServletRequest request = attributes.getRequest();
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
