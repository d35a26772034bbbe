package org.casecoordination.supervision.crisis;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.casecoordination.security.AllowedGroups;
import org.casecoordination.security.AsApplication;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.Groups;
import org.casecoordination.security.People;
import org.casecoordination.supervision.absence.Absences;
import org.casecoordination.supervision.calendar.BusinessHours;
import org.casecoordination.system.Dates;
import org.casecoordination.system.TrimmedStrings;
import org.casecoordination.system.Words;
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
@AllowedGroups(value = Groups.SUPERVISORS, because = "refusal.supervisorsOnly.onCall")
@TrimmedStrings
class OnCallPageController {

    static final String PAGE = "supervision/on-call";

    private final OnCallShiftRepository shifts;
    private final CurrentUser currentUser;
    private final IdentityService identityService;
    private final AsApplication asApplication;
    private final BusinessHours hours;
    private final Absences absences;
    private final People people;
    private final Words words;
    private final Dates dates;

    OnCallPageController(OnCallShiftRepository shifts, CurrentUser currentUser, IdentityService identityService,
            AsApplication asApplication, BusinessHours hours, Absences absences, People people,
            Words words, Dates dates) {
        this.dates = dates;
        this.absences = absences;
        this.people = people;
        this.words = words;
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
        model.addAttribute("coordinators", coordinatorsByTeam());
        model.addAttribute("shifts", shifts.findByTeamInAndWeekStartGreaterThanEqualOrderByWeekStartAscTeamAsc(
                currentUser.teams(), OnCallRoster.weekOf(LocalDate.now(hours.zone()))));
        return PAGE;
    }

    @PostMapping("/supervision/on-call")
    @Transactional
    String save(@Validated @ModelAttribute("onCall") OnCallForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (form.getTeam() != null && !currentUser.teams().contains(form.getTeam())) {
            result.rejectValue("team", "onCall.error.notYourTeam", new Object[] {
                    String.join(", ", currentUser.teams().stream().map(people::teamName).toList())}, null);
        }
        if (form.getWeek() != null && OnCallRoster.weekOf(form.getWeek())
                .isBefore(OnCallRoster.weekOf(LocalDate.now(hours.zone())))) {
            result.rejectValue("week", "onCall.error.past", "That week is over.");
        }
        if (!result.hasFieldErrors("team") && form.getUserId() != null && !isCoordinatorOf(form.getUserId(), form.getTeam())) {
            result.rejectValue("userId", "onCall.error.notInTeam", new Object[] {people.teamName(form.getTeam())},
                    null);
        }
        if (!result.hasErrors()) {
            // refused, not merely warned about: a crisis task for someone away goes to the team queue
            // (AbsentAssigneeRouting), so that week's crisis line would have nobody on call on those days
            LocalDate weekStart = OnCallRoster.weekOf(form.getWeek());
            absences.during(form.getUserId(), weekStart, weekStart.plusDays(6)).ifPresent(absence ->
                    result.rejectValue("userId", "away", words.text("onCall.away", people.fullName(form.getUserId()),
                            dates.day(absence.getAwayFrom()), dates.day(absence.getAwayUntil()))));
        }
        if (result.hasErrors()) {
            return roster(model);
        }
        LocalDate weekStart = OnCallRoster.weekOf(form.getWeek());
        shifts.findByTeamAndWeekStart(form.getTeam(), weekStart).ifPresentOrElse(
                shift -> shift.handTo(form.getUserId(), currentUser.id()),
                () -> shifts.save(new OnCallShift(form.getTeam(), weekStart, form.getUserId(), currentUser.id())));
        redirect.addFlashAttribute("message", words.text("onCall.saved", people.fullName(form.getUserId()),
                people.teamName(form.getTeam()), dates.day(weekStart)));
        return "redirect:/supervision/on-call";
    }

    /** The coordinators of each of the current user's teams, by name, for the roster's choice. */
    private Map<String, List<String>> coordinatorsByTeam() {
        Map<String, List<String>> byTeam = new LinkedHashMap<>();
        for (String team : currentUser.teams()) {
            byTeam.put(team, asApplication.run(() -> identityService.createUserQuery().memberOfGroup(team).list())
                    .stream().map(User::getId).filter(id -> isCoordinatorOf(id, team))
                    .sorted(Comparator.comparing(people::fullName, String.CASE_INSENSITIVE_ORDER)).toList());
        }
        return byTeam;
    }

    private boolean isCoordinatorOf(String userId, String team) {
        return team != null && asApplication.run(() ->
                identityService.createUserQuery().userId(userId).memberOfGroup(team).count() == 1
                        && identityService.createUserQuery().userId(userId).memberOfGroup(Groups.COORDINATORS)
                        .count() == 1);
    }
}
