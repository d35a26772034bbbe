package org.casecoordination.supervision.reopen;

import org.casecoordination.security.TeamRoles;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseConflictException;
import org.casecoordination.casefile.CaseFileService;
import org.casecoordination.supervision.caseload.CaseloadService;
import org.casecoordination.system.TrimmedStrings;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Reopen this case" from a closed case's page: a reason form for supervisors of the case's team. */
@Controller
@TrimmedStrings
class ReopenPageController {

    static final String PAGE = "cases/reopen";

    private final CaseReopening reopening;
    private final CaseFileService caseFiles;
    private final CaseloadService caseload;
    private final TeamRoles teamRoles;
    private final MessageSource messages;

    ReopenPageController(CaseReopening reopening, CaseFileService caseFiles, CaseloadService caseload, TeamRoles teamRoles,
            MessageSource messages) {
        this.messages = messages;
        this.reopening = reopening;
        this.caseFiles = caseFiles;
        this.caseload = caseload;
        this.teamRoles = teamRoles;
    }

    @GetMapping("/cases/{caseNumber}/reopen")
    String form(@PathVariable String caseNumber, Model model) {
        checkMayReopen(caseNumber);
        model.addAttribute("caseNumber", caseNumber);
        model.addAttribute("reopen", new ReopenRequest());
        return PAGE;
    }

    @PostMapping("/cases/{caseNumber}/reopen")
    String reopen(@PathVariable String caseNumber, @Validated @ModelAttribute("reopen") ReopenRequest form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        model.addAttribute("caseNumber", caseNumber);
        if (result.hasErrors()) {
            checkMayReopen(caseNumber);
            return PAGE;
        }
        try {
            reopening.reopen(caseNumber, form.getReason());
        } catch (CaseConflictException e) {
            model.addAttribute("reopenError", e.getMessage());
            return PAGE;
        }
        redirect.addFlashAttribute("message", messages.getMessage("reopen.done", null, LocaleContextHolder.getLocale()));
        return "redirect:/cases/" + caseNumber;
    }

    private void checkMayReopen(String caseNumber) {
        CareCase careCase = caseFiles.find(caseNumber); // 404 or 403 before any form
        teamRoles.checkSupervises(careCase.getTeam());
    }
}
