package org.casecoordination.supervision.crisis;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseConflictException;
import org.casecoordination.casefile.CaseFileService;
import org.casecoordination.casefile.CaseTimeline;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.security.AsApplication;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports a crisis on an open case: the report goes on the case timeline (the case record, not the engine) and
 * the process starts "Respond to crisis" for whoever is on call, due within the hour at any time of any day.
 */
@Service
public class CrisisLine {

    private static final Logger log = LoggerFactory.getLogger(CrisisLine.class);

    private final CaseFileService caseFiles;
    private final CaseTimeline timeline;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final AsApplication asApplication;

    CrisisLine(CaseFileService caseFiles, CaseTimeline timeline, RuntimeService runtimeService,
            TaskService taskService, AsApplication asApplication) {
        this.caseFiles = caseFiles;
        this.timeline = timeline;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.asApplication = asApplication;
    }

    /** Returns the new task's id; a closed case (or one whose process has ended) is a conflict. */
    @Transactional
    public String report(String caseNumber, CrisisReport report) {
        CareCase careCase = caseFiles.find(caseNumber);
        if (careCase.isClosed()) {
            throw new CaseConflictException("Case " + caseNumber + " is closed; reopen it or open a new referral.");
        }
        timeline.record(careCase, TimelineKind.CRISIS_REPORTED, summary(report));
        Set<String> before = crisisTasks(careCase);
        try {
            asApplication.run(() -> runtimeService
                    .createMessageCorrelation(CaseLifecycleProcess.MESSAGE_CRISIS_REPORTED)
                    .processInstanceId(careCase.getProcessInstanceId())
                    .correlateWithResult());
        } catch (MismatchingMessageCorrelationException e) {
            throw new CaseConflictException("Case " + caseNumber + " has no open work to attach a crisis to.");
        }
        List<String> created = crisisTasks(careCase).stream().filter(id -> !before.contains(id)).toList();
        log.info("Crisis reported on case {}: task {}", careCase.getId(), created);
        return created.get(0);
    }

    private Set<String> crisisTasks(CareCase careCase) {
        return asApplication.run(() -> taskService.createTaskQuery()
                .processInstanceId(careCase.getProcessInstanceId())
                .taskDefinitionKey(CaseLifecycleProcess.TASK_CRISIS_RESPONSE).list().stream()
                .map(Task::getId).collect(Collectors.toSet()));
    }

    private static String summary(CrisisReport report) {
        StringBuilder text = new StringBuilder("Crisis reported");
        if (report.reportedBy() != null && !report.reportedBy().isBlank()) {
            text.append(" by ").append(report.reportedBy().strip());
        }
        if (report.callbackNumber() != null && !report.callbackNumber().isBlank()) {
            text.append(" (call back ").append(report.callbackNumber().strip()).append(")");
        }
        return text.append(": ").append(report.description().strip()).toString();
    }
}
