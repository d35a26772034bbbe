package org.casecoordination.supervision.absence;

import org.casecoordination.casefile.CaseConflictException;
import org.casecoordination.forms.FieldError;
import org.casecoordination.security.CurrentUser;
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

    AbsencePageController(Absences absences, CurrentUser currentUser) {
        this.absences = absences;
        this.currentUser = currentUser;
    }

    @GetMapping("/supervision/absences")
    String page(Model model) {
        if (!model.containsAttribute("absence")) {
            AbsenceRequest form = new AbsenceRequest();
            form.setUser(currentUser.id());
            model.addAttribute("absence", form);
        }
        model.addAttribute("absences", absences.visible());
        model.addAttribute("today", absences.today());
        return PAGE;
    }

    @PostMapping("/supervision/absences")
    String record(@Validated @ModelAttribute("absence") AbsenceRequest form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Absence absence = absences.record(form);
                redirect.addFlashAttribute("message", absence.getUserId() + " is away from "
                        + absence.getAwayFrom() + " until " + absence.getAwayUntil() + ".");
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
        redirect.addFlashAttribute("message", ended.removed()
                ? "The absence of " + ended.userId() + " is cancelled."
                : ended.userId() + " is back from today; new tasks go to them again.");
        return "redirect:/supervision/absences";
    }
}
