package org.casecoordination.tasklist.readmodel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
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
    private final CaseRepository cases;
    private final AsApplication asApplication;

    EngineTaskRows(TaskService taskService, CaseRepository cases, AsApplication asApplication) {
        this.taskService = taskService;
        this.cases = cases;
        this.asApplication = asApplication;
    }

    /** By task id. Tasks of no case (none in this app's processes) are not on the list. */
    Map<String, TaskListRow> rows() {
        return asApplication.run(() -> {
            Map<String, TaskListRow> rows = new LinkedHashMap<>();
            for (int first = 0; ; first += BATCH) {
                List<Task> tasks = taskService.createTaskQuery().orderByTaskId().asc().listPage(first, BATCH);
                Map<String, CareCase> caseByInstance = cases.findByProcessInstanceIdIn(tasks.stream()
                        .map(Task::getProcessInstanceId).filter(id -> id != null).collect(Collectors.toSet()))
                        .stream().collect(Collectors.toMap(CareCase::getProcessInstanceId, Function.identity()));
                for (Task task : tasks) {
                    CareCase careCase = caseByInstance.get(task.getProcessInstanceId());
                    if (careCase != null) {
                        rows.put(task.getId(), TaskListRow.of(
                                TaskFacts.of(task, taskService.getIdentityLinksForTask(task.getId())),
                                CaseFacts.of(careCase)));
                    }
                }
                if (tasks.size() < BATCH) {
                    return rows;
                }
            }
        });
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
