package org.casecoordination.fhir;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casecoordination.arrangement.ProviderPrincipal;
import org.casecoordination.arrangement.ProviderReferral;
import org.casecoordination.arrangement.ProviderReferralAnswer;
import org.casecoordination.arrangement.ProviderReferralRepository;
import org.casecoordination.arrangement.ProviderReferralStatus;
import org.casecoordination.arrangement.ProviderReferrals;
import org.casecoordination.casefile.CaseConflictException;
import org.casecoordination.fhir.TaskUpdateRefusedException.Issue;
import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.security.audit.AuditEvent;
import org.casecoordination.security.audit.AuditLog;
import org.casecoordination.system.ErrorWords;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A provider changes its referral's Task: accepted (with the agreed start in {@code executionPeriod.start}),
 * rejected (with {@code statusReason.text}), in-progress, completed, cancelled (with the reason). The same
 * transitions and messages to the arrangement process as {@code /api/referrals/{id}/response} and {@code /delivery},
 * and the same refusals: 404 unknown, 403 another provider's, 400 a bad change, 409 a change the referral's state
 * does not allow; plus FHIR's version rule: the {@code If-Match} version must be the Task's current one (412).
 * The check and the change are one transaction, so two updates from the same version cannot both win.
 */
@Service
class TaskUpdates {

    private static final int MAX_REASON = 1000;

    private final ProviderReferralRepository referralRepository;
    private final ProviderReferrals referrals;
    private final ErrorWords words;
    private final AuditLog auditLog;

    TaskUpdates(ProviderReferralRepository referralRepository, ProviderReferrals referrals, ErrorWords words,
            AuditLog auditLog) {
        this.referralRepository = referralRepository;
        this.referrals = referrals;
        this.words = words;
        this.auditLog = auditLog;
    }

    /** Applies the change; returns the referral's id. */
    @Transactional
    long update(String id, String ifMatch, Task changed) {
        Long referralId = TaskController.parse(id);
        ProviderReferral referral = referralId == null ? null : referralRepository.findById(referralId).orElse(null);
        if (referral == null || referral.getStatus() == ProviderReferralStatus.DRAFT) {
            throw new UnknownResourceException("Task", id);
        }
        ProviderPrincipal provider = VisibleReferrals.provider().orElseThrow();
        if (referral.getProvider().getId() != provider.providerId()) {
            throw refused(HttpServletResponse.SC_FORBIDDEN, IssueType.FORBIDDEN,
                    words.text("providerApi.error.otherProvider"));
        }
        checkVersion(ifMatch, referral);
        ProviderReferralStatus wanted = wanted(id, changed);
        if (wanted == referral.getStatus()) {
            return referral.getId(); // nothing to change: FHIR updates are idempotent
        }
        String reason = changed.getStatusReason().getText() == null ? null : changed.getStatusReason().getText().strip();
        try {
            switch (wanted) {
                case ACCEPTED -> referrals.answer(referral.getId(),
                        new ProviderReferralAnswer(true, null, startDate(changed)), provider.getName());
                case REJECTED -> referrals.answer(referral.getId(), new ProviderReferralAnswer(false, reason, null),
                        provider.getName());
                default -> referrals.recordDelivery(referral.getId(), wanted, provider.getName(), reason);
            }
        } catch (CaseConflictException e) {
            throw refused(HttpServletResponse.SC_CONFLICT, IssueType.CONFLICT, words.of(e));
        }
        auditLog.record(AuditAction.CHANGE_RECORD, referral.getCareCase().getCaseNumber(),
                "FHIR Task/" + referral.getId() + " status " + ReferralResources.status(wanted).toCode(),
                AuditEvent.SUCCESS);
        return referral.getId();
    }

    private void checkVersion(String ifMatch, ProviderReferral referral) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw refused(HttpServletResponse.SC_PRECONDITION_FAILED, IssueType.CONFLICT,
                    words.text("fhir.task.ifMatchMissing"));
        }
        String version = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        if (!version.equals(String.valueOf(referral.getVersion()))) {
            throw refused(HttpServletResponse.SC_PRECONDITION_FAILED, IssueType.CONFLICT,
                    words.text("fhir.task.versionChanged", version, String.valueOf(referral.getVersion())));
        }
    }

    /** The status asked for, when it is one a provider may set, with what it needs; else 400 with every problem. */
    private ProviderReferralStatus wanted(String id, Task changed) {
        List<Issue> issues = new ArrayList<>();
        if (changed.getIdElement().hasIdPart() && !changed.getIdElement().getIdPart().equals(id)) {
            issues.add(new Issue("Task.id", words.text("fhir.task.otherId", changed.getIdElement().getIdPart(), id)));
        }
        ProviderReferralStatus wanted = changed.getStatus() == null ? null : switch (changed.getStatus()) {
            case ACCEPTED -> ProviderReferralStatus.ACCEPTED;
            case REJECTED -> ProviderReferralStatus.REJECTED;
            case INPROGRESS -> ProviderReferralStatus.IN_PROGRESS;
            case COMPLETED -> ProviderReferralStatus.COMPLETED;
            case CANCELLED -> ProviderReferralStatus.CANCELLED;
            default -> null;
        };
        if (wanted == null) {
            issues.add(new Issue("Task.status", words.text("fhir.task.status")));
        }
        String reason = changed.getStatusReason().getText();
        if ((wanted == ProviderReferralStatus.REJECTED || wanted == ProviderReferralStatus.CANCELLED)
                && (reason == null || reason.isBlank())) {
            issues.add(new Issue("Task.statusReason.text", words.text(wanted == ProviderReferralStatus.REJECTED
                    ? "providerApi.error.declineReason" : "providerApi.error.endReason")));
        }
        if (reason != null && reason.strip().length() > MAX_REASON) {
            issues.add(new Issue("Task.statusReason.text", words.text("errors.atMost", MAX_REASON)));
        }
        if (!issues.isEmpty()) {
            throw new TaskUpdateRefusedException(HttpServletResponse.SC_BAD_REQUEST, IssueType.INVALID, issues);
        }
        return wanted;
    }

    /** The agreed start, a day: a date, or the day of a date-time in the agency's zone as sent. */
    private static LocalDate startDate(Task changed) {
        if (!changed.getExecutionPeriod().hasStart()) {
            return null;
        }
        var start = changed.getExecutionPeriod().getStartElement();
        return LocalDate.of(start.getYear(), start.getMonth() + 1, start.getDay());
    }

    private static TaskUpdateRefusedException refused(int status, IssueType type, String diagnostics) {
        return new TaskUpdateRefusedException(status, type, List.of(new Issue(null, diagnostics)));
    }
}
