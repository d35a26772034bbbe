package org.casecoordination.security.login;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page. After a refused login it tells a locked user for how long they are locked (and a deactivated
 * one that they are), instead of only "wrong user name or password": Spring Security keeps the failed login's
 * exception in the session, and the layout shows {@code error}.
 */
@Controller
class LoginPageController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, HttpSession session, Model model) {
        if (error != null && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)
                instanceof AccountStatusException locked) {
            model.addAttribute("error", locked.getMessage());
        }
        return "login";
    }
}
