package org.casecoordination.intake;

import java.util.List;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.system.ErrorWords;
import org.casecoordination.casefile.CaseAccess;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.casefile.Urgency;
import org.casecoordination.client.Client;
import org.casecoordination.client.PrimaryConcern;
import org.casecoordination.client.Sex;
import org.casecoordination.forms.FieldError;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.audit.AuditLog;
import org.casecoordination.system.TrimmedStrings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * New referral page. Before creating a client it looks for one with the same name and date of birth and lets the
 * coordinator attach the referral to that client instead of creating a duplicate record.
 */
@Controller
@TrimmedStrings
class ReferralController {

    static final String VIEW = "referrals/new";
    static final String NEW_CLIENT = "new";

    private final ReferralService referrals;
    private final CaseRepository cases;
    private final CurrentUser currentUser;
    private final CaseAccess access;
    private final AuditLog auditLog;
    private final ErrorWords words;

    ReferralController(ReferralService referrals, CaseRepository cases, CurrentUser currentUser, CaseAccess access,
            AuditLog auditLog, ErrorWords words) {
        this.words = words;
        this.access = access;
        this.auditLog = auditLog;
        this.referrals = referrals;
        this.cases = cases;
        this.currentUser = currentUser;
    }

    @InitBinder("referral")
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id", "client.id");
    }

    @GetMapping("/referrals/new")
    String form(Model model) {
        referrals.checkMayRefer();
        ReferralRequest referral = new ReferralRequest();
        referral.setUrgency(Urgency.ROUTINE);
        referral.setTeam(currentUser.teams().stream().findFirst().orElse(null));
        model.addAttribute("referral", referral);
        return show(model);
    }

    @PostMapping("/referrals")
    String submit(@Validated @ModelAttribute("referral") ReferralRequest referral, BindingResult result,
            @RequestParam(name = "clientChoice", required = false) String clientChoice, Model model,
            RedirectAttributes redirect) {
        referrals.checkMayRefer();
        for (FieldError error : referrals.check(referral)) {
            result.rejectValue(error.field(), "invalid", error.message());
        }
        if (result.hasErrors()) {
            return show(model);
        }
        if (referral.getClientId() == null && !NEW_CLIENT.equals(clientChoice)) {
            List<Client> duplicates = referrals.possibleDuplicates(referral.getClient());
            if (!duplicates.isEmpty()) {
                List<PossibleDuplicate> shown = duplicates.stream()
                        .map(c -> new PossibleDuplicate(c, cases.findByClientIdOrderByOpenedAtDesc(c.getId()).stream()
                                .filter(access::canSee).toList()))
                        .toList();
                // names and birth dates of existing clients are shown: audited like a list of their cases
                auditLog.recordListView("Possible duplicate clients", shown.stream()
                        .flatMap(d -> d.cases().stream()).map(CareCase::getCaseNumber).toList());
                model.addAttribute("duplicates", shown);
                return show(model);
            }
        }
        CareCase careCase = referrals.refer(referral);
        redirect.addFlashAttribute("message", words.text("referral.opened", careCase.getCaseNumber()));
        return "redirect:/cases/" + careCase.getCaseNumber();
    }

    record PossibleDuplicate(Client client, List<CareCase> cases) {
    }

    private String show(Model model) {
        model.addAttribute("concerns", PrimaryConcern.values());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("teams", currentUser.teams());
        return VIEW;
    }
}
