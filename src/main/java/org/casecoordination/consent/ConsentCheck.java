package org.casecoordination.consent;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether the client's consents allow a disclosure on a given day: what a provider referral (the services issue)
 * asks before it sends anything. It does not check who is asking; the caller has already opened the case through
 * CaseFileService. Entering a case never asks: referrals and intake are not disclosures.
 */
@Service
public class ConsentCheck {

    private final ConsentRepository consents;

    public ConsentCheck(ConsentRepository consents) {
        this.consents = consents;
    }

    /** A disclosure to a provider not yet chosen: only a consent for any provider covers it. */
    @Transactional(readOnly = true)
    public ConsentDecision mayDisclose(Long clientId, ConsentPurpose purpose, LocalDate onDate) {
        return mayDisclose(clientId, purpose, onDate, null);
    }

    @Transactional(readOnly = true)
    public ConsentDecision mayDisclose(Long clientId, ConsentPurpose purpose, LocalDate onDate, String recipient) {
        List<Consent> ofPurpose = consents.findByClientIdAndPurposeOrderByGivenOnDescIdDesc(clientId, purpose);
        Optional<Consent> valid = ofPurpose.stream()
                .filter(c -> c.covers(recipient) && c.stateOn(onDate) == ConsentState.ACTIVE)
                .findFirst();
        if (valid.isPresent()) {
            return ConsentDecision.allowedBy(valid.get());
        }
        String consent = purpose.consentPhrase();
        if (ofPurpose.isEmpty()) {
            return ConsentDecision.refused("No " + consent + " is recorded.");
        }
        List<Consent> forRecipient = ofPurpose.stream().filter(c -> c.covers(recipient)).toList();
        if (forRecipient.isEmpty()) {
            return ConsentDecision.refused("The " + consent + " names only " + recipients(ofPurpose)
                    + (recipient == null ? "; choose one of them." : ", not " + recipient.strip() + "."));
        }
        // the latest consent explains the situation best: it is the one the client last spoke about
        Consent latest = forRecipient.stream()
                .max(Comparator.comparing(Consent::getGivenOn).thenComparing(Consent::getId)).orElseThrow();
        return ConsentDecision.refused(switch (latest.stateOn(onDate)) {
            case REVOKED -> "The " + consent + " was revoked on " + latest.getRevokedOn() + ".";
            case EXPIRED -> "The " + consent + " expired on " + latest.getValidUntil() + ".";
            case NOT_YET_VALID -> "The " + consent + " is valid only from " + latest.getGivenOn() + ".";
            case ACTIVE -> throw new IllegalStateException("an active consent is allowed above");
        });
    }

    private static String recipients(List<Consent> consents) {
        return String.join(", ", consents.stream().map(Consent::getRecipient).distinct().sorted().toList());
    }
}
