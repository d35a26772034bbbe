package org.casecoordination.security.login;

import jakarta.servlet.http.HttpSession;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page. After a refused login it tells a locked user for how long they are locked (and a deactivated
 * one that they are), instead of only "wrong user name or password": Spring Security keeps the failed login's
 * exception in the session, and the layout shows {@code error}. The lock is told in the reader's language.
 */
@Controller
class LoginPageController {

    private final MessageSource messages;

    LoginPageController(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, HttpSession session, Model model) {
        Object refused = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (error != null && refused instanceof AccountLockedException locked) {
            model.addAttribute("error", messages.getMessage("login.locked", new Object[] {locked.minutesLeft()},
                    LocaleContextHolder.getLocale()));
        } else if (error != null && refused instanceof AccountDisabledException disabled) {
            model.addAttribute("error", messages.getMessage(disabled.messageKey(), null, disabled.getMessage(),
                    LocaleContextHolder.getLocale()));
        } else if (error != null && refused instanceof AccountStatusException status) {
            model.addAttribute("error", status.getMessage());
        }
        return "login";
    }
}
