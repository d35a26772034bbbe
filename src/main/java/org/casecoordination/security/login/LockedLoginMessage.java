package org.casecoordination.security.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.web.WebAttributes;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells a locked user on the login page for how long they are locked (and a deactivated one that they are), instead of only "wrong user name or
 * password": Spring Security keeps the failed login's exception in the session, and the layout shows {@code error}.
 */
@ControllerAdvice(basePackages = "org.casecoordination.system")
class LockedLoginMessage {

    @ModelAttribute
    void explainLock(HttpServletRequest request, Model model) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!"/login".equals(path) || request.getParameter("error") == null) {
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)
                instanceof AccountStatusException locked) {
            model.addAttribute("error", locked.getMessage());
        }
    }
}
