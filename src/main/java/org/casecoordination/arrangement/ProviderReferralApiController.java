package org.casecoordination.arrangement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.casecoordination.casefile.CaseConflictException;
import org.casecoordination.system.ErrorWords;
import org.casecoordination.client.Client;
import org.casecoordination.forms.FieldError;
import org.casecoordination.security.audit.AuditLog;
import org.casecoordination.system.JsonApi;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a provider's system sees and does with its bearer token: its open referrals (the minimum it needs to
 * contact the client, with the consent's scope and the redisclosure notice where they apply), the status of any
 * referral it was sent (a cancelled one with the reason, no client details), and its answers.
 */
@RestController
@JsonApi
class ProviderReferralApiController {

    private static final EnumSet<ProviderReferralStatus> OPEN = EnumSet.of(ProviderReferralStatus.REQUESTED, ProviderReferralStatus.ACCEPTED,
            ProviderReferralStatus.IN_PROGRESS);

    record ClientContact(String firstName, String lastName, LocalDate dateOfBirth, String phone, String address,
            String preferredLanguage) {
        static ClientContact of(Client c) {
            return new ClientContact(c.getFirstName(), c.getLastName(), c.getDateOfBirth(), c.getPhone(),
                    c.getAddress(), c.getPreferredLanguage());
        }
    }

    record InboxReferral(Long id, String caseNumber, ServiceType serviceType, ProviderReferralStatus status,
            Instant statusChangedAt, LocalDate startDate, ClientContact client, String consentScope,
            String redisclosureNotice) {
    }

    /** Where a referral stands, without client details: what a provider sees once it left the inbox. */
    record ReferralState(Long id, String caseNumber, ServiceType serviceType, ProviderReferralStatus status,
            Instant statusChangedAt, String statusReason, LocalDate startDate) {
        static ReferralState of(ProviderReferral r) {
            return new ReferralState(r.getId(), r.getCareCase().getCaseNumber(), r.getServiceType(), r.getStatus(),
                    r.getStatusChangedAt(), r.getStatusReason(), r.getStartDate());
        }
    }

    record Response(String decision, String reason, String startDate) {
    }

    record Errors(List<FieldError> errors) {
        static Errors of(String field, String message) {
            return new Errors(List.of(new FieldError(field, message)));
        }
    }

    private final ProviderReferralRepository referralRepository;
    private final ProviderReferrals referrals;
    private final AuditLog auditLog;
    private final ErrorWords words;

    ProviderReferralApiController(ProviderReferralRepository referralRepository, ProviderReferrals referrals, AuditLog auditLog,
            ErrorWords words) {
        this.words = words;
        this.referralRepository = referralRepository;
        this.referrals = referrals;
        this.auditLog = auditLog;
    }

    @GetMapping("/api/provider/referrals")
    @Transactional(readOnly = true)
    List<InboxReferral> inbox() {
        long providerId = provider().providerId();
        List<ProviderReferral> open = referralRepository.findByProviderIdAndStatusInOrderByStatusChangedAtAsc(providerId,
                OPEN);
        // written before anything is disclosed: who (provider:<id>) saw which cases
        auditLog.recordListView("provider referral inbox",
                open.stream().map(r -> r.getCareCase().getCaseNumber()).toList());
        return open.stream().map(r -> new InboxReferral(r.getId(), r.getCareCase().getCaseNumber(),
                r.getServiceType(), r.getStatus(), r.getStatusChangedAt(), r.getStartDate(),
                ClientContact.of(r.getCareCase().getClient()), r.getConsentScope(), r.getRedisclosureNotice()))
                .toList();
    }

    /** ProviderReferrals cancelled after they were sent (the case closed early, the service ended), latest first. */
    @GetMapping("/api/provider/referrals/cancelled")
    @Transactional(readOnly = true)
    List<ReferralState> cancelled() {
        List<ProviderReferral> cancelled = referralRepository.findByProviderIdAndStatusOrderByStatusChangedAtDesc(
                provider().providerId(), ProviderReferralStatus.CANCELLED);
        auditLog.recordListView("provider cancelled referrals",
                cancelled.stream().map(r -> r.getCareCase().getCaseNumber()).toList());
        return cancelled.stream().map(ReferralState::of).toList();
    }

    @GetMapping("/api/provider/referrals/{id}")
    @Transactional(readOnly = true)
    ResponseEntity<?> state(@PathVariable long id) {
        ProviderReferral referral = referralRepository.findById(id).orElse(null);
        ResponseEntity<Errors> refused = refusal(referral, id, words);
        if (refused != null) {
            return refused;
        }
        auditLog.recordListView("provider referral status", List.of(referral.getCareCase().getCaseNumber()));
        return ResponseEntity.ok(ReferralState.of(referral));
    }

    @PostMapping("/api/referrals/{id}/response")
    ResponseEntity<?> respond(@PathVariable long id, @RequestBody Response body) {
        ProviderReferral referral = referralRepository.findById(id).orElse(null);
        ResponseEntity<Errors> refused = refusal(referral, id, words);
        if (refused != null) {
            return refused;
        }
        List<FieldError> errors = new ArrayList<>();
        ProviderReferralAnswer answer = answerOf(body, errors, words);
        if (!errors.isEmpty()) {
            return ResponseEntity.badRequest().body(new Errors(errors));
        }
        try {
            referrals.answer(id, answer, provider().getName());
        } catch (CaseConflictException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Errors.of(null, words.of(e)));
        }
        return ResponseEntity.noContent().build();
    }

    /** The body's rules: a decision, a reason when declining, a start date as yyyy-MM-dd. */
    static ProviderReferralAnswer answerOf(Response body, List<FieldError> errors, ErrorWords words) {
        if (body == null) {
            errors.add(new FieldError(null, words.text("providerApi.error.answerBody")));
            return null;
        }
        boolean accepted = "ACCEPTED".equals(body.decision());
        if (!accepted && !"DECLINED".equals(body.decision())) {
            errors.add(new FieldError("decision", words.text("providerApi.error.decision")));
        }
        String reason = body.reason() == null ? null : body.reason().strip();
        if ("DECLINED".equals(body.decision()) && (reason == null || reason.isEmpty())) {
            errors.add(new FieldError("reason", words.text("providerApi.error.declineReason")));
        }
        if (reason != null && reason.length() > 1000) {
            errors.add(new FieldError("reason", words.text("errors.atMost", 1000)));
        }
        LocalDate start = null;
        if (body.startDate() != null && !body.startDate().isBlank()) {
            try {
                start = LocalDate.parse(body.startDate().strip());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("startDate", words.text("providerApi.error.date")));
            }
        }
        return errors.isEmpty() ? new ProviderReferralAnswer(accepted, reason == null || reason.isEmpty() ? null : reason,
                start) : null;
    }

    /**
     * 404 for an unknown referral (a draft not sent yet is unknown to the provider), 403 for another provider's,
     * null when the calling provider may act on it.
     */
    static ResponseEntity<Errors> refusal(ProviderReferral referral, long id, ErrorWords words) {
        if (referral == null || referral.getStatus() == ProviderReferralStatus.DRAFT) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Errors.of(null, words.text("providerApi.error.noReferral",
                    String.valueOf(id))));
        }
        if (referral.getProvider().getId() != provider().providerId()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Errors.of(null,
                    words.text("providerApi.error.otherProvider")));
        }
        return null;
    }

    static ProviderPrincipal provider() {
        return (ProviderPrincipal) SecurityContextHolder.getContext().getAuthentication();
    }
}
