package org.casecoordination.consent;

import static org.casecoordination.casefile.TimelineText.Words.words;
import org.casecoordination.casefile.TimelineText;
import java.time.LocalDate;
import java.util.List;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseAccess;
import org.casecoordination.casefile.CaseConflictException;
import org.casecoordination.casefile.CaseFileService;
import org.casecoordination.casefile.CaseTimeline;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.People;
import org.casecoordination.forms.FieldError;
import org.casecoordination.system.ErrorWords;
import org.casecoordination.system.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records, lists and revokes a client's consents from one of their cases. Every door goes through
 * {@link CaseFileService#find} so team access applies, and every change leaves a line on that case's timeline.
 */
@Service
public class ConsentService {

    static final TimelineKind RECORDED = TimelineKind.CONSENT_RECORDED;
    static final TimelineKind REVOKED = TimelineKind.CONSENT_REVOKED;

    private final CaseFileService caseFiles;
    private final ConsentRepository consents;
    private final CaseTimeline timeline;
    private final CurrentUser currentUser;
    private final CaseAccess access;
    private final ConsentCheck check;
    private final People people;
    private final ErrorWords words;

    public ConsentService(CaseFileService caseFiles, ConsentRepository consents, CaseTimeline timeline,
            CurrentUser currentUser, CaseAccess access, ConsentCheck check, People people, ErrorWords words) {
        this.people = people;
        this.words = words;
        this.access = access;
        this.check = check;
        this.caseFiles = caseFiles;
        this.consents = consents;
        this.timeline = timeline;
        this.currentUser = currentUser;
    }

    /** All consents of the case's client, whichever case they were recorded from, the latest given first. */
    @Transactional(readOnly = true)
    public List<ConsentSummary> list(String caseNumber) {
        return listFor(caseFiles.find(caseNumber));
    }

    /** For a case the caller has already opened through CaseFileService (the case page), to avoid a second read. */
    @Transactional(readOnly = true)
    public List<ConsentSummary> listFor(CareCase careCase) {
        LocalDate today = LocalDate.now();
        return consents.findByClientIdOrderByGivenOnDescIdDesc(careCase.getClient().getId()).stream()
                .map(consent -> ConsentSummary.of(consent, today, access.canSee(consent.getRecordedFromCase())))
                .toList();
    }

    /** The request must have passed Bean Validation and {@link ConsentRequestValidator}. */
    @Transactional
    public ConsentSummary record(String caseNumber, ConsentRequest request) {
        return save(caseFiles.find(caseNumber), request, currentUser.id());
    }

    /**
     * The consent to share with any provider the client gave at intake, dated the day of the contact: recorded
     * when intake completes (in the engine's transaction, by the coordinator who completed it), through the same
     * rules and timeline line as a consent recorded on the case page. Nothing new when a consent to share with
     * any provider is already valid that day (a client with an earlier case).
     */
    @Transactional
    public void recordGivenAtIntake(CareCase careCase, LocalDate givenOn, String recordedBy) {
        ConsentRequest request = new ConsentRequest();
        request.setPurpose(ConsentPurpose.SHARE_WITH_PROVIDERS);
        request.setAnyProvider(true);
        request.setGivenOn(givenOn);
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(request, "consentRequest");
        new ConsentRequestValidator().validate(request, errors);
        if (errors.hasErrors()) {
            throw new IllegalStateException("An intake consent broke a consent rule: " + errors);
        }
        if (check.mayDisclose(careCase.getClient().getId(), request.getPurpose(), givenOn).allowed()) {
            return;
        }
        save(careCase, request, recordedBy);
    }

    /**
     * The consent the client just signed on a consent form, kept as the case document {@code signedDocumentId}: the
     * same rules and timeline line as a consent entered on the page, checked again here so no door skips them. A
     * broken rule throws {@link InvalidInputException}, which rolls back the caller's transaction, the stored
     * form with it: a signed form and its consent are kept together or not at all.
     */
    @Transactional
    public ConsentSummary recordSigned(String caseNumber, ConsentRequest request, long signedDocumentId) {
        CareCase careCase = caseFiles.find(caseNumber);
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(request, "consentRequest");
        new ConsentRequestValidator().validate(request, errors);
        if (request.getPurpose() == null) {
            errors.rejectValue("purpose", "consents.error.purpose");
        }
        if (request.getGivenOn() == null) {
            errors.rejectValue("givenOn", "consents.error.givenOn");
        }
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors.getFieldErrors().stream()
                    .map(error -> new FieldError(error.getField(), words.of(error))).toList());
        }
        return save(careCase, request, currentUser.id(), signedDocumentId);
    }

    private ConsentSummary save(CareCase careCase, ConsentRequest request, String recordedBy) {
        return save(careCase, request, recordedBy, null);
    }

    private ConsentSummary save(CareCase careCase, ConsentRequest request, String recordedBy, Long signedDocumentId) {
        Consent consent = consents.save(new Consent(careCase, request.getPurpose(),
                request.isAnyProvider() ? null : request.getRecipient(), request.getGivenOn(),
                request.getValidUntil(), recordedBy, signedDocumentId));
        timeline.record(careCase, RECORDED, TimelineText.of(consent.getValidUntil() == null
                ? "timeline.consent.recorded" : "timeline.consent.recordedUntil", describe(consent),
                consent.getGivenOn(), consent.getValidUntil()));
        return ConsentSummary.of(consent, LocalDate.now());
    }

    @Transactional
    public ConsentSummary revoke(String caseNumber, Long consentId, String reason) {
        CareCase careCase = caseFiles.find(caseNumber);
        Consent consent = consents.findByIdAndClientId(consentId, careCase.getClient().getId())
                .orElseThrow(() -> new ConsentNotFoundException(consentId));
        if (consent.isRevoked()) {
            String by = people.fullName(consent.getRevokedBy());
            throw new CaseConflictException("This consent was already revoked on " + consent.getRevokedOn()
                    + " by " + by + ".", "errors.consentAlreadyRevoked", String.valueOf(consent.getRevokedOn()), by);
        }
        LocalDate today = LocalDate.now();
        consent.revoke(today, currentUser.id(), reason);
        timeline.record(careCase, REVOKED, "timeline.consent.revoked", describe(consent));
        return ConsentSummary.of(consent, today);
    }

    private static TimelineText.Nested describe(Consent consent) {
        return words(consent.getRecipient() == null
                ? TimelineText.of("timeline.consent.anyProvider", consent.getPurpose())
                : TimelineText.of("timeline.consent.to", consent.getPurpose(), consent.getRecipient()));
    }
}
