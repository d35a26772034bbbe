package org.casecoordination.security.admin;

import org.casecoordination.forms.FieldError;
import org.casecoordination.security.AllowedGroups;
import org.casecoordination.system.Words;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.Groups;
import org.casecoordination.security.People;
import org.casecoordination.security.admin.NewUserForm.MembershipForm;
import org.casecoordination.security.login.NewPasswordRules;
import org.casecoordination.system.TrimmedStrings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators manage people, their roles and their teams. Nobody else may. */
@Controller
@AllowedGroups(value = Groups.ADMINS, because = "refusal.adminsOnly.users")
@TrimmedStrings
class UserAdminController {

    static final String LIST = "admin/users";
    static final String USER = "admin/user";
    /** Names the app writes for work nobody did by hand: no person may carry them. */
    static final java.util.Set<String> RESERVED_IDS = java.util.Set.of("system", "anonymous");

    private final UserAdministration administration;
    private final CurrentUser currentUser;
    private final People people;
    private final Words words;

    UserAdminController(UserAdministration administration, CurrentUser currentUser, People people,
            Words words) {
        this.words = words;
        this.people = people;
        this.administration = administration;
        this.currentUser = currentUser;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("users", administration.users());
        model.addAttribute("teams", administration.teams());
        if (!model.containsAttribute("newUser")) {
            model.addAttribute("newUser", new NewUserForm());
        }
        model.addAttribute("roles", Role.values());
        return LIST;
    }

    @PostMapping("/admin/users")
    String create(@Validated @ModelAttribute("newUser") NewUserForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (form.getId() != null && RESERVED_IDS.contains(form.getId())) {
            result.rejectValue("id", "adminUsers.error.reserved", "This user name is reserved.");
        } else if (form.getId() != null && administration.exists(form.getId())) {
            result.rejectValue("id", "adminUsers.error.taken", "This user name is taken.");
        } else if (form.getId() != null && administration.wasDeleted(form.getId())) {
            result.rejectValue("id", "adminUsers.error.deleted", "This user name belonged to a deleted user; the audit "
                    + "log keeps it. Choose another.");
        }
        if (!result.hasFieldErrors("password")) {
            NewPasswordRules.problem(form.getId(), form.getPassword())
                    .ifPresent(problem -> NewPasswordRules.reject(result, "password", problem));
        }
        reject(result, administration.check(form.getMemberships()));
        if (result.hasErrors()) {
            return list(model);
        }
        administration.create(form);
        redirect.addFlashAttribute("message", words.text("adminUsers.created", form.getId()));
        return "redirect:/admin/users";
    }

    @GetMapping("/admin/users/{userId}")
    String show(@PathVariable String userId, Model model) {
        UserAdministration.UserRow user = administration.user(userId);
        if (user == null) {
            throw new UnknownUserException(userId);
        }
        model.addAttribute("user", user);
        if (!model.containsAttribute("memberships")) {
            MembershipForm memberships = new MembershipForm();
            memberships.setRoles(new java.util.ArrayList<>(user.roles()));
            memberships.setTeams(new java.util.ArrayList<>(user.teams()));
            model.addAttribute("memberships", memberships);
        }
        if (!model.containsAttribute("passwordReset")) {
            model.addAttribute("passwordReset", new TemporaryPasswordForm());
        }
        model.addAttribute("self", userId.equals(currentUser.id()));
        model.addAttribute("teams", administration.teams());
        model.addAttribute("roles", Role.values());
        return USER;
    }

    @PostMapping("/admin/users/{userId}")
    String updateMemberships(@PathVariable String userId, @ModelAttribute("memberships") MembershipForm memberships,
            BindingResult result, Model model, RedirectAttributes redirect) {
        for (FieldError error : administration.check(memberships)) {
            result.reject("invalid", error.message());
        }
        if (userId.equals(currentUser.id()) && !memberships.getRoles().contains(Role.ADMIN)) {
            result.reject("adminUser.error.ownAdminRole", "You cannot remove your own administrator role.");
        }
        if (result.hasErrors()) {
            return show(userId, model);
        }
        administration.setMemberships(userId, memberships);
        redirect.addFlashAttribute("message", words.text("adminUser.membershipsSaved", people.fullName(userId)));
        return "redirect:/admin/users/" + userId;
    }

    @PostMapping("/admin/teams")
    String createTeam(@RequestParam(required = false) String name,
            RedirectAttributes redirect) {
        // people type "East" and read "Team East"; the group id (team-east) is for Tasklist, Cockpit and the code
        String typed = name == null ? "" : name.strip().replaceFirst("(?i)^team\\s+", "");
        String id = Groups.TEAM_PREFIX + typed.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        String teamName = typed.isEmpty() ? "" : "Team " + Character.toUpperCase(typed.charAt(0)) + typed.substring(1);
        if (!typed.matches("[A-Za-z0-9]+([ -][A-Za-z0-9]+)*")) {
            redirect.addFlashAttribute("error", words.text("adminUsers.error.teamName"));
        } else if (administration.groupExists(id)) {
            redirect.addFlashAttribute("error", words.text("adminUsers.error.teamExists", teamName));
        } else {
            administration.createTeam(id, teamName);
            redirect.addFlashAttribute("message", words.text("adminUsers.teamCreated", teamName));
        }
        return "redirect:/admin/users";
    }

    private static void reject(BindingResult result, java.util.List<FieldError> errors) {
        errors.forEach(error -> result.rejectValue(error.field(), "invalid", error.message()));
    }
}
