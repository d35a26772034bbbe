package org.casecoordination.assessment.safety;

import static org.casecoordination.casefile.TimelineText.Words.label;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.casecoordination.assessment.AssessmentRecorded;
import org.casecoordination.assessment.SafetyConcernRaised;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseFlag;
import org.casecoordination.casefile.CaseFlagRepository;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.casefile.CaseTimeline;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.casefile.TimelineText;
import org.casecoordination.security.AsApplication;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.casecoordination.casefile.CaseFlagsChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A scored instrument that carries the SAFETY flag raises the case's red flag and, in the same transaction, starts
 * the diagram's "Safety concern" event subprocess (the urgent response task), whatever stage the case is in. While
 * a response is still due, a further concern is added to the open flag instead of a second task. The case owner
 * and the team's supervisors get an urgent notice.
 */
@Component
class SafetyConcerns {

    private static final Logger log = LoggerFactory.getLogger(SafetyConcerns.class);

    private final CaseRepository cases;
    private final CaseFlagRepository flags;
    private final CaseTimeline timeline;
    private final RuntimeService runtimeService;
    private final AsApplication asApplication;
    private final CurrentUser currentUser;
    private final SafetyRecipients recipients;
    private final SafetyResponseTasks responseTasks;
    private final ApplicationEventPublisher events;

    SafetyConcerns(CaseRepository cases, CaseFlagRepository flags, CaseTimeline timeline,
            RuntimeService runtimeService, AsApplication asApplication, CurrentUser currentUser,
            SafetyRecipients recipients, SafetyResponseTasks responseTasks, ApplicationEventPublisher events) {
        this.recipients = recipients;
        this.responseTasks = responseTasks;
        this.events = events;
        this.cases = cases;
        this.flags = flags;
        this.timeline = timeline;
        this.runtimeService = runtimeService;
        this.asApplication = asApplication;
        this.currentUser = currentUser;
    }

    @EventListener
    public void onAssessmentRecorded(AssessmentRecorded recorded) {
        if (!recorded.result().raisesSafetyConcern()) {
            return;
        }
        CareCase careCase = cases.findById(recorded.caseId()).orElseThrow();
        String instrument = recorded.result().instrument();
        var open = flags.findFirstByCareCaseIdAndKindAndResolvedAtIsNull(careCase.getId(), CaseFlag.Kind.SAFETY);
        if (open.isPresent()) {
            open.get().addReason(instrument);
            timeline.record(careCase, TimelineKind.SAFETY_CONCERN_RAISED, "timeline.safety.raisedAgain",
                    label("instrument", instrument));
            return;
        }
        flags.save(new CaseFlag(careCase, CaseFlag.Kind.SAFETY, instrument, currentUser.id()));
        events.publishEvent(new CaseFlagsChanged(careCase.getId(), careCase.getCaseNumber()));
        boolean started = startResponse(careCase);
        tellResponsiblePeople(careCase, instrument);
        if (started) {
            timeline.record(careCase, TimelineKind.SAFETY_CONCERN_RAISED, "timeline.safety.raised",
                    label("instrument", instrument));
            log.info("Safety concern on case {} ({}): response task created", careCase.getCaseNumber(), instrument);
        } else {
            timeline.record(careCase, TimelineKind.SAFETY_CONCERN_RAISED, "timeline.safety.raisedNoTask",
                    label("instrument", instrument));
            log.warn("Safety concern on case {} ({}) but its process instance {} has no safety step",
                    careCase.getCaseNumber(), instrument, careCase.getProcessInstanceId());
        }
    }

    /** An urgent notice for each of them (supervision delivers it), about the response task if there is one. */
    private void tellResponsiblePeople(CareCase careCase, String instrument) {
        var task = responseTasks.openFor(careCase);
        TimelineText notice = SafetyWords.notice(careCase.getCaseNumber(), instrument,
                task.map(t -> t.getDueDate()).orElse(null));
        events.publishEvent(new SafetyConcernRaised(careCase.getId(), careCase.getCaseNumber(),
                task.map(t -> t.getId()).orElse(null), notice, recipients.of(careCase)));
    }

    /**
     * As the application: the coordinator who scored the instrument may not correlate messages in the engine.
     * A case whose process ended, or runs on a version from before the safety step, has no receiver; the result
     * must still be stored, so that is reported rather than thrown.
     */
    private boolean startResponse(CareCase careCase) {
        try {
            asApplication.run(() -> runtimeService
                    .createMessageCorrelation(CaseLifecycleProcess.MESSAGE_SAFETY_CONCERN_RAISED)
                    .processInstanceId(careCase.getProcessInstanceId())
                    .correlateWithResult());
            return true;
        } catch (MismatchingMessageCorrelationException e) {
            return false;
        }
    }
}
