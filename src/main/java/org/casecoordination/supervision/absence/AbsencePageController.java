package org.casecoordination.supervision.absence;

import org.casecoordination.casefile.CaseConflictException;
import org.casecoordination.forms.FieldError;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.People;
import org.casecoordination.system.Words;
import org.casecoordination.system.Dates;
import org.casecoordination.system.TrimmedStrings;
import org.casecoordination.tasklist.TaskValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Away" page: coordinators mark themselves away, supervisors anyone of their teams; current and coming absences. */
@Controller
@TrimmedStrings
class AbsencePageController {

    static final String PAGE = "supervision/absences";

    private final Absences absences;
    private final CurrentUser currentUser;
    private final People people;
    private final Words words;
    private final Dates dates;

    AbsencePageController(Absences absences, CurrentUser currentUser, People people, Words words,
            Dates dates) {
        this.dates = dates;
        this.absences = absences;
        this.currentUser = currentUser;
        this.people = people;
        this.words = words;
    }

    @GetMapping("/supervision/absences")
    String page(Model model) {
        List<String> markable = absences.markable();
        if (!model.containsAttribute("absence")) {
            AbsenceRequest form = new AbsenceRequest();
            // a coordinator marks only herself; a supervisor chooses one of her coordinators, never herself
            if (markable.equals(List.of(currentUser.id()))) {
                form.setUser(currentUser.id());
            }
            model.addAttribute("absence", form);
        }
        model.addAttribute("markable", byName(markable));
        model.addAttribute("coverers", byName(absences.coordinatorsOfMyTeams()));
        List<Absence> visible = absences.visible();
        model.addAttribute("absences", visible);
        // a supervisor hands an away coordinator's cases and tasks over from their work page
        Map<String, String> handOverTeams = new HashMap<>();
        visible.stream().map(Absence::getUserId).distinct()
                .forEach(user -> absences.handOverTeam(user).ifPresent(team -> handOverTeams.put(user, team)));
        model.addAttribute("handOverTeams", handOverTeams);
        model.addAttribute("today", absences.today());
        return PAGE;
    }

    /** Choices for a select, in the order of the names people read. */
    private List<String> byName(List<String> userIds) {
        return userIds.stream().sorted(Comparator.comparing(people::fullName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @PostMapping("/supervision/absences")
    String record(@Validated @ModelAttribute("absence") AbsenceRequest form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Absence absence = absences.record(form);
                redirect.addFlashAttribute("message", words.text("away.saved", people.fullName(absence.getUserId()),
                        dates.day(absence.getAwayFrom()), dates.day(absence.getAwayUntil())));
                return "redirect:/supervision/absences";
            } catch (TaskValidationException e) {
                for (FieldError error : e.errors()) {
                    result.rejectValue(error.field(), "invalid", error.message());
                }
            }
        }
        return page(model);
    }

    @PostMapping("/supervision/absences/{id}/end")
    String end(@PathVariable long id, RedirectAttributes redirect) {
        Absences.Ended ended;
        try {
            ended = absences.end(id);
        } catch (CaseConflictException e) { // ended meanwhile, e.g. in another tab
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/supervision/absences";
        }
        redirect.addFlashAttribute("message", words.text(ended.removed() ? "away.cancelled" : "away.ended",
                people.fullName(ended.userId())));
        return "redirect:/supervision/absences";
    }
}
