package org.casecoordination.supervision.crisis;

import org.casecoordination.casefile.CaseConflictException;
import org.casecoordination.casefile.CaseFileService;
import org.casecoordination.system.TrimmedStrings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** "Report a crisis" from the case page: the form shows only the case number; the new task opens after. */
@Controller
@TrimmedStrings
class CrisisPageController {

    static final String PAGE = "cases/crisis";

    private final CrisisLine crisisLine;
    private final CaseFileService caseFiles;

    CrisisPageController(CrisisLine crisisLine, CaseFileService caseFiles) {
        this.crisisLine = crisisLine;
        this.caseFiles = caseFiles;
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
            BindingResult result, Model model) {
        model.addAttribute("caseNumber", caseNumber);
        if (result.hasErrors()) {
            caseFiles.find(caseNumber);
            return PAGE;
        }
        try {
            return "redirect:/tasks/" + crisisLine.report(caseNumber, form.toReport());
        } catch (CaseConflictException e) {
            model.addAttribute("crisisError", e.getMessage());
            return PAGE;
        }
    }
}
