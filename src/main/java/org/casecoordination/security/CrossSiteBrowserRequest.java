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
 */
final class CrossSiteBrowserRequest implements RequestMatcher {

    private static final Set<String> OWN_OR_TYPED = Set.of("same-origin", "none");

    @Override
    public boolean matches(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        return site != null && !OWN_OR_TYPED.contains(site.trim().toLowerCase(Locale.ROOT));
    }
}
