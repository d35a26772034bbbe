package org.casecoordination.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.processes.CaseStage;
import org.casecoordination.processes.StageReachedListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Moves the case record to the stage the diagram declares when the process reaches a step that has one, in the
 * engine's transaction: the record's stage and the process never disagree. The engine calls it only at the start
 * of steps that declare a stage (processes.deployment.StageListeners attaches it when a diagram
 * is deployed), rather than for every event of every execution.
 */
@Component
public class CaseStageListener implements StageReachedListener {

    private final CaseRepository cases;
    private final CaseTimeline timeline;
    private final ApplicationEventPublisher events;

    CaseStageListener(CaseRepository cases, CaseTimeline timeline, ApplicationEventPublisher events) {
        this.cases = cases;
        this.events = events;
        this.timeline = timeline;
    }

    @Override
    public void onStageReached(DelegateExecution execution, CaseStage stage) {
        if (!CaseLifecycleProcess.PROCESS_KEY.equals(processKey(execution))) {
            return;
        }
        cases.lookUp(execution.getProcessBusinessKey())
                .filter(careCase -> careCase.getStage() != stage)
                .ifPresent(careCase -> {
                    CaseStage previous = careCase.getStage();
                    careCase.moveTo(stage);
                    if (stage == CaseStage.CLOSED) {
                        Object reason = execution.getVariable(CaseLifecycleProcess.Variables.CLOSURE_REASON);
                        careCase.setClosureReason(reason == null ? careCase.getClosureReason() : reason.toString());
                        timeline.record(careCase, TimelineKind.CASE_CLOSED, careCase.getClosureReason() == null
                                ? TimelineText.of("timeline.caseClosed")
                                : TimelineText.of("timeline.caseClosedBecause",
                                        TimelineText.Words.label("closureReason", careCase.getClosureReason())));
                        events.publishEvent(new CaseClosed(careCase.getId(), careCase.getCaseNumber()));
                    } else {
                        timeline.record(careCase, TimelineKind.STAGE_CHANGED, "timeline.stageChanged", previous, stage);
                    }
                });
    }

    private static String processKey(DelegateExecution execution) {
        String definitionId = execution.getProcessDefinitionId();
        return definitionId == null ? null : definitionId.substring(0, definitionId.indexOf(':'));
    }
}
