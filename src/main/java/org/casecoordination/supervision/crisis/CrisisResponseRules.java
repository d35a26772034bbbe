package org.casecoordination.supervision.crisis;

import org.camunda.bpm.engine.TaskService;
import org.casecoordination.casefile.CaseFlag;
import org.casecoordination.casefile.CaseFlagRepository;
import org.casecoordination.casefile.CaseFlagsChanged;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.security.AsApplication;
import org.casecoordination.tasklist.CompletionRules;
import org.casecoordination.tasklist.TaskCompletion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Recording the crisis response clears the case's red CRISIS flag, with who and when, once no other reported
 * crisis on the case still waits for its response.
 */
@Component
class CrisisResponseRules implements CompletionRules {

    private final CaseFlagRepository flags;
    private final TaskService taskService;
    private final AsApplication asApplication;
    private final ApplicationEventPublisher events;

    CrisisResponseRules(CaseFlagRepository flags, TaskService taskService, AsApplication asApplication,
            ApplicationEventPublisher events) {
        this.flags = flags;
        this.taskService = taskService;
        this.asApplication = asApplication;
        this.events = events;
    }

    @Override
    public String taskDefinitionKey() {
        return CaseLifecycleProcess.TASK_CRISIS_RESPONSE;
    }

    @Override
    public void apply(TaskCompletion completion) {
        String thisTask = completion.task().getId();
        long othersOpen = asApplication.run(() -> taskService.createTaskQuery()
                .processInstanceId(completion.task().getProcessInstanceId())
                .taskDefinitionKey(CaseLifecycleProcess.TASK_CRISIS_RESPONSE).list().stream()
                .filter(task -> !task.getId().equals(thisTask)).count());
        if (othersOpen > 0) {
            return;
        }
        flags.findFirstByCareCaseIdAndKindAndResolvedAtIsNull(completion.careCase().getId(), CaseFlag.Kind.CRISIS)
                .ifPresent(flag -> {
                    flag.resolve(completion.completedBy());
                    events.publishEvent(new CaseFlagsChanged(completion.careCase().getId(),
                            completion.careCase().getCaseNumber()));
                });
    }
}
