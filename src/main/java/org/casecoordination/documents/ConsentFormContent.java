package org.casecoordination.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.casecoordination.casefile.CaseFile;
import org.casecoordination.client.Client;
import org.casecoordination.consent.ConsentRequest;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.People;
import org.casecoordination.system.Dates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Fills a consent form's merge fields ({@link MergeFields#CONSENT_FORM}) in the form's language: the agency that
 * discloses, the client, to whom, what information and why (words of the bundles for the form's purpose), until
 * when; once signed, the signature, the signer, the witness (the coordinator signing it with the client) and the
 * moment. The right to revoke and how are the template's own words.
 */
@Component
class ConsentFormContent {

    private final Dates dates;
    private final MessageSource messages;
    private final People people;
    private final CurrentUser currentUser;
    private final DocumentProperties documentProperties;
    private final ConsentFormProperties properties;

    ConsentFormContent(Dates dates, MessageSource messages, People people, CurrentUser currentUser,
            DocumentProperties documentProperties, ConsentFormProperties properties) {
        this.dates = dates;
        this.messages = messages;
        this.people = people;
        this.currentUser = currentUser;
        this.documentProperties = documentProperties;
        this.properties = properties;
    }

    /** What was signed, by whom, witnessed by whom and when; null for the unsigned preview. */
    record Signing(String signerName, SignatureImage image, String witness, Instant at) {
    }

    MergeModel of(CaseFile caseFile, DocumentKind kind, ConsentRequest consent, Signing signing, Locale language) {
        Client client = caseFile.client();
        String purpose = kind.name();
        String recipient = consent.isAnyProvider() || consent.getRecipient() == null
                || consent.getRecipient().isBlank() ? text("consentForm.merge.anyProvider", language)
                : consent.getRecipient().strip();
        LocalDate until = consent.getValidUntil();
        MergeModel model = new MergeModel(kind)
                .put("today", dates.day(LocalDate.now(), language))
                .put("agency.name", properties.agencyName())
                .put("agency.phone", documentProperties.phone())
                .put("client.name", client.getFirstName() + " " + client.getLastName())
                .put("client.dateOfBirth", dates.day(client.getDateOfBirth(), language))
                .put("case.number", caseFile.careCase().getCaseNumber())
                .put("consent.recipient", recipient)
                .put("anyProvider", consent.isAnyProvider())
                .put("consent.information", text("consentForm.merge.information." + purpose, language))
                .put("consent.purpose", text("consentForm.merge.purpose." + purpose, language))
                .put("hasExpiryDate", until != null)
                .put("consent.expiry", until == null ? text("consentForm.merge.untilRevoked", language)
                        : dates.day(until, language))
                .put("signed", signing != null)
                .put("hasSignatureImage", signing != null && signing.image() != null);
        if (signing != null) {
            model.put("signature.image", signing.image() == null ? "" : signing.image().dataUrl())
                    .put("signature.typedName", signing.image() == null ? signing.signerName() : "")
                    .put("signer.name", signing.signerName())
                    .put("witness.name", signing.witness())
                    .put("signature.at", dates.dateTime(signing.at(), language));
        }
        return model;
    }

    /** The witness is whoever is signing the form with the client: the logged-in coordinator, by full name. */
    String witness() {
        return people.fullName(currentUser.id());
    }

    private String text(String key, Locale language) {
        return messages.getMessage(key, null, language);
    }
}
