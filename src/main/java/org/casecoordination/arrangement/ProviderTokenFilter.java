package org.casecoordination.arrangement;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Reads "Authorization: Bearer <token>"; a valid token authenticates the request as its provider. */
class ProviderTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final ProviderTokens tokens;

    ProviderTokenFilter(ProviderTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            tokens.providerOf(header.substring(PREFIX.length())).ifPresent(providerId -> {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new ProviderPrincipal(providerId));
                SecurityContextHolder.setContext(context);
            });
        }
        chain.doFilter(request, response);
    }
}
