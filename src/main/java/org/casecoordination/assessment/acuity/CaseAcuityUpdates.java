package org.casecoordination.assessment.acuity;

import org.casecoordination.casefile.TimelineText;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.casecoordination.casefile.Acuity;
import org.casecoordination.casefile.CaseAcuityChanged;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.casefile.CaseTimeline;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.security.AsApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * What a decided acuity changes, in the engine's transaction: the case record, its timeline, the task list's copy
 * (through {@link CaseAcuityChanged}) and the Camunda priority of the case's open tasks.
 */
@Service
public class CaseAcuityUpdates {

    private static final Logger log = LoggerFactory.getLogger(CaseAcuityUpdates.class);

    private final CaseRepository cases;
    private final CaseTimeline timeline;
    private final ApplicationEventPublisher events;
    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final AsApplication asApplication;

    CaseAcuityUpdates(CaseRepository cases, CaseTimeline timeline, ApplicationEventPublisher events,
            TaskService taskService, RepositoryService repositoryService, AsApplication asApplication) {
        this.repositoryService = repositoryService;
        this.cases = cases;
        this.timeline = timeline;
        this.events = events;
        this.taskService = taskService;
        this.asApplication = asApplication;
    }

    public void apply(String caseNumber, String processInstanceId, Acuity acuity, int taskPriority) {
        cases.lookUp(caseNumber).ifPresent(careCase -> {
            Acuity previous = careCase.getAcuity();
            if (previous != acuity) {
                careCase.setAcuity(acuity);
                timeline.record(careCase, TimelineKind.ACUITY_CHANGED, previous == null
                        ? TimelineText.of("timeline.acuity.set", acuity)
                        : TimelineText.of("timeline.acuity.changed", previous, acuity));
                events.publishEvent(new CaseAcuityChanged(careCase.getId(), caseNumber, acuity));
                log.info("Case {} acuity {} -> {}", caseNumber, previous, acuity);
            }
        });
        reprioritiseOpenTasks(processInstanceId, taskPriority);
    }

    /**
     * As the application: the coordinator whose completion led here may work tasks, not re-prioritise them. Tasks
     * whose priority the diagram declares (the safety response) keep it.
     */
    private void reprioritiseOpenTasks(String processInstanceId, int taskPriority) {
        asApplication.run(() -> {
            taskService.createTaskQuery().processInstanceId(processInstanceId).list().stream()
                    .filter(task -> task.getPriority() != taskPriority)
                    .filter(task -> DiagramPriority.of(task, repositoryService).isEmpty())
                    .forEach(task -> taskService.setPriority(task.getId(), taskPriority));
            return null;
        });
    }
}
