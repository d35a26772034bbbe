package org.casecoordination.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
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

    /**
     * Whether the person signed in holds any of these authorities ({@code GROUP_supervisors}): which menu entries
     * the header shows. Spring Security's {@code hasAnyAuthority} read straight from the authentication: the
     * header's {@code sec:authorize} looked Spring Security's expression handler up by type and evaluated an
     * expression for each entry, 3 % of a list page's CPU (docs/benchmarks.md, "List pages: rendering cost").
     */
    public boolean shownTo(String... authorities) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null) {
            return false;
        }
        for (GrantedAuthority held : signedIn.getAuthorities()) {
            for (String authority : authorities) {
                if (authority.equals(held.getAuthority())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether someone is signed in (Spring Security's {@code isAuthenticated()}): the header's menu at all. */
    public boolean signedIn() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken);
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
