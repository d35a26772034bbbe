package org.casecoordination.supervision.crisis;

import org.casecoordination.casefile.CaseConflictException;
import org.casecoordination.casefile.CaseFileService;
import org.casecoordination.system.TrimmedStrings;
import org.casecoordination.system.ErrorWords;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Report a crisis" from the case page: the form shows only the case number; after it, the new task opens with a
 * confirmation naming who has it, by when, and who was told.
 */
@Controller
@TrimmedStrings
class CrisisPageController {

    static final String PAGE = "cases/crisis";

    private final CrisisLine crisisLine;
    private final CaseFileService caseFiles;
    private final CrisisWords words;
    private final ErrorWords errors;

    CrisisPageController(CrisisLine crisisLine, CaseFileService caseFiles, CrisisWords words, ErrorWords errors) {
        this.errors = errors;
        this.crisisLine = crisisLine;
        this.caseFiles = caseFiles;
        this.words = words;
    }

    @GetMapping("/cases/{caseNumber}/crisis")
    String form(@PathVariable String caseNumber, Model model) {
        caseFiles.find(caseNumber); // 404 or 403 before any form
        model.addAttribute("caseNumber", caseNumber);
        model.addAttribute("crisis", new CrisisForm());
        return PAGE;
    }

    @PostMapping("/cases/{caseNumber}/crisis")
    String report(@PathVariable String caseNumber, @Validated @ModelAttribute("crisis") CrisisForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        model.addAttribute("caseNumber", caseNumber);
        if (result.hasErrors()) {
            caseFiles.find(caseNumber);
            return PAGE;
        }
        try {
            CrisisRouted routed = crisisLine.report(caseNumber, form.toReport());
            // the reporter reads who has it and by when, on the task that shows what they reported
            redirect.addFlashAttribute("message", words.confirmation(caseNumber, routed));
            return "redirect:/tasks/" + routed.taskId();
        } catch (CaseConflictException e) {
            model.addAttribute("crisisError", errors.of(e));
            return PAGE;
        }
    }
}
