package org.casecoordination.security.language;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.casecoordination.system.Languages;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The language of the screens for each request: the user's own choice, saved in Camunda's identity user info (no
 * table of ours), else the browser's Accept-Language among the supported languages, else the default (English).
 * The saved choice is read once per login and kept in the session; a request without a session (an HTTP Basic API
 * call) follows Accept-Language. Spring MVC's resolver only, so Camunda's own webapps keep their own language.
 */
@Component("localeResolver")
public class UserLanguage implements LocaleResolver {

    /** The key in Camunda's user info. */
    public static final String USER_INFO_KEY = "language";

    private static final String SESSION_ATTRIBUTE = UserLanguage.class.getName() + ".CHOICE";

    private final IdentityService identityService;
    private final Languages languages;
    private final AcceptHeaderLocaleResolver browser = new AcceptHeaderLocaleResolver();

    UserLanguage(IdentityService identityService, Languages languages) {
        this.identityService = identityService;
        this.languages = languages;
        browser.setSupportedLocales(languages.supported());
        browser.setDefaultLocale(languages.defaultLanguage());
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return choice(request).orElseGet(() -> browser.resolveLocale(request));
    }

    /** Saves the user's choice (the header's switch and the account page); {@code null} goes back to the browser's. */
    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        String user = loggedInUser().orElseThrow(() -> new IllegalStateException("no user to save a language for"));
        Optional<Locale> chosen = locale == null ? Optional.empty() : languages.supported(locale.getLanguage());
        if (chosen.isPresent()) {
            identityService.setUserInfo(user, USER_INFO_KEY, chosen.get().getLanguage());
        } else {
            identityService.deleteUserInfo(user, USER_INFO_KEY);
        }
        request.getSession().setAttribute(SESSION_ATTRIBUTE, new Choice(user, chosen.orElse(null)));
    }

    /** The user's saved choice, if they made one; empty for the browser's language. */
    public Optional<Locale> savedChoice(HttpServletRequest request) {
        return choice(request);
    }

    private Optional<Locale> choice(HttpServletRequest request) {
        Optional<String> user = loggedInUser();
        HttpSession session = request.getSession(false);
        if (user.isEmpty() || session == null) {
            return Optional.empty();
        }
        // keyed by user: a session that began before the login carries no choice into it
        if (session.getAttribute(SESSION_ATTRIBUTE) instanceof Choice known && known.user().equals(user.get())) {
            return Optional.ofNullable(known.language());
        }
        Locale saved = languages.supported(identityService.getUserInfo(user.get(), USER_INFO_KEY)).orElse(null);
        session.setAttribute(SESSION_ATTRIBUTE, new Choice(user.get(), saved));
        return Optional.ofNullable(saved);
    }

    private static Optional<String> loggedInUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }

    /** What the session remembers: whose choice, and the language ({@code null}: the browser's). */
    private record Choice(String user, Locale language) implements Serializable {
    }
}
