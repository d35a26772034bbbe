package org.casecoordination.supervision.caseload;

import org.casecoordination.security.TeamRoles;
import org.casecoordination.forms.FieldError;
import org.casecoordination.security.AllowedGroups;
import java.util.Comparator;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.People;
import org.casecoordination.security.Groups;
import org.casecoordination.security.audit.AuditLog;
import org.casecoordination.system.TrimmedStrings;
import org.casecoordination.tasklist.TaskValidationException;
import org.casecoordination.system.Words;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One coordinator's open cases and tasks, from the caseload page: a supervisor of the team ticks some, picks
 * another coordinator of the team and gives a reason; {@link Reassignment} hands them over (the receiver's notices
 * and the case timelines say what and why), exactly as the reassignment API does.
 */
@Controller
@AllowedGroups(value = Groups.SUPERVISORS, because = "refusal.supervisorsOnly.handOver")
@TrimmedStrings
class HandOverPageController {

    static final String PAGE = "supervision/coordinator-work";

    private final CaseloadService caseload;
    private final TeamRoles teamRoles;
    private final Reassignment reassignment;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final People people;
    private final Words words;

    HandOverPageController(CaseloadService caseload, TeamRoles teamRoles, Reassignment reassignment,
            CurrentUser currentUser, AuditLog auditLog, People people, Words words) {
        this.people = people;
        this.words = words;
        this.caseload = caseload;
        this.teamRoles = teamRoles;
        this.reassignment = reassignment;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    @InitBinder
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("taskIds", "caseNumbers", "to", "reason");
    }

    @GetMapping("/supervision/caseload/{user}")
    String page(@PathVariable String user, @RequestParam String team, Model model) {
        model.addAttribute("handOver", new HandOverForm());
        return show(user, team, model);
    }

    @PostMapping("/supervision/caseload/{user}")
    String handOver(@PathVariable String user, @RequestParam String team,
            @Validated @ModelAttribute("handOver") HandOverForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (form.isEmpty()) {
            result.reject("handOver.error.nothingTicked", "Tick the tasks or cases to hand over.");
        }
        if (!result.hasErrors()) {
            try {
                reassignment.reassign(form.toRequest());
                redirect.addFlashAttribute("message", words.text("handOver.done",
                        form.getTaskIds().size(), form.getCaseNumbers().size(), people.fullName(form.getTo())));
                redirect.addAttribute("team", team);
                return "redirect:/supervision/caseload";
            } catch (TaskValidationException e) {
                for (FieldError error : e.errors()) {
                    if ("to".equals(error.field())) {
                        result.rejectValue("to", "invalid", error.message());
                    } else {
                        result.reject("selection", error.message());
                    }
                }
            }
        }
        return show(user, team, model);
    }

    private String show(String user, String team, Model model) {
        if (!caseload.coordinatorsOf(team).contains(user)) {
            teamRoles.checkSupervises(team); // 403 before saying anything about the team
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, words.text("handOver.error.notInTeam",
                    people.fullName(user), people.teamName(team)));
        }
        CoordinatorWork work = caseload.workOf(team, user);
        auditLog.recordListView("Caseload of " + user, work.caseNumbers());
        model.addAttribute("work", work);
        model.addAttribute("receivers", caseload.coordinatorsOf(team).stream().filter(c -> !c.equals(user))
                .sorted(Comparator.comparing(people::fullName, String.CASE_INSENSITIVE_ORDER)).toList());
        return PAGE;
    }

}
