package org.casecoordination.supervision.caseload;

import static org.casecoordination.casefile.TimelineText.Words.label;
import static org.casecoordination.casefile.TimelineText.Words.person;
import org.casecoordination.security.TeamRoles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.casefile.CaseTimeline;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.casefile.TimelineText;
import org.casecoordination.forms.FieldError;
import org.casecoordination.security.AsApplication;
import org.casecoordination.processes.CaseLifecycleProcess.Variables;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.People;
import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.security.audit.AuditEvent;
import org.casecoordination.security.audit.AuditLog;
import org.casecoordination.supervision.notice.Notices;
import org.casecoordination.system.Words;
import org.casecoordination.tasklist.TaskValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk hand-over by a supervisor: single tasks, or whole cases (owner, its open assigned tasks and the tasks still
 * to come). Everything is checked before anything changes: the receiver must be a coordinator of each item's team,
 * and the supervisor must supervise it. The receiver gets one notice per case with the reason; so does the timeline.
 */
@Service
public class Reassignment {

    private static final Logger log = LoggerFactory.getLogger(Reassignment.class);

    private final CaseloadService caseload;
    private final TeamRoles teamRoles;
    private final CaseRepository cases;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final AsApplication asApplication;
    private final CaseTimeline timeline;
    private final Notices notices;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final People people;
    private final Words words;

    Reassignment(CaseloadService caseload, TeamRoles teamRoles, CaseRepository cases, TaskService taskService,
            RuntimeService runtimeService, AsApplication asApplication, CaseTimeline timeline, Notices notices,
            CurrentUser currentUser, AuditLog auditLog, People people, Words words) {
        this.people = people;
        this.words = words;
        this.auditLog = auditLog;
        this.caseload = caseload;
        this.teamRoles = teamRoles;
        this.cases = cases;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.asApplication = asApplication;
        this.timeline = timeline;
        this.notices = notices;
        this.currentUser = currentUser;
    }

    @Transactional
    public void reassign(ReassignRequest request) {
        if (request.tasks().isEmpty() && request.cases().isEmpty()) {
            throw new TaskValidationException(List.of(new FieldError("taskIds",
                    words.text("handOver.error.nothingChosen"))));
        }
        String to = request.to().strip();
        Map<Task, CareCase> tasks = new LinkedHashMap<>();
        for (String taskId : request.tasks()) {
            Task task = asApplication.run(() -> taskService.createTaskQuery().taskId(taskId).singleResult());
            if (task == null || task.getProcessInstanceId() == null) {
                throw new TaskValidationException(List.of(new FieldError("taskIds",
                        words.text("handOver.error.noTask", taskId))));
            }
            tasks.put(task, caseOf(task.getProcessInstanceId(), "taskIds"));
        }
        List<CareCase> wholeCases = new ArrayList<>();
        for (String caseNumber : request.cases()) {
            CareCase careCase = cases.findByCaseNumber(caseNumber).filter(c -> !c.isClosed()).orElseThrow(() ->
                    new TaskValidationException(List.of(new FieldError("caseNumbers",
                            words.text("handOver.error.noCase", caseNumber)))));
            wholeCases.add(careCase);
        }
        List<CareCase> all = new ArrayList<>(tasks.values());
        all.addAll(wholeCases);
        all.forEach(careCase -> teamRoles.checkSupervises(careCase.getTeam()));
        for (CareCase careCase : all) {
            if (!caseload.coordinatorsOf(careCase.getTeam()).contains(to)) {
                throw new TaskValidationException(List.of(new FieldError("to",
                        words.text("handOver.error.notInTeam", people.fullName(to),
                                people.teamName(careCase.getTeam())))));
            }
        }
        String reason = request.reason().strip();
        tasks.forEach((task, careCase) -> handOverTask(task, careCase, to, reason));
        wholeCases.forEach(careCase -> handOverCase(careCase, to, reason));
        log.info("{} handed {} task(s) and {} case(s) to {}", currentUser.id(), tasks.size(), wholeCases.size(), to);
    }

    private void handOverTask(Task task, CareCase careCase, String to, String reason) {
        asApplication.run(() -> {
            taskService.setAssignee(task.getId(), to);
            return null;
        });
        timeline.record(careCase, TimelineKind.REASSIGNED, "timeline.handOver.task", task, person(to),
                person(currentUser.id()), reason);
        notices.send(to, careCase.getCaseNumber(), task.getId(), TimelineText.of("notice.handOver.task",
                task, person(to), person(currentUser.id()), reason));
        auditLog.record(AuditAction.REASSIGN, careCase.getCaseNumber(), "task " + task.getId() + " to " + to,
                AuditEvent.SUCCESS);
    }

    private void handOverCase(CareCase careCase, String to, String reason) {
        String previous = careCase.getOwner();
        careCase.setOwner(to);
        asApplication.run(() -> {
            runtimeService.setVariable(careCase.getProcessInstanceId(), Variables.OWNER, to);
            taskService.createTaskQuery().processInstanceId(careCase.getProcessInstanceId()).list().stream()
                    .filter(task -> task.getAssignee() != null && task.getAssignee().equals(previous))
                    .forEach(task -> taskService.setAssignee(task.getId(), to));
            return null;
        });
        timeline.record(careCase, TimelineKind.REASSIGNED, "timeline.handOver.case",
                previous == null ? label("timeline", "teamQueue") : person(previous), person(to),
                person(currentUser.id()), reason);
        notices.send(to, careCase.getCaseNumber(), null, TimelineText.of("notice.handOver.case",
                previous == null ? label("timeline", "teamQueue") : person(previous), person(to),
                person(currentUser.id()), reason));
        auditLog.record(AuditAction.REASSIGN, careCase.getCaseNumber(), "case to " + to, AuditEvent.SUCCESS);
    }

    private CareCase caseOf(String processInstanceId, String field) {
        return cases.findByProcessInstanceIdIn(List.of(processInstanceId)).stream().findFirst()
                .orElseThrow(() -> new TaskValidationException(List.of(new FieldError(field,
                        words.text("handOver.error.notACaseTask")))));
    }
}
