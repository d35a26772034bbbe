package org.casecoordination.assessment.safety;

import org.casecoordination.casefile.TimelineText;
import org.casecoordination.casefile.CaseFlag;
import org.casecoordination.casefile.CaseFlagRepository;
import org.casecoordination.casefile.CaseFlagsChanged;
import org.casecoordination.casefile.CaseTimeline;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.tasklist.CompletionRules;
import org.casecoordination.tasklist.TaskCompletion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Recording the safety response clears the case's red flag, with who and when; what was done is the task's
 * record (its form values), kept like every other completed step.
 */
@Component
class SafetyResponseRules implements CompletionRules {

    private final CaseFlagRepository flags;
    private final CaseTimeline timeline;
    private final ApplicationEventPublisher events;

    SafetyResponseRules(CaseFlagRepository flags, CaseTimeline timeline, ApplicationEventPublisher events) {
        this.flags = flags;
        this.timeline = timeline;
        this.events = events;
    }

    @Override
    public String taskDefinitionKey() {
        return CaseLifecycleProcess.TASK_SAFETY_RESPONSE;
    }

    @Override
    public void apply(TaskCompletion completion) {
        flags.findFirstByCareCaseIdAndKindAndResolvedAtIsNull(completion.careCase().getId(), CaseFlag.Kind.SAFETY)
                .ifPresent(flag -> {
                    flag.resolve(completion.completedBy());
                    events.publishEvent(new CaseFlagsChanged(completion.careCase().getId(),
                            completion.careCase().getCaseNumber()));
                });
        timeline.record(completion.careCase(), TimelineKind.SAFETY_RESPONSE_RECORDED, "timeline.safety.responded",
                TimelineText.Words.person(completion.completedBy()));
    }
}
