package org.casecoordination.casefile;

import jakarta.servlet.http.HttpServletResponse;
import org.casecoordination.system.Words;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Breaking the glass (administrators) and reviewing it (supervisors). */
@Controller
class EmergencyAccessController {

    private final EmergencyAccessService emergencyAccess;
    private final Words words;

    EmergencyAccessController(EmergencyAccessService emergencyAccess, Words words) {
        this.emergencyAccess = emergencyAccess;
        this.words = words;
    }

    @PostMapping("/cases/{caseNumber}/emergency-access")
    String open(@PathVariable String caseNumber, @RequestParam(required = false) String reason,
            RedirectAttributes redirect, Model model, HttpServletResponse response) {
        try {
            emergencyAccess.open(caseNumber, reason);
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST); // refused: the audit log must not say 200
            model.addAttribute("problem", words.text("emergencyAccess.otherTeam"));
            model.addAttribute("caseNumber", caseNumber);
            model.addAttribute("mayBreakTheGlass", true);
            model.addAttribute("reasonError", words.text("emergencyAccess.reasonTooShort",
                    EmergencyAccessService.MINIMUM_REASON_LENGTH));
            model.addAttribute("reason", reason);
            return "error/403";
        }
        redirect.addFlashAttribute("message", words.text("emergencyAccess.granted"));
        return "redirect:/cases/" + caseNumber;
    }

    @GetMapping("/supervision/emergency-access")
    String review(Model model) {
        model.addAttribute("accesses", emergencyAccess.toReview());
        return "supervision/emergency-access";
    }

    @PostMapping("/supervision/emergency-access/{id}/reviewed")
    String reviewed(@PathVariable Long id, RedirectAttributes redirect) {
        emergencyAccess.markReviewed(id);
        redirect.addFlashAttribute("message", words.text("emergencyAccess.reviewed"));
        return "redirect:/supervision/emergency-access";
    }
}
