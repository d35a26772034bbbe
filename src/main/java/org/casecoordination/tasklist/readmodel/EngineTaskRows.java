package org.casecoordination.tasklist.readmodel;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.processes.ProcessInstancesById;
import org.casecoordination.security.AsApplication;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The rows the read model should hold, worked out from the engine's open tasks: for rebuild and for the check. */
@Component
class EngineTaskRows {

    private static final int BATCH = 1_000;

    private final TaskService taskService;
    private final ProcessInstancesById instancesById;
    private final CaseRepository cases;
    private final AsApplication asApplication;
    private final NamedParameterJdbcTemplate jdbc;
    private final ManagementService managementService;
    private final TaskListTable table;

    EngineTaskRows(TaskService taskService, ProcessInstancesById instancesById, CaseRepository cases,
            AsApplication asApplication, NamedParameterJdbcTemplate jdbc, ManagementService managementService,
            TaskListTable table) {
        this.table = table;
        this.jdbc = jdbc;
        this.managementService = managementService;
        this.taskService = taskService;
        this.instancesById = instancesById;
        this.cases = cases;
        this.asApplication = asApplication;
    }

    /** By task id. Tasks of no case (none in this app's processes) are not on the list. */
    Map<String, TaskListRow> rows() {
        return asApplication.run(() -> {
            Map<String, TaskListRow> rows = new LinkedHashMap<>();
            // pages by key (after the last id), not by offset: TaskQuery's listPage sorts every open task again for
            // each page, which made a check of 100,000 open tasks take minutes
            String taskTable = managementService.getTableName(Task.class);
            String after = "";
            while (true) {
                List<Task> tasks = taskService.createNativeTaskQuery()
                        .sql("select RES.* from " + taskTable + " RES where RES.ID_ > #{after} order by RES.ID_")
                        .parameter("after", after).listPage(0, BATCH);
                addRows(tasks, rows);
                if (tasks.size() < BATCH) {
                    return rows;
                }
                after = tasks.get(tasks.size() - 1).getId();
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
                // by primary key, not a process instance query: on H2 that one read every open instance per batch
                : instancesById.of(instanceIds).values().stream().filter(instance -> instance.businessKey() != null)
                        .collect(Collectors.toMap(ProcessInstancesById.Instance::id,
                                ProcessInstancesById.Instance::businessKey));
        Map<String, CareCase> caseByNumber = cases.findByCaseNumberIn(Set.copyOf(caseNumberByInstance.values()))
                .stream().collect(Collectors.toMap(CareCase::getCaseNumber, Function.identity()));
        Map<String, Set<String>> candidateGroups = candidateGroupsOf(tasks);
        Map<Long, Integer> alertRanks = table.caseAlertRanks(caseByNumber.values().stream().map(CareCase::getId)
                .toList());
        for (Task task : tasks) {
            String caseNumber = caseNumberByInstance.get(task.getProcessInstanceId());
            CareCase careCase = caseNumber == null ? null : caseByNumber.get(caseNumber);
            if (careCase != null) {
                rows.put(task.getId(), TaskListRow.of(
                        TaskFacts.of(task, candidateGroups.getOrDefault(task.getId(), Set.of())),
                        CaseFacts.of(careCase, alertRanks.getOrDefault(careCase.getId(), 0))));
            }
        }
    }

    /**
     * The candidate groups of a batch of tasks in one read of the engine's identity links. The engine's API has
     * only a lookup per task (a command and a transaction each), which made a check of 100,000 open tasks take
     * minutes; this reads the same runtime table the API reads, nothing else.
     */
    private Map<String, Set<String>> candidateGroupsOf(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return Map.of();
        }
        Map<String, Set<String>> groups = new java.util.HashMap<>();
        jdbc.query("select TASK_ID_, GROUP_ID_ from ACT_RU_IDENTITYLINK where TYPE_ = :type"
                        + " and GROUP_ID_ is not null and TASK_ID_ in (:taskIds)",
                Map.of("type", IdentityLinkType.CANDIDATE, "taskIds", tasks.stream().map(Task::getId).toList()),
                (RowCallbackHandler) row -> groups.computeIfAbsent(row.getString(1), id -> new java.util.TreeSet<>())
                        .add(row.getString(2)));
        return groups;
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
