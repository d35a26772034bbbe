package org.casecoordination.documents;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casecoordination.casefile.CaseFile;
import org.casecoordination.casefile.CaseFileService;
import org.casecoordination.forms.FieldError;
import org.casecoordination.system.ErrorWords;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signing page of a consent form (cases/consent-form.html), made for a tablet in the client's hands: choose to
 * whom and until when, read the unsigned form, sign on the pad or confirm the typed name, then back to the case's
 * consents. Errors are shown next to their fields on the page itself, with what was entered (but never the drawn
 * signature: the client signs again).
 */
@Controller
class ConsentFormPageController {

    static final String VIEW = "cases/consent-form";

    private final ConsentForms consentForms;
    private final ConsentFormRules rules;
    private final ConsentFormContent content;
    private final CaseDocuments caseDocuments;
    private final CaseFileService caseFiles;
    private final ErrorWords words;

    ConsentFormPageController(ConsentForms consentForms, ConsentFormRules rules, ConsentFormContent content,
            CaseDocuments caseDocuments, CaseFileService caseFiles, ErrorWords words) {
        this.consentForms = consentForms;
        this.rules = rules;
        this.content = content;
        this.caseDocuments = caseDocuments;
        this.caseFiles = caseFiles;
        this.words = words;
    }

    @GetMapping("/cases/{caseNumber}/consent-forms")
    String page(@PathVariable String caseNumber, @RequestParam DocumentKind kind, Model model) {
        ConsentFormRequest form = new ConsentFormRequest();
        form.setKind(kind);
        return show(caseNumber, form, List.of(), model);
    }

    /** The unsigned form in a tab of its own, or the page with what is missing. Nothing is stored. */
    @PostMapping("/cases/{caseNumber}/consent-forms/preview")
    Object preview(@PathVariable String caseNumber, @ModelAttribute("form") ConsentFormRequest form,
            BindingResult binding, Model model) {
        List<FieldError> errors = errors(binding, rules.check(form, LocalDate.now(), false).errors());
        if (!errors.isEmpty()) {
            return show(caseNumber, form, errors, model);
        }
        return pdf(consentForms.preview(caseNumber, form), form.getKind());
    }

    @PostMapping("/cases/{caseNumber}/consent-forms")
    String sign(@PathVariable String caseNumber, @ModelAttribute("form") ConsentFormRequest form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        ConsentFormRules.Checked checked = rules.check(form, LocalDate.now(), true);
        List<FieldError> errors = errors(binding, checked.errors());
        if (!errors.isEmpty()) {
            return show(caseNumber, form, errors, model);
        }
        consentForms.sign(caseNumber, form, checked.signature());
        redirect.addFlashAttribute("message", words.text("consentForms.signed",
                words.text("documentKind." + form.getKind().name())));
        return "redirect:/cases/" + caseNumber + "#consents";
    }

    private String show(String caseNumber, ConsentFormRequest form, List<FieldError> errors, Model model) {
        CaseFile caseFile = caseFiles.open(caseNumber);
        if (form.getKind() == null || !form.getKind().isConsentForm()) {
            form.setKind(DocumentKind.CONSENT_TO_SHARE);
        }
        if (form.getSignerName() == null) {
            form.setSignerName(caseFile.client().getFirstName() + " " + caseFile.client().getLastName());
        }
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(error -> byField.putIfAbsent(error.field() == null ? "form" : error.field(), error.message()));
        model.addAttribute("caseFile", caseFile);
        model.addAttribute("form", form);
        model.addAttribute("errors", byField);
        model.addAttribute("witness", content.witness());
        model.addAttribute("formLanguage", caseDocuments.languageFor(caseFile.client().getPreferredLanguage(),
                form.getKind()).code());
        model.addAttribute("providers", caseDocuments.referralsFor(caseFile.careCase(), DocumentKind.REFERRAL_LETTER)
                .stream().map(CaseDocuments.ReferralChoice::provider).distinct().toList());
        return VIEW;
    }

    /** A field that could not even be read (a date that is no date) is said in plain words, like the rest. */
    private List<FieldError> errors(BindingResult binding, List<FieldError> ruleErrors) {
        List<FieldError> errors = new java.util.ArrayList<>();
        binding.getFieldErrors().forEach(error -> errors.add(new FieldError(error.getField(),
                words.text("consents.error.invalid"))));
        errors.addAll(ruleErrors);
        return errors;
    }

    static ResponseEntity<byte[]> pdf(byte[] pdf, DocumentKind kind) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(kind.template() + "-unsigned.pdf").build().toString())
                .header("Content-Security-Policy", DocumentsPageController.FILE_POLICY)
                .body(pdf);
    }
}
