package org.casecoordination.tasklist.readmodel;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.processes.AsApplication;
import org.springframework.stereotype.Component;

/** The rows the read model should hold, worked out from the engine's open tasks: for rebuild and for the check. */
@Component
class EngineTaskRows {

    private static final int BATCH = 1_000;

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final CaseRepository cases;
    private final AsApplication asApplication;

    EngineTaskRows(TaskService taskService, RuntimeService runtimeService, CaseRepository cases,
            AsApplication asApplication) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.cases = cases;
        this.asApplication = asApplication;
    }

    /** By task id. Tasks of no case (none in this app's processes) are not on the list. */
    Map<String, TaskListRow> rows() {
        return asApplication.run(() -> {
            Map<String, TaskListRow> rows = new LinkedHashMap<>();
            for (int first = 0; ; first += BATCH) {
                List<Task> tasks = taskService.createTaskQuery().orderByTaskId().asc().listPage(first, BATCH);
                addRows(tasks, rows);
                if (tasks.size() < BATCH) {
                    return rows;
                }
            }
        });
    }

    /** The rows of these process instances' open tasks (their case's own instance, as tasks of cases are). */
    Map<String, TaskListRow> rowsOf(Collection<String> processInstanceIds) {
        Map<String, TaskListRow> rows = new LinkedHashMap<>();
        if (processInstanceIds.isEmpty()) {
            return rows;
        }
        return asApplication.run(() -> {
            addRows(taskService.createTaskQuery().processInstanceIdIn(processInstanceIds.toArray(String[]::new))
                    .list(), rows);
            return rows;
        });
    }

    /**
     * A task belongs to the case its process instance's business key names, as in TaskListSync: the case's own
     * instance and the service arrangements it called alike.
     */
    private void addRows(List<Task> tasks, Map<String, TaskListRow> rows) {
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).filter(id -> id != null)
                .collect(Collectors.toSet());
        Map<String, String> caseNumberByInstance = instanceIds.isEmpty() ? Map.of()
                : runtimeService.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                        .filter(instance -> instance.getBusinessKey() != null)
                        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        Map<String, CareCase> caseByNumber = cases.findByCaseNumberIn(Set.copyOf(caseNumberByInstance.values()))
                .stream().collect(Collectors.toMap(CareCase::getCaseNumber, Function.identity()));
        for (Task task : tasks) {
            String caseNumber = caseNumberByInstance.get(task.getProcessInstanceId());
            CareCase careCase = caseNumber == null ? null : caseByNumber.get(caseNumber);
            if (careCase != null) {
                rows.put(task.getId(), TaskListRow.of(
                        TaskFacts.of(task, taskService.getIdentityLinksForTask(task.getId())),
                        CaseFacts.of(careCase)));
            }
        }
    }

    static Map<String, Long> counts(Iterable<TaskListRow> rows) {
        Map<String, Long> counts = new java.util.HashMap<>();
        rows.forEach(row -> {
            if (row.listKey() != null) {
                counts.merge(row.listKey(), 1L, Long::sum);
            }
        });
        return counts;
    }
}
