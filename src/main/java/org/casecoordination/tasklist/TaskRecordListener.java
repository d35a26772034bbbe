package org.casecoordination.tasklist;

import static org.casecoordination.casefile.TimelineText.Words.person;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseAccess;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.processes.CaseStage;
import org.casecoordination.casefile.CaseTimeline;
import org.casecoordination.casefile.StageRecord;
import org.casecoordination.casefile.StageRecordRepository;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.forms.FormDefinition;
import org.casecoordination.processes.CaseLifecycleProcess.Variables;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.system.TransactionMemo;
import org.casecoordination.tasklist.prefill.ClientDetailChanges;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Whoever completes a case task (this app, Camunda's Tasklist, /engine-rest, the Java API), this listener checks
 * the values, writes them to the case record and keeps only the data contract as process variables, all in the
 * engine's transaction: a refused completion changes nothing, an accepted one changes record and process together.
 */
@Component
class TaskRecordListener {

    private final CaseRepository cases;
    private final StageRecordRepository records;
    private final CaseTimeline timeline;
    private final TaskFormCheck formCheck;
    private final CurrentUser currentUser;
    private final ObjectMapper json;
    private final CaseAccess access;
    private final CheckedCases checkedCases;
    private final ClientDetailChanges clientDetailChanges;
    /** Tasks created in this transaction whose first assignment (their default assignee) is still to come. */
    private final TransactionMemo<String, Boolean> createdWithoutAssignment = new TransactionMemo<>();

    TaskRecordListener(CaseRepository cases, StageRecordRepository records, CaseTimeline timeline,
            TaskFormCheck formCheck, CurrentUser currentUser, ObjectMapper json, CaseAccess access,
            CheckedCases checkedCases, ClientDetailChanges clientDetailChanges) {
        this.clientDetailChanges = clientDetailChanges;
        this.access = access;
        this.checkedCases = checkedCases;
        this.cases = cases;
        this.records = records;
        this.timeline = timeline;
        this.formCheck = formCheck;
        this.currentUser = currentUser;
        this.json = json;
    }

    // Task listeners here and elsewhere check the event in Java rather than in a SpEL condition: they run for
    // every event of every task, and a condition is evaluated by reflection each time.
    @EventListener
    public void onComplete(DelegateTask task) {
        if (!TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
            return;
        }
        CareCase careCase = checkedCases.of(task.getId()).orElseGet(() -> {
            CareCase found = caseOf(task);
            if (found != null) {
                access.checkCanSee(found); // whoever completes a case's task must be of its team, on every path
            }
            return found;
        });
        if (careCase == null) {
            return;
        }
        FormDefinition form = formCheck.formOf(task.getProcessDefinitionId(), task.getTaskDefinitionKey())
                .orElse(null);
        TaskFormCheck.Result check = formCheck.completionCheck(task.getId(), () -> formCheck.checkSubmitted(
                task.getProcessDefinitionId(), task.getTaskDefinitionKey(),
                form == null ? Map.of() : submittedValues(task, form)));
        if (!check.isValid()) {
            throw new TaskValidationException(check.errors());
        }
        String completedBy = currentUser.id().equals(CurrentUser.SYSTEM) && task.getAssignee() != null
                ? task.getAssignee() : currentUser.id();
        records.save(new StageRecord(careCase, task.getId(), task.getTaskDefinitionKey(), task.getName(),
                form == null ? null : form.id(), careCase.getStage(), toJson(recordContent(task, check)),
                completedBy));
        keepOnlyTheContract(task, form, check.values());
        formCheck.rulesFor(task.getTaskDefinitionKey()).ifPresent(rules -> rules
                .apply(new TaskCompletion(careCase, task, check.values(), completedBy)));
        clientDetailChanges.apply(careCase, task, form, check.values());
        timeline.record(careCase, TimelineKind.TASK_COMPLETED, "timeline.task.completed", task);
    }

    @EventListener
    public void onAssignment(DelegateTask task) {
        if (!TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
            return;
        }
        boolean firstSinceCreated = createdWithoutAssignment.get(task.getId(), id -> false);
        createdWithoutAssignment.put(task.getId(), false);
        if (task.getAssignee() != null && firstSinceCreated) {
            return; // created for its default assignee (the case owner): nobody handed anything over
        }
        CareCase careCase = caseOf(task);
        if (careCase == null || careCase.getStage() == CaseStage.CLOSED) {
            return;
        }
        String before = previousAssignee(task);
        if (task.getAssignee() == null) {
            timeline.record(careCase, TimelineKind.TASK_UNASSIGNED, SupervisorTasks.isForSupervisors(task.getCandidates())
                    ? "timeline.task.toSupervisorsQueue" : "timeline.task.toTeamQueue", task);
        } else if (before != null && task.getAssignee().equals(currentUser.id())) {
            timeline.record(careCase, TimelineKind.TASK_ASSIGNED, "timeline.task.takenOver", task,
                    person(task.getAssignee()), person(before));
        } else {
            timeline.record(careCase, TimelineKind.TASK_ASSIGNED, "timeline.task.assigned", task,
                    person(task.getAssignee()));
        }
    }

    /** The engine fires "create", then "assignment" for a task created with an assignee. */
    @EventListener
    @Order(TaskCreateOrder.RECORD)
    public void onCreate(DelegateTask task) {
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            createdWithoutAssignment.put(task.getId(), true);
        }
    }

    /** Who had the task before this assignment, when the engine tells (its task entity records the change). */
    private static String previousAssignee(DelegateTask task) {
        if (task instanceof TaskEntity entity) {
            PropertyChange change = entity.getPropertyChanges().get(TaskEntity.ASSIGNEE);
            return change == null || change.getOrgValue() == null ? null : change.getOrgValue().toString();
        }
        return null;
    }

    private CareCase caseOf(DelegateTask task) {
        if (task.getExecution() == null) {
            return null;
        }
        String businessKey = task.getExecution().getProcessBusinessKey();
        return businessKey == null ? null : cases.lookUp(businessKey).orElse(null);
    }

    private static Map<String, Object> submittedValues(DelegateTask task, FormDefinition form) {
        Map<String, Object> values = new java.util.HashMap<>();
        form.fields().forEach(field -> {
            Object value = task.getVariableTyped(field.key());
            if (value != null) {
                values.put(field.key(), value);
            }
        });
        return values;
    }

    /** What was entered, and for one of several parallel arrangements, which service it was for. */
    private static Map<String, Object> recordContent(DelegateTask task, TaskFormCheck.Result check) {
        Object serviceType = task.getVariable(Variables.SERVICE_TYPE);
        if (serviceType == null) {
            return check.values();
        }
        Map<String, Object> content = new java.util.LinkedHashMap<>();
        content.put(Variables.SERVICE_TYPE, serviceType);
        content.putAll(check.values());
        return content;
    }

    /** Contract values become plain Java values (a checklist from Tasklist arrives as Spin JSON); the rest goes. */
    private static void keepOnlyTheContract(DelegateTask task, FormDefinition form, Map<String, Object> values) {
        values.forEach((key, value) -> {
            if (Variables.isContract(key)) {
                task.getExecution().setVariable(key, value instanceof List<?> list ? new ArrayList<>(list) : value);
            }
        });
        if (form != null) {
            form.fields().stream().map(field -> field.key()).filter(key -> !Variables.isContract(key))
                    .forEach(key -> {
                        task.removeVariableLocal(key);
                        task.getExecution().removeVariable(key);
                    });
        }
    }

    private String toJson(Map<String, Object> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the form values", e);
        }
    }

}
