package org.casecoordination.closure;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseConflictException;
import org.casecoordination.casefile.CaseFileService;
import org.casecoordination.casefile.CaseNote;
import org.casecoordination.casefile.CaseNoteRepository;
import org.casecoordination.casefile.CaseTimeline;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.casefile.TimelineText;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.processes.CaseLifecycleProcess.Variables;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.arrangement.ProviderReferrals;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes a case from whatever stage it is in (the client died, moved away, was transferred): the open work is
 * cancelled by the diagram's "Close case early" event subprocess and the case goes to the closure task; the
 * referrals still open are cancelled and their providers told.
 */
@Service
public class CaseClosureService {

    private final CaseFileService caseFiles;
    private final CaseNoteRepository notes;
    private final CaseTimeline timeline;
    private final RuntimeService runtimeService;
    private final CurrentUser currentUser;
    private final ProviderReferrals referrals;

    CaseClosureService(CaseFileService caseFiles, CaseNoteRepository notes, CaseTimeline timeline,
            RuntimeService runtimeService, CurrentUser currentUser, ProviderReferrals referrals) {
        this.caseFiles = caseFiles;
        this.notes = notes;
        this.timeline = timeline;
        this.runtimeService = runtimeService;
        this.currentUser = currentUser;
        this.referrals = referrals;
    }

    @Transactional
    public void closeEarly(String caseNumber, EarlyClosureReason reason, String explanation) {
        CareCase careCase = caseFiles.find(caseNumber);
        if (careCase.isClosed()) {
            throw new CaseConflictException("Case " + caseNumber + " is already closed.", "errors.caseClosed",
                    caseNumber);
        }
        boolean workStillOpen = runtimeService.createEventSubscriptionQuery()
                .eventName(CaseLifecycleProcess.MESSAGE_CLOSE_REQUESTED)
                .processInstanceId(careCase.getProcessInstanceId()).count() > 0;
        if (!workStillOpen) {
            throw new CaseConflictException("Case " + caseNumber + " is already at closure.",
                    "errors.caseAtClosure", caseNumber);
        }
        careCase.setClosureReason(reason.name());
        try {
            runtimeService.createMessageCorrelation(CaseLifecycleProcess.MESSAGE_CLOSE_REQUESTED)
                    .processInstanceBusinessKey(caseNumber)
                    .setVariable(Variables.CLOSURE_REASON, reason.name())
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new CaseConflictException("Case " + caseNumber + " reached closure a moment ago.",
                    "errors.caseReachedClosure", caseNumber);
        }
        // the event subprocess deleted the arrangements that were waiting on providers; the referrals end with them.
        // Providers read this reason: why the case closed (a death, a move) is more than they need to know.
        referrals.cancelOpen(careCase, currentUser.id(), TimelineText.of("referralReason.caseClosed"));
        if (explanation != null && !explanation.isBlank()) {
            notes.save(new CaseNote(careCase, currentUser.id(), explanation.strip()));
        }
        timeline.record(careCase, TimelineKind.CLOSE_REQUESTED, "timeline.closeRequested", reason);
    }
}
