package org.casecoordination.supervision.crisis;

import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.casecoordination.security.AllowedGroups;
import org.casecoordination.security.AsApplication;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.Groups;
import org.casecoordination.supervision.calendar.BusinessHours;
import org.casecoordination.system.TrimmedStrings;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The crisis line's on-call roster, kept by the supervisors of each team for their own teams. */
@Controller
@AllowedGroups(value = Groups.SUPERVISORS, because = "Only supervisors keep the on-call roster.")
@TrimmedStrings
class OnCallPageController {

    static final String PAGE = "supervision/on-call";

    private final OnCallShiftRepository shifts;
    private final CurrentUser currentUser;
    private final IdentityService identityService;
    private final AsApplication asApplication;
    private final BusinessHours hours;

    OnCallPageController(OnCallShiftRepository shifts, CurrentUser currentUser, IdentityService identityService,
            AsApplication asApplication, BusinessHours hours) {
        this.shifts = shifts;
        this.currentUser = currentUser;
        this.identityService = identityService;
        this.asApplication = asApplication;
        this.hours = hours;
    }

    @GetMapping("/supervision/on-call")
    String roster(Model model) {
        if (!model.containsAttribute("onCall")) {
            model.addAttribute("onCall", new OnCallForm());
        }
        model.addAttribute("teams", currentUser.teams());
        model.addAttribute("shifts", shifts.findByTeamInAndWeekStartGreaterThanEqualOrderByWeekStartAscTeamAsc(
                currentUser.teams(), OnCallRoster.weekOf(LocalDate.now(hours.zone()))));
        return PAGE;
    }

    @PostMapping("/supervision/on-call")
    @Transactional
    String save(@Validated @ModelAttribute("onCall") OnCallForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (form.getTeam() != null && !currentUser.teams().contains(form.getTeam())) {
            result.rejectValue("team", "notYours", "You supervise only " + String.join(", ", currentUser.teams()) + ".");
        }
        if (form.getWeek() != null && OnCallRoster.weekOf(form.getWeek())
                .isBefore(OnCallRoster.weekOf(LocalDate.now(hours.zone())))) {
            result.rejectValue("week", "past", "That week is over.");
        }
        if (!result.hasFieldErrors("team") && form.getUserId() != null && !isCoordinatorOf(form.getUserId(), form.getTeam())) {
            result.rejectValue("userId", "notInTeam", "Not a coordinator of " + form.getTeam() + ".");
        }
        if (result.hasErrors()) {
            return roster(model);
        }
        LocalDate weekStart = OnCallRoster.weekOf(form.getWeek());
        shifts.findByTeamAndWeekStart(form.getTeam(), weekStart).ifPresentOrElse(
                shift -> shift.handTo(form.getUserId(), currentUser.id()),
                () -> shifts.save(new OnCallShift(form.getTeam(), weekStart, form.getUserId(), currentUser.id())));
        redirect.addFlashAttribute("message", form.getUserId() + " is on call for " + form.getTeam()
                + " in the week of " + weekStart + ".");
        return "redirect:/supervision/on-call";
    }

    private boolean isCoordinatorOf(String userId, String team) {
        return team != null && asApplication.run(() ->
                identityService.createUserQuery().userId(userId).memberOfGroup(team).count() == 1
                        && identityService.createUserQuery().userId(userId).memberOfGroup(Groups.COORDINATORS)
                        .count() == 1);
    }
}
