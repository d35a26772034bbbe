package org.casecoordination.security.admin;

import org.casecoordination.security.AllowedGroups;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.Groups;
import org.casecoordination.security.login.NewPasswordRules;
import org.casecoordination.system.Words;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An administrator deactivates, reactivates or deletes a user's account, or gives them a temporary password.
 * Each takes effect on every door at once (see {@code UserStatus}) and is audited. Nobody does it to themselves:
 * the last administrator could lock everyone out.
 */
@Controller
@AllowedGroups(value = Groups.ADMINS, because = "refusal.adminsOnly.users")
class UserAccountController {

    private final UserAdministration administration;
    private final CurrentUser currentUser;
    private final UserAdminController userPage;
    private final Words words;

    UserAccountController(UserAdministration administration, CurrentUser currentUser,
            UserAdminController userPage, Words words) {
        this.words = words;
        this.administration = administration;
        this.currentUser = currentUser;
        this.userPage = userPage;
    }

    @InitBinder("passwordReset")
    void onlyPasswordFields(WebDataBinder binder) {
        binder.setAllowedFields("password", "confirmation");
    }

    @ModelAttribute
    void knownUser(@PathVariable String userId) {
        if (administration.user(userId) == null) {
            throw new UnknownUserException(userId);
        }
    }

    @PostMapping("/admin/users/{userId}/deactivate")
    String deactivate(@PathVariable String userId, RedirectAttributes redirect) {
        if (refusedForSelf(userId, redirect)) {
            return back(userId);
        }
        administration.deactivate(userId);
        redirect.addFlashAttribute("message", words.text("adminUser.deactivated.done", userId));
        return back(userId);
    }

    @PostMapping("/admin/users/{userId}/reactivate")
    String reactivate(@PathVariable String userId, RedirectAttributes redirect) {
        administration.reactivate(userId);
        redirect.addFlashAttribute("message", words.text("adminUser.reactivated", userId));
        return back(userId);
    }

    @PostMapping("/admin/users/{userId}/delete")
    String delete(@PathVariable String userId, @RequestParam(required = false) String confirm,
            RedirectAttributes redirect) {
        if (refusedForSelf(userId, redirect)) {
            return back(userId);
        }
        if (!userId.equals(confirm)) {
            redirect.addFlashAttribute("error", words.text("adminUser.error.deleteConfirm", userId));
            return back(userId);
        }
        administration.delete(userId);
        redirect.addFlashAttribute("message", words.text("adminUser.deleted", userId));
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{userId}/password")
    String resetPassword(@PathVariable String userId, @ModelAttribute("passwordReset") TemporaryPasswordForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        NewPasswordRules.problem(userId, form.getPassword())
                .ifPresent(problem -> NewPasswordRules.reject(result, "password", problem));
        if (form.getPassword() != null && !form.getPassword().equals(form.getConfirmation())) {
            result.rejectValue("confirmation", "adminUser.error.passwordsDiffer", "The two passwords differ.");
        }
        if (result.hasErrors()) {
            form.setPassword(null);
            form.setConfirmation(null);
            return userPage.show(userId, model);
        }
        administration.resetPassword(userId, form.getPassword());
        redirect.addFlashAttribute("message", words.text("adminUser.temporaryPassword.done", userId));
        return back(userId);
    }

    private boolean refusedForSelf(String userId, RedirectAttributes redirect) {
        if (userId.equals(currentUser.id())) {
            redirect.addFlashAttribute("error", words.text("adminUser.error.self"));
            return true;
        }
        return false;
    }

    private static String back(String userId) {
        return "redirect:/admin/users/" + userId;
    }
}
