package org.casecoordination.security.login;

import java.security.Principal;
import org.casecoordination.system.Words;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Change my password" for whoever is logged in; needs a login like every page (SecurityConfig's default). */
@Controller
class PasswordChangeController {

    static final String PATH = "/account/password";
    private static final String VIEW = "account/password";

    private final PasswordChange passwordChange;
    private final Words words;

    PasswordChangeController(PasswordChange passwordChange, Words words) {
        this.passwordChange = passwordChange;
        this.words = words;
    }

    @InitBinder("form")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("currentPassword", "newPassword", "confirmation");
    }

    @GetMapping(PATH)
    String show(Model model, Principal user) {
        model.addAttribute("form", new PasswordChangeForm());
        model.addAttribute("required", passwordChange.isRequired(user.getName()));
        return VIEW;
    }

    @PostMapping(PATH)
    String change(@ModelAttribute("form") PasswordChangeForm form, BindingResult errors, Principal user,
            Model model, RedirectAttributes redirect) {
        passwordChange.change(user.getName(), form, errors);
        if (errors.hasErrors()) {
            // passwords never travel back into the page
            form.setCurrentPassword(null);
            form.setNewPassword(null);
            form.setConfirmation(null);
            model.addAttribute("required", passwordChange.isRequired(user.getName()));
            return VIEW;
        }
        redirect.addFlashAttribute("message", words.text("account.password.changed"));
        return "redirect:" + PATH;
    }
}
