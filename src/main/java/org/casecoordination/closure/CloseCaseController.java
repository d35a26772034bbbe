package org.casecoordination.closure;

import org.casecoordination.casefile.CaseConflictException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Close this case" on the case page, for a client who died, moved away or was transferred. */
@Controller
class CloseCaseController {

    private final CaseClosureService closure;

    CloseCaseController(CaseClosureService closure) {
        this.closure = closure;
    }

    @PostMapping("/cases/{caseNumber}/close")
    String close(@PathVariable String caseNumber, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String explanation, RedirectAttributes redirect) {
        EarlyClosureReason parsed = parse(reason);
        if (parsed == null) {
            redirect.addFlashAttribute("closeError", "Choose why the case is being closed.");
            return "redirect:/cases/" + caseNumber + "#close";
        }
        if (explanation != null && explanation.length() > 8000) {
            redirect.addFlashAttribute("closeError", "The explanation can be at most 8000 characters.");
            return "redirect:/cases/" + caseNumber + "#close";
        }
        try {
            closure.closeEarly(caseNumber, parsed, explanation);
            redirect.addFlashAttribute("message", "Open work cancelled; the closure task is waiting.");
        } catch (CaseConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/cases/" + caseNumber;
    }

    private static EarlyClosureReason parse(String reason) {
        if (reason == null) {
            return null;
        }
        try {
            return EarlyClosureReason.valueOf(reason);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
