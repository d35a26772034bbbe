package org.casecoordination.arrangement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.RuntimeService;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.forms.FieldError;
import org.casecoordination.system.ErrorWords;
import org.casecoordination.system.Words;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.casecoordination.casefile.CaseConflictException;
import org.casecoordination.casefile.CaseTimeline;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.casefile.TimelineText;
import org.casecoordination.casefile.TimelineWords;
import org.casecoordination.client.PrimaryConcern;
import org.casecoordination.consent.ConsentCheck;
import org.casecoordination.consent.ConsentDecision;
import org.casecoordination.consent.ConsentPurpose;
import org.casecoordination.security.AsApplication;
import org.casecoordination.processes.ServiceArrangementProcess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a referral: chosen (draft), sent, answered, delivered. Every status change is stored with who and
 * when, and noted on the case's timeline (service type and provider only, never client details).
 */
@Service
public class ProviderReferrals {

    private final ProviderReferralRepository referrals;
    private final ProviderReferralStatusChangeRepository changes;
    private final ProviderRepository providers;
    private final ConsentCheck consentCheck;
    private final CaseTimeline timeline;
    private final RuntimeService runtimeService;
    private final AsApplication asApplication;
    private final ProviderEmails providerEmails;
    private final Clock clock;
    private final ErrorWords words;
    private final TimelineWords timelineWords;
    private final ApplicationEventPublisher events;

    ProviderReferrals(ProviderReferralRepository referrals, ProviderReferralStatusChangeRepository changes, ProviderRepository providers,
            ConsentCheck consentCheck, CaseTimeline timeline, RuntimeService runtimeService,
            AsApplication asApplication, ProviderEmails providerEmails, ErrorWords words, TimelineWords timelineWords,
            ApplicationEventPublisher events) {
        this.events = events;
        this.words = words;
        this.timelineWords = timelineWords;
        this.referrals = referrals;
        this.changes = changes;
        this.providers = providers;
        this.consentCheck = consentCheck;
        this.timeline = timeline;
        this.runtimeService = runtimeService;
        this.asApplication = asApplication;
        this.providerEmails = providerEmails;
        this.clock = Clock.systemUTC();
    }

    @Transactional(readOnly = true)
    public ProviderReferral find(long id) {
        return referrals.findById(id).orElseThrow(() -> new ProviderReferralNotFoundException(id));
    }

    /** The id of the referral's case (the entity's case is loaded lazily). */
    @Transactional(readOnly = true)
    public Long caseIdOf(long referralId) {
        return find(referralId).getCareCase().getId();
    }

    @Transactional(readOnly = true)
    public List<ProviderReferral> ofCase(CareCase careCase) {
        return referrals.findByCareCaseOrderByCreatedAtAscIdAsc(careCase);
    }

    @Transactional(readOnly = true)
    public List<ProviderReferralStatusChange> history(long referralId) {
        return changes.findByReferralIdOrderByChangedAtAscIdAsc(referralId);
    }

    /**
     * The coordinator chose a provider: a draft referral, if the provider offers the service and the client's
     * consent allows the disclosure; otherwise refused with a reason the coordinator can act on.
     */
    @Transactional
    public ProviderReferral draft(CareCase careCase, ServiceType serviceType, long providerId, String by) {
        Provider provider = providers.findById(providerId).orElseThrow(() -> refused(
                TimelineText.of("referralRefused.noProvider", providerId)));
        if (!provider.offers(serviceType)) {
            throw refused(TimelineText.of("referralRefused.notOffered", provider.getName(), serviceType));
        }
        ConsentDecision consent = consentFor(careCase, serviceType, provider);
        if (!consent.allowed()) {
            throw refused(TimelineText.of("referralRefused.noConsent",
                    TimelineText.Words.words(consent.reasonText())));
        }
        ProviderReferral referral = new ProviderReferral(careCase, serviceType, provider, by, clock.instant());
        referral.relyOn(consent.consentId(), consent.redisclosureNotice(), consent.consentScope());
        referrals.save(referral);
        changed(referral, ProviderReferralStatus.DRAFT, by, null);
        return referral;
    }

    /**
     * Sends the referral: it appears in the provider's inbox. The consent is asked again (it may have been
     * revoked while a supervisor decided); refused, the referral is cancelled with the reason.
     */
    @Transactional
    public ConsentDecision request(long referralId, String by) {
        ProviderReferral referral = find(referralId);
        ConsentDecision consent = consentFor(referral.getCareCase(), referral.getServiceType(),
                referral.getProvider());
        if (!consent.allowed()) {
            changeStatus(referral, ProviderReferralStatus.CANCELLED, by, said(TimelineText.of(
                    "referralReason.notSent", TimelineText.Words.words(consent.reasonText()))));
            return consent;
        }
        referral.relyOn(consent.consentId(), consent.redisclosureNotice(), consent.consentScope());
        changeStatus(referral, ProviderReferralStatus.REQUESTED, by, null);
        return consent;
    }

    /** Cancelled for a reason a person typed (kept as typed). */
    @Transactional
    public void cancel(long referralId, String by, String reason) {
        changeStatus(find(referralId), ProviderReferralStatus.CANCELLED, by, StatusReason.typed(reason));
    }

    /** Cancelled for the system's reason, shown in each reader's language. */
    @Transactional
    public void cancel(long referralId, String by, TimelineText reason) {
        changeStatus(find(referralId), ProviderReferralStatus.CANCELLED, by, said(reason));
    }

    /** A supervisor approved the placement: noted in the history, the referral stays a draft until sent. */
    @Transactional
    public void approve(long referralId, String by, String comment) {
        ProviderReferral referral = find(referralId);
        changes.save(new ProviderReferralStatusChange(referral.getId(), ProviderReferralStatus.DRAFT, clock.instant(), by,
                said(comment == null || comment.isBlank() ? TimelineText.of("referralReason.placementApproved")
                        : TimelineText.of("referralReason.placementApprovedWithComment", comment.strip()))));
    }

    /**
     * The provider's answer (through the API, or recorded by the coordinator after a call). Only a referral
     * waiting for an answer takes one; the arrangement process moves on in the same transaction.
     */
    @Transactional
    public void answer(long referralId, ProviderReferralAnswer answer, String by) {
        ProviderReferral referral = find(referralId);
        if (!referral.getStatus().awaitsAnswer()) {
            throw new CaseConflictException("Referral " + referralId + " was already answered ("
                    + referral.getStatus() + ").", "referralConflict.alreadyAnswered", String.valueOf(referralId),
                    label(referral.getStatus()));
        }
        boolean accepted = answer.accepted();
        if (accepted) {
            referral.agreeStart(answer.startDate(), referral.getSchedule());
        }
        changeStatus(referral, accepted ? ProviderReferralStatus.ACCEPTED : ProviderReferralStatus.REJECTED, by,
                accepted ? null : StatusReason.typed(answer.reason()));
        String message = accepted ? ServiceArrangementProcess.MESSAGE_REFERRAL_ACCEPTED
                : ServiceArrangementProcess.MESSAGE_REFERRAL_DECLINED;
        // the case number (the arrangement's business key) first: the engine finds the case's few instances by
        // index, where a variable alone is looked for in every open instance (seconds at 100,000 open cases)
        asApplication.run(() -> runtimeService.createMessageCorrelation(message)
                .processInstanceBusinessKey(referral.getCareCase().getCaseNumber())
                .processInstanceVariableEquals(ServiceArrangementProcess.Variables.REFERRAL_ID, referralId)
                .correlateAllWithResult());
    }

    /**
     * Books transport to a service the client travels to: its own TRANSPORTATION referral, linked to the service,
     * sent at once like any referral (consent checked, the provider's inbox, an email when it has an address).
     * Refused with the reasons; nothing written.
     */
    @Transactional
    public ProviderReferral bookTransport(long servedReferralId, TransportRequest request, String by) {
        ProviderReferral served = find(servedReferralId);
        if (!served.getServiceType().needsTravel()) {
            throw refused(TimelineText.of("referralRefused.noTransport", served.getServiceType()));
        }
        List<FieldError> invalid = request.errors(words);
        if (!invalid.isEmpty()) {
            throw new InvalidTransportException(invalid);
        }
        ProviderReferral transport = draft(served.getCareCase(), ServiceType.TRANSPORTATION, request.providerId(), by);
        transport.transport(served.getId(), request.pickupAddress().strip(), request.pickupTime().strip(),
                request.returnTime() == null || request.returnTime().isBlank() ? null : request.returnTime().strip(),
                request.mobilityNeeds().name());
        ConsentDecision consent = request(transport.getId(), by);
        if (!consent.allowed()) {
            throw refused(TimelineText.of("referralRefused.notSent", TimelineText.Words.words(consent.reasonText())));
        }
        providerEmails.tell(transport, ProviderReferralEmailKind.REFERRAL);
        return transport;
    }

    /** A code as an argument of a refusal: its label, in the language of whoever reads the refusal. */
    private static DefaultMessageSourceResolvable label(Enum<?> code) {
        return new DefaultMessageSourceResolvable(Words.labelKey(code));
    }

    /** The coordinator agreed the start with the client. */
    @Transactional
    public void confirm(long referralId, LocalDate startDate, String schedule) {
        ProviderReferral referral = find(referralId);
        boolean startMoved = !Objects.equals(referral.getStartDate(), startDate);
        referral.agreeStart(startDate, schedule);
        if (startMoved) { // the same first day confirmed leaves what hangs on it (the reminders) as it is
            published(referral, false);
        }
    }

    /**
     * Delivery after acceptance, recorded by the coordinator or the provider: in progress, completed, or ended early
     * (CANCELLED, with the reason). A service that ends takes its open transport with it.
     */
    @Transactional
    public void recordDelivery(long referralId, ProviderReferralStatus status, String by, String reason) {
        ProviderReferral referral = find(referralId);
        ProviderReferralStatus current = referral.getStatus();
        boolean allowed = status.isDelivery() && (current == ProviderReferralStatus.ACCEPTED
                || current == ProviderReferralStatus.IN_PROGRESS && status != ProviderReferralStatus.IN_PROGRESS);
        if (!allowed) {
            throw new CaseConflictException("A " + current + " referral cannot become " + status + ".",
                    "referralConflict.notThisStep", label(current), label(status));
        }
        changeStatus(referral, status, by, StatusReason.typed(reason));
        if (status == ProviderReferralStatus.CANCELLED) {
            StatusReason serviceEnded = said(TimelineText.of("referralReason.serviceEnded"));
            referrals.findByServesReferralId(referralId).stream().filter(t -> t.getStatus().isOpenAtProvider())
                    .forEach(transport -> cancelAndTell(transport, by, serviceEnded));
        }
    }

    /**
     * The case was closed early: every referral still open is cancelled with the reason, leaves the provider's
     * inbox, and a provider that had it is emailed; a draft nobody saw is cancelled quietly.
     */
    @Transactional
    public void cancelOpen(CareCase careCase, String by, TimelineText why) {
        StatusReason reason = said(why);
        for (ProviderReferral referral : referrals.findByCareCaseOrderByCreatedAtAscIdAsc(careCase)) {
            if (referral.getStatus().isOpenAtProvider()) {
                cancelAndTell(referral, by, reason);
            } else if (referral.getStatus() == ProviderReferralStatus.DRAFT) {
                changeStatus(referral, ProviderReferralStatus.CANCELLED, by, reason);
            }
        }
    }

    private void cancelAndTell(ProviderReferral referral, String by, StatusReason reason) {
        changeStatus(referral, ProviderReferralStatus.CANCELLED, by, reason);
        providerEmails.tell(referral, ProviderReferralEmailKind.CANCELLATION);
    }

    void changeStatus(ProviderReferral referral, ProviderReferralStatus status, String by, StatusReason reason) {
        referral.changeStatus(status, by, reason, clock.instant());
        changed(referral, status, by, reason);
    }

    private void changed(ProviderReferral referral, ProviderReferralStatus status, String by, StatusReason reason) {
        changes.save(new ProviderReferralStatusChange(referral.getId(), status, referral.getStatusChangedAt(), by, reason));
        timeline.record(referral.getCareCase(), TimelineKind.REFERRAL_CHANGED, "timeline.providerReferral",
                referral.getServiceType(), referral.getProvider().getName(), status);
        published(referral, true);
    }

    private void published(ProviderReferral referral, boolean statusChanged) {
        events.publishEvent(new ProviderReferralChanged(referral.getId(), referral.getCareCase().getCaseNumber(),
                referral.getServiceType(), referral.getStatus(), referral.getStartDate(), statusChanged));
    }

    /** The system's words, stored with their English (what the API and the provider's email read). */
    private StatusReason said(TimelineText text) {
        return new StatusReason(timelineWords.english(text), text);
    }

    private ProviderReferralRefusedException refused(TimelineText text) {
        return new ProviderReferralRefusedException(text, timelineWords.english(text));
    }

    /**
     * Sharing with the provider needs the consent to share with providers; substance-use information (the
     * client's primary concern or a substance-use program) needs the Part 2 consent as well.
     */
    private ConsentDecision consentFor(CareCase careCase, ServiceType serviceType, Provider provider) {
        LocalDate today = LocalDate.now(clock);
        Long clientId = careCase.getClient().getId();
        ConsentDecision share = consentCheck.mayDisclose(clientId, ConsentPurpose.SHARE_WITH_PROVIDERS, today,
                provider.getName());
        boolean part2 = serviceType == ServiceType.SUBSTANCE_USE_PROGRAM
                || careCase.getClient().getPrimaryConcern() == PrimaryConcern.SUBSTANCE_USE;
        if (!share.allowed() || !part2) {
            return share;
        }
        return consentCheck.mayDisclose(clientId, ConsentPurpose.SUBSTANCE_USE_DISCLOSURE, today,
                provider.getName());
    }
}
