package org.casecoordination.messaging;

import com.twilio.security.RequestValidator;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Lets a webhook request in only when Twilio signed it: {@code X-Twilio-Signature} is the HMAC-SHA1, keyed with
 * the account's token, of the public URL Twilio posted to followed by the form's parameters sorted by name
 * (checked by Twilio's own {@link RequestValidator}). The URL is built from the configured public address, not
 * from the request, which behind a proxy names another host. Without a token nothing is let in.
 */
class TwilioSignatureFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Twilio-Signature";
    static final String AUTHORITY = "TWILIO_WEBHOOK";

    private final TwilioSettings settings;

    TwilioSignatureFilter(TwilioSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String signature = request.getHeader(HEADER);
        if (signature != null && StringUtils.hasText(settings.authToken())
                && StringUtils.hasText(settings.publicBaseUrl())) {
            String url = settings.publicUrlOf(request.getRequestURI(), request.getQueryString());
            if (new RequestValidator(settings.authToken()).validate(url, formParameters(request), signature)) {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new UsernamePasswordAuthenticationToken("twilio", null,
                        List.of(new SimpleGrantedAuthority(AUTHORITY))));
                SecurityContextHolder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }

    /** The posted form's parameters: those of the query string are part of the signed URL instead. */
    private static Map<String, String> formParameters(HttpServletRequest request) {
        Set<String> inQuery = request.getQueryString() == null ? Set.of()
                : UriComponentsBuilder.newInstance().query(request.getQueryString()).build().getQueryParams().keySet();
        Map<String, String> parameters = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!inQuery.contains(name) && values.length > 0) {
                parameters.put(name, values[0]);
            }
        });
        return parameters;
    }
}
