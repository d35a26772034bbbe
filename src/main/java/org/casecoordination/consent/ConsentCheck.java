package org.casecoordination.consent;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.casecoordination.casefile.TimelineText;
import org.casecoordination.casefile.TimelineWords;
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
    private final TimelineWords timelineWords;

    public ConsentCheck(ConsentRepository consents, TimelineWords timelineWords) {
        this.consents = consents;
        this.timelineWords = timelineWords;
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
        TimelineText.Label consent = TimelineText.Words.label("consentPhrase", purpose.name());
        if (ofPurpose.isEmpty()) {
            return refused(TimelineText.of("consentReason.none", consent));
        }
        List<Consent> forRecipient = ofPurpose.stream().filter(c -> c.covers(recipient)).toList();
        if (forRecipient.isEmpty()) {
            return refused(recipient == null
                    ? TimelineText.of("consentReason.otherRecipients", consent, recipients(ofPurpose))
                    : TimelineText.of("consentReason.otherRecipient", consent, recipients(ofPurpose),
                            recipient.strip()));
        }
        // the latest consent explains the situation best: it is the one the client last spoke about
        Consent latest = forRecipient.stream()
                .max(Comparator.comparing(Consent::getGivenOn).thenComparing(Consent::getId)).orElseThrow();
        return refused(switch (latest.stateOn(onDate)) {
            case REVOKED -> TimelineText.of("consentReason.revoked", consent, latest.getRevokedOn());
            case EXPIRED -> TimelineText.of("consentReason.expired", consent, latest.getValidUntil());
            case NOT_YET_VALID -> TimelineText.of("consentReason.notYetValid", consent, latest.getGivenOn());
            case ACTIVE -> throw new IllegalStateException("an active consent is allowed above");
        });
    }

    /** The reason as a key for any reader, with its English words for logs and the process. */
    private ConsentDecision refused(TimelineText reason) {
        return ConsentDecision.refused(reason, timelineWords.english(reason));
    }

    private static String recipients(List<Consent> consents) {
        return String.join(", ", consents.stream().map(Consent::getRecipient).distinct().sorted().toList());
    }
}
