package org.casecoordination.closure;

import org.casecoordination.casefile.CaseConflictException;
import org.casecoordination.system.ErrorWords;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Close this case" on the case page, for a client who died, moved away or was transferred. */
@Controller
class CloseCaseController {

    private final CaseClosureService closure;
    private final ErrorWords words;

    CloseCaseController(CaseClosureService closure, ErrorWords words) {
        this.closure = closure;
        this.words = words;
    }

    @PostMapping("/cases/{caseNumber}/close")
    String close(@PathVariable String caseNumber, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String explanation, RedirectAttributes redirect) {
        EarlyClosureReason parsed = parse(reason);
        if (parsed == null) {
            redirect.addFlashAttribute("closeError", words.text("closeCase.chooseReason"));
            return "redirect:/cases/" + caseNumber + "#close";
        }
        if (explanation != null && explanation.length() > 8000) {
            redirect.addFlashAttribute("closeError", words.text("closeCase.tooLong"));
            return "redirect:/cases/" + caseNumber + "#close";
        }
        try {
            closure.closeEarly(caseNumber, parsed, explanation);
            redirect.addFlashAttribute("message", words.text("closeCase.done"));
        } catch (CaseConflictException e) {
            redirect.addFlashAttribute("error", words.of(e));
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
