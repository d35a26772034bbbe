package org.casecoordination.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.processes.StageOfActivity;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves the case record to the stage the diagram declares when the process reaches a step that has one, in the
 * engine's transaction: the record's stage and the process never disagree.
 */
@Component
class CaseStageListener {

    private final CaseRepository cases;
    private final CaseTimeline timeline;

    CaseStageListener(CaseRepository cases, CaseTimeline timeline) {
        this.cases = cases;
        this.timeline = timeline;
    }

    @EventListener(condition = "#execution.eventName == 'start'")
    public void onActivityStart(DelegateExecution execution) {
        if (!CaseLifecycleProcess.PROCESS_KEY.equals(processKey(execution))) {
            return;
        }
        StageOfActivity.of(execution.getBpmnModelElementInstance()).ifPresent(stage -> cases.findByCaseNumber(execution.getProcessBusinessKey())
                .filter(careCase -> careCase.getStage() != stage)
                .ifPresent(careCase -> {
                    CaseStage previous = careCase.getStage();
                    careCase.moveTo(stage);
                    if (stage == CaseStage.CLOSED) {
                        Object reason = execution.getVariable(CaseLifecycleProcess.Variables.CLOSURE_REASON);
                        careCase.setClosureReason(reason == null ? careCase.getClosureReason() : reason.toString());
                        timeline.record(careCase, TimelineKind.CASE_CLOSED,
                                "Case closed (" + careCase.getClosureReason() + ")");
                    } else {
                        timeline.record(careCase, TimelineKind.STAGE_CHANGED,
                                "Stage " + previous.label() + " \u2192 " + stage.label());
                    }
                }));
    }

    private static String processKey(DelegateExecution execution) {
        String definitionId = execution.getProcessDefinitionId();
        return definitionId == null ? null : definitionId.substring(0, definitionId.indexOf(':'));
    }
}
