package org.casecoordination.documents;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.casecoordination.consent.ConsentRequest;

/**
 * A consent form to make or sign, from the signing page or the JSON API: which form, the consent's fields the
 * coordinator chose (to whom, until when) and, to sign it, the signer's name and either the drawn signature (a PNG
 * data URL from the signature pad) or the signer's confirmation that the typed name is their signature. What the
 * consent is for follows from the form; the day it is given is the day it is signed.
 */
public class ConsentFormRequest {

    @Schema(description = "CONSENT_TO_SHARE or PART2_CONSENT")
    private DocumentKind kind;
    @Schema(description = "the provider or organisation the client allows to receive the information; leave out"
            + " with anyProvider true for any provider the coordinator arranges a service with")
    private String recipient;
    private boolean anyProvider;
    @Schema(description = "the last day the consent is valid (ISO date); required on the Part 2 consent")
    private LocalDate validUntil;
    @Schema(description = "to sign: the name of the person signing, as they write it")
    private String signerName;
    @Schema(description = "to sign with a drawn signature: data:image/png;base64,... (at most 200 KB)")
    private String signatureImage;
    @Schema(description = "to sign without a drawing: true when the signer confirmed the typed name is their"
            + " signature")
    private boolean typedSignature;

    /** The consent it records, with the same rules as one entered on the page. */
    ConsentRequest consent(LocalDate signedOn) {
        ConsentRequest consent = new ConsentRequest();
        consent.setPurpose(kind == null ? null : ConsentForms.purposeOf(kind));
        consent.setRecipient(recipient);
        consent.setAnyProvider(anyProvider);
        consent.setGivenOn(signedOn);
        consent.setValidUntil(validUntil);
        return consent;
    }

    boolean hasSignatureImage() {
        return signatureImage != null && !signatureImage.isBlank();
    }

    public DocumentKind getKind() { return kind; }
    public void setKind(DocumentKind kind) { this.kind = kind; }
    public String getRecipient() { return recipient; }
    public void setRecipient(String recipient) { this.recipient = recipient; }
    public boolean isAnyProvider() { return anyProvider; }
    public void setAnyProvider(boolean anyProvider) { this.anyProvider = anyProvider; }
    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
    public String getSignerName() { return signerName; }
    public void setSignerName(String signerName) { this.signerName = signerName; }
    public String getSignatureImage() { return signatureImage; }
    public void setSignatureImage(String signatureImage) { this.signatureImage = signatureImage; }
    public boolean isTypedSignature() { return typedSignature; }
    public void setTypedSignature(boolean typedSignature) { this.typedSignature = typedSignature; }
}
