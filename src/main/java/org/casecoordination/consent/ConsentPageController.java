package org.casecoordination.consent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.casecoordination.casefile.CaseConflictException;
import org.casecoordination.casefile.CaseFileService;
import org.casecoordination.system.ErrorWords;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The consents card of the case page (fragments/consents.html): record and revoke, then back to the card. Errors
 * travel as flash attributes ({@code consentErrors}, {@code consentInput}, {@code revokeErrors}) so the case page
 * needs nothing but the list of consents.
 */
@Controller
class ConsentPageController {

    /** Engine task ids (UUIDs or numbers): nothing else may steer the redirect. */
    private static final Pattern TASK_ID = Pattern.compile("[0-9A-Za-z-]{1,64}");

    private final ConsentService consents;
    private final CaseFileService caseFiles;
    private final ErrorWords words;

    ConsentPageController(ConsentService consents, CaseFileService caseFiles, ErrorWords words) {
        this.consents = consents;
        this.caseFiles = caseFiles;
        this.words = words;
    }

    @InitBinder("consentRequest")
    void consentRules(WebDataBinder binder) {
        binder.addValidators(new ConsentRequestValidator());
    }

    /**
     * From the case page, or from a task that needs the consent ("Select provider"): {@code returnToTask} brings
     * the coordinator back to that task, with the errors beside the fields there.
     */
    @PostMapping("/cases/{caseNumber}/consents")
    String record(@PathVariable String caseNumber, @Validated @ModelAttribute ConsentRequest consentRequest,
            BindingResult result, @RequestParam(required = false) String returnToTask, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            caseFiles.find(caseNumber); // another team learns nothing, not even that its input was wrong
            redirect.addFlashAttribute("consentErrors", messages(result));
            redirect.addFlashAttribute("consentInput", consentRequest);
        } else {
            consents.record(caseNumber, consentRequest);
            redirect.addFlashAttribute("message", words.text("consents.recorded"));
        }
        return returnToTask != null && TASK_ID.matcher(returnToTask).matches()
                ? "redirect:/tasks/" + returnToTask + "#provider-proposals" : back(caseNumber);
    }

    @PostMapping("/cases/{caseNumber}/consents/{id}/revoke")
    String revoke(@PathVariable String caseNumber, @PathVariable Long id,
            @Validated @ModelAttribute RevocationRequest revocation, BindingResult result,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            caseFiles.find(caseNumber);
            redirect.addFlashAttribute("revokeErrors", Map.of(id, messages(result).get("reason")));
            return back(caseNumber);
        }
        try {
            consents.revoke(caseNumber, id, revocation.getReason());
            redirect.addFlashAttribute("message", words.text("consents.revoked"));
        } catch (CaseConflictException | ConsentNotFoundException e) {
            redirect.addFlashAttribute("error", words.of(e));
        }
        return back(caseNumber);
    }

    /** Each field's first error in the reader's language (a rule's code, else its message as validated). */
    private Map<String, String> messages(BindingResult result) {
        Map<String, String> byField = new LinkedHashMap<>();
        result.getFieldErrors().forEach(error -> byField.putIfAbsent(error.getField(),
                error.isBindingFailure() ? words.text("consents.error.invalid")
                        : words.of(error)));
        return byField;
    }

    private static String back(String caseNumber) {
        return "redirect:/cases/" + caseNumber + "#consents";
    }
}
