package org.casecoordination.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A request that a browser sends on behalf of another site (Sec-Fetch-Site "cross-site" or "same-site"). The
 * Basic-auth APIs need no CSRF token because no page of ours calls them and they ignore the session cookie; but a
 * browser that once answered a Basic login prompt resends those credentials to any site's form post. Integrations
 * (scripts, servers) send no Sec-Fetch-Site header, so refusing these costs nothing legitimate.
 * <p>
 * One exception: a CORS-mode request (Sec-Fetch-Mode "cors") that carries HTTP Basic credentials, which is how
 * Camunda Modeler's built-in browser calls the engine API. A page of another site cannot set an Authorization header
 * itself without a CORS preflight, which this application never approves; the browser attaches Basic credentials on
 * its own only when it has cached them from a Basic login prompt, and /api and /engine-rest never prompt a browser
 * ({@link #isBrowser}: no WWW-Authenticate challenge). Form posts, links and no-cors fetches stay refused.
 */
public final class CrossSiteBrowserRequest implements RequestMatcher {

    private static final Set<String> OWN_OR_TYPED = Set.of("same-origin", "none");

    @Override
    public boolean matches(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site == null || OWN_OR_TYPED.contains(site.trim().toLowerCase(Locale.ROOT))) {
            return false;
        }
        return !(isCorsMode(request) && carriesBasicCredentials(request));
    }

    /** Browsers send Sec-Fetch-Mode with every request; scripts and servers do not. */
    public static boolean isBrowser(HttpServletRequest request) {
        return request.getHeader("Sec-Fetch-Mode") != null;
    }

    private static boolean isCorsMode(HttpServletRequest request) {
        String mode = request.getHeader("Sec-Fetch-Mode");
        return mode != null && "cors".equals(mode.trim().toLowerCase(Locale.ROOT));
    }

    private static boolean carriesBasicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
