package org.casecoordination.security.language;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.casecoordination.system.Languages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The user's choice of screen language: on the account page, and in one click from the header's account menu,
 * which comes back to the page it was on. An empty choice goes back to the browser's language.
 */
@Controller
class LanguageChoiceController {

    static final String PATH = "/account/language";
    private static final String VIEW = "account/language";

    private final UserLanguage userLanguage;
    private final Languages languages;
    private final MessageSource messages;

    LanguageChoiceController(UserLanguage userLanguage, Languages languages, MessageSource messages) {
        this.userLanguage = userLanguage;
        this.languages = languages;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String show(HttpServletRequest request, Model model) {
        model.addAttribute("choices", languages.supported().stream().map(Locale::getLanguage).toList());
        model.addAttribute("chosen", userLanguage.savedChoice(request).map(Locale::getLanguage).orElse(""));
        return VIEW;
    }

    @PostMapping(PATH)
    String choose(@RequestParam(defaultValue = "") String language,
            @RequestParam(required = false) String returnTo, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        Locale chosen = languages.supported(language).orElse(null);
        userLanguage.setLocale(request, response, chosen);
        Locale now = userLanguage.resolveLocale(request);
        redirect.addFlashAttribute("message", messages.getMessage("account.language.saved",
                new Object[] {languages.ownName(now.getLanguage())}, now));
        return "redirect:" + (isOwnPage(returnTo) ? returnTo : PATH);
    }

    /** Only a path of this application: never another site (an open redirect). */
    private static boolean isOwnPage(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && !path.contains(":") && path.length() <= 500;
    }
}
