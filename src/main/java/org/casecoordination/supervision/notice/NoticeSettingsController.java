package org.casecoordination.supervision.notice;

import java.util.EnumMap;
import java.util.Map;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.system.Words;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The account page where a person chooses, per kind of notice, an email at once, the daily digest or no email.
 * Urgent kinds are listed as fixed: always emailed at once.
 */
@Controller
class NoticeSettingsController {

    static final String PATH = "/account/notifications";
    private static final String VIEW = "account/notifications";

    private final NoticeEmailSettings settings;
    private final CurrentUser currentUser;
    private final StaffMail mail;
    private final NoticeEmailProperties properties;
    private final Words words;

    NoticeSettingsController(NoticeEmailSettings settings, CurrentUser currentUser, StaffMail mail,
            NoticeEmailProperties properties, Words words) {
        this.settings = settings;
        this.currentUser = currentUser;
        this.mail = mail;
        this.properties = properties;
        this.words = words;
    }

    @GetMapping(PATH)
    String show(Model model) {
        return page(model, settings.of(currentUser.id()), Map.of());
    }

    /** All choices or none: a value that is not one of the three leaves everything as it was. */
    @PostMapping(PATH)
    String save(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        Map<NoticeKind, EmailChoice> chosen = new EnumMap<>(NoticeKind.class);
        Map<NoticeKind, String> errors = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.chosenByPerson()) {
            String value = form.get(kind.name());
            try {
                chosen.put(kind, EmailChoice.valueOf(value == null ? "" : value));
            } catch (IllegalArgumentException e) {
                errors.put(kind, words.text("noticeSettings.error.choose"));
            }
        }
        if (!errors.isEmpty()) {
            Map<NoticeKind, EmailChoice> shown = new EnumMap<>(settings.of(currentUser.id()));
            shown.putAll(chosen);
            return page(model, shown, errors);
        }
        settings.save(currentUser.id(), chosen);
        redirect.addFlashAttribute("message", words.text("noticeSettings.saved"));
        return "redirect:" + PATH;
    }

    private String page(Model model, Map<NoticeKind, EmailChoice> chosen, Map<NoticeKind, String> errors) {
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        model.addAttribute("urgentKinds", NoticeKind.urgentOnes());
        model.addAttribute("choices", EmailChoice.values());
        model.addAttribute("emailOn", mail.on());
        model.addAttribute("digestAt", properties.digestAt());
        return VIEW;
    }
}
