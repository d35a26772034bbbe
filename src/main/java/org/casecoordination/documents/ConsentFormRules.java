package org.casecoordination.documents;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casecoordination.consent.ConsentRequest;
import org.casecoordination.consent.ConsentRequestValidator;
import org.casecoordination.forms.FieldError;
import org.casecoordination.system.ErrorWords;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * What a consent form needs before it is made or signed, field by field in the reader's language: the consent's own
 * rules (Bean Validation of {@link ConsentRequest} and {@link ConsentRequestValidator}, as on the consents panel);
 * an expiry date on the Part 2 consent (42 CFR 2.31(a)(7) wants a date or event, and the record keeps a date); and
 * to sign, the signer's name and a signature: a drawn one that passes {@link SignatureImage}, or the signer's
 * confirmation that the typed name is their signature.
 */
@Component
class ConsentFormRules {

    static final int MAX_NAME = 200;

    private final SpringValidatorAdapter beanValidation;
    private final ErrorWords words;

    ConsentFormRules(Validator validator, ErrorWords words) {
        this.beanValidation = new SpringValidatorAdapter(validator);
        this.words = words;
    }

    /** The errors, none when the form may be made; the signature when {@code signing} and it passed. */
    record Checked(List<FieldError> errors, SignatureImage signature) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    Checked check(ConsentFormRequest form, LocalDate today, boolean signing) {
        List<FieldError> errors = new ArrayList<>();
        if (form.getKind() == null || !form.getKind().isConsentForm()) {
            errors.add(new FieldError("kind", words.text("consentForms.error.kind")));
            return new Checked(errors, null);
        }
        ConsentRequest consent = form.consent(today);
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(consent, "consentRequest");
        beanValidation.validate(consent, result);
        new ConsentRequestValidator().validate(consent, result);
        result.getFieldErrors().forEach(error -> {
            if (errors.stream().noneMatch(e -> e.field().equals(error.getField()))) {
                errors.add(new FieldError(error.getField(), words.of(error)));
            }
        });
        if (form.getKind() == DocumentKind.PART2_CONSENT && form.getValidUntil() == null) {
            errors.add(new FieldError("validUntil", words.text("consentForms.error.expiryRequired")));
        }
        if (!signing) {
            return new Checked(errors, null);
        }
        String name = form.getSignerName() == null ? "" : form.getSignerName().strip();
        if (name.isEmpty()) {
            errors.add(new FieldError("signerName", words.text("consentForms.error.signerName")));
        } else if (name.length() > MAX_NAME) {
            errors.add(new FieldError("signerName", words.text("consentForms.error.signerNameTooLong", MAX_NAME)));
        }
        SignatureImage signature = null;
        if (form.hasSignatureImage()) {
            SignatureImage.Result read = SignatureImage.read(form.getSignatureImage());
            if (read.refusal() != null) {
                errors.add(new FieldError("signatureImage", read.refusal() == SignatureImage.Refusal.TOO_LARGE
                        ? words.text(read.refusal().key, SignatureImage.MAX_BYTES / 1024)
                        : words.text(read.refusal().key)));
            }
            signature = read.signature();
        } else if (!form.isTypedSignature()) {
            errors.add(new FieldError("signatureImage", words.text("consentForms.error.signatureMissing")));
        }
        return new Checked(errors, errors.isEmpty() ? signature : null);
    }
}
