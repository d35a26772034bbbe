package org.casecoordination.security.login;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.casecoordination.security.PasswordChangeFirst;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UrlPathHelper;

/**
 * A user whose password an administrator set (new user, reset) must choose their own before doing anything else:
 * on the pages every request leads to the change page until it is done; HTTP Basic callers of /api and
 * /engine-rest are refused with a message. Runs after the login is known, before authorization.
 */
public final class PasswordChangeRequired extends OncePerRequestFilter {

    /** The API's refusal, a message key read in the request's language. */
    static final String MESSAGE = "passwordChange.error.requiredFirst";

    /** What a user with a temporary password may still reach on the pages. */
    private static final Set<String> OPEN_PAGES = Set.of(PasswordChangeController.PATH, "/logout", "/login",
            "/error", "/favicon.ico");
    private static final Set<String> OPEN_PREFIXES = Set.of("/webjars/", "/css/", "/js/");

    private final UserStatus userStatus;
    private final boolean pages;
    private final MessageSource messages;
    private final LocaleResolver languages;
    private final PasswordChangeFirst.Refusal refusal;

    private PasswordChangeRequired(UserStatus userStatus, boolean pages, MessageSource messages,
            LocaleResolver languages, PasswordChangeFirst.Refusal refusal) {
        this.userStatus = userStatus;
        this.pages = pages;
        this.messages = messages;
        this.languages = languages;
        this.refusal = refusal;
    }

    private PasswordChangeRequired(UserStatus userStatus, boolean pages, MessageSource messages,
            LocaleResolver languages) {
        this(userStatus, pages, messages, languages, null);
    }

    /** For a door that answers in its own shape (FHIR's OperationOutcome): the refusal writes the answer. */
    public static PasswordChangeRequired refusingWith(UserStatus userStatus, PasswordChangeFirst.Refusal refusal) {
        return new PasswordChangeRequired(userStatus, false, null, null, refusal);
    }

    public static PasswordChangeRequired forPages(UserStatus userStatus) {
        return new PasswordChangeRequired(userStatus, true, null, null);
    }

    public static PasswordChangeRequired forApi(UserStatus userStatus, MessageSource messages,
            LocaleResolver languages) {
        return new PasswordChangeRequired(userStatus, false, messages, languages);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken
                || isOpen(new UrlPathHelper().getPathWithinApplication(request))
                || !userStatus.mustChangePassword(request, user.getName())) {
            chain.doFilter(request, response);
            return;
        }
        if (pages) {
            response.sendRedirect(request.getContextPath() + PasswordChangeController.PATH);
            return;
        }
        if (refusal != null) {
            refusal.refuse(request, response, MESSAGE);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        String message = messages.getMessage(MESSAGE, null, languages.resolveLocale(request));
        response.getWriter().write("{\"errors\":[{\"field\":null,\"message\":\""
                + new String(JsonStringEncoder.getInstance().quoteAsString(message)) + "\"}]}");
    }

    private boolean isOpen(String path) {
        return pages && (OPEN_PAGES.contains(path) || OPEN_PREFIXES.stream().anyMatch(path::startsWith));
    }
}
