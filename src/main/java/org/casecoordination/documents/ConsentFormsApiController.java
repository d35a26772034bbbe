package org.casecoordination.documents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import org.casecoordination.consent.ConsentSummary;
import org.casecoordination.system.InvalidInputException;
import org.casecoordination.system.JsonApi;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Consent forms over JSON, with the signing page's rules: the unsigned form to read with the client, and the signed
 * one, stored with the case together with the consent it records (201), or 400 listing every field in error with
 * nothing stored. The case's team (or an emergency access) only.
 */
@RestController
@JsonApi
class ConsentFormsApiController {

    private final ConsentForms consentForms;
    private final ConsentFormRules rules;
    private final MessageSource words;

    ConsentFormsApiController(ConsentForms consentForms, ConsentFormRules rules, MessageSource words) {
        this.consentForms = consentForms;
        this.rules = rules;
        this.words = words;
    }

    /** The stored signed form (without its bytes: {@code content} is where to read them) and the consent. */
    record SignedView(DocumentSummary document, ConsentSummary consent) {
    }

    record DocumentSummary(Long id, DocumentKind kind, @Schema(description = "the kind in the caller's language")
            String title, @Schema(description = "ISO 639-1 code of the form's language") String language,
            String fileName, String mediaType, long sizeBytes, String sha256, String template,
            String templateVersion, String createdBy, Instant createdAt, String content) {
    }

    @PostMapping("/api/cases/{caseNumber}/consent-forms/preview")
    @Operation(summary = "The consent form as it will read, unsigned (PDF, in the client's language), to read with the"
            + " client before signing; nothing is stored. 400 lists the consent's fields in error")
    ResponseEntity<byte[]> preview(@PathVariable String caseNumber, @RequestBody ConsentFormRequest form) {
        refuseUnless(rules.check(form, LocalDate.now(), false));
        return ConsentFormPageController.pdf(consentForms.preview(caseNumber, form), form.getKind());
    }

    @PostMapping("/api/cases/{caseNumber}/consent-forms")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Sign a consent form: the signed PDF (signature image or typed name, signer, witness = the"
            + " caller, when) is kept with the case and the consent is recorded with the consents' own rules, both or"
            + " neither; 400 lists every field in error (the consent's, the signer's name, the signature image)")
    SignedView sign(@PathVariable String caseNumber, @RequestBody ConsentFormRequest form) {
        ConsentFormRules.Checked checked = rules.check(form, LocalDate.now(), true);
        refuseUnless(checked);
        ConsentForms.Signed signed = consentForms.sign(caseNumber, form, checked.signature());
        CaseDocument d = signed.document();
        return new SignedView(new DocumentSummary(d.getId(), d.getKind(), words.getMessage("documentKind."
                + d.getKind().name(), null, LocaleContextHolder.getLocale()), d.getLanguage(), d.getFileName(),
                d.getMediaType(), d.getSizeBytes(), d.getSha256(), d.getTemplate(), d.getTemplateVersion(),
                d.getCreatedBy(), d.getCreatedAt(), "/api/cases/" + caseNumber + "/documents/" + d.getId()
                + "/content"), signed.consent());
    }

    private static void refuseUnless(ConsentFormRules.Checked checked) {
        if (!checked.ok()) {
            throw new InvalidInputException(checked.errors());
        }
    }
}
