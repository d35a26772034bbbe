package org.casecoordination.tasklist.readmodel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.casecoordination.casefile.Acuity;
import org.casecoordination.processes.CaseStage;
import org.casecoordination.tasklist.TaskAlert;
import org.casecoordination.security.Groups;

/**
 * One row of the task list read model: an open task with the case facts the list shows, filters and sorts on.
 * Built the same way from a live task event and from the engine's state, so that sync, rebuild and the
 * consistency check agree on what a row should be.
 */
public record TaskListRow(String taskId, String taskName, String taskDefinitionKey, String processInstanceId,
        long caseId, String caseNumber, String clientName, String nameKey, String team, String candidateGroup,
        String assignee, String owner, String listKey, CaseStage stage, Acuity acuity, Instant dueDate,
        int priority, Instant createdAt, int alertRank) {

    public static TaskListRow of(TaskFacts task, CaseFacts careCase) {
        // a supervisors' task stays the supervisors' even if an older diagram also offered it to the team
        String group = task.candidateGroups().contains(Groups.SUPERVISORS) ? Groups.SUPERVISORS
                : task.candidateGroups().contains(careCase.team()) ? careCase.team()
                : task.candidateGroups().stream().sorted().findFirst().orElse(null);
        return new TaskListRow(task.id(), task.name(), task.taskDefinitionKey(), task.processInstanceId(),
                careCase.id(), careCase.caseNumber(), careCase.clientName(), careCase.nameKey(), careCase.team(),
                group, task.assignee(), careCase.owner(), ListKeys.of(task.assignee(), group, careCase.team()),
                careCase.stage(), careCase.acuity(), task.dueDate(), task.priority(), task.createdAt(),
                Math.max(TaskAlert.rankOfTask(task.taskDefinitionKey()), careCase.alertRank()));
    }

    /** "LAST FIRST" in upper case: the search matches its start. */
    public static String nameKey(String lastName, String firstName) {
        return searchable(lastName + " " + firstName);
    }

    public static String searchable(String text) {
        return text.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    /** 0 when not assessed yet, so that "most acute first" is one descending sort. */
    public int acuityRank() {
        return rankOf(acuity);
    }

    public static int rankOf(Acuity acuity) {
        return acuity == null ? 0 : acuity.ordinal() + 1;
    }

    /** Red, with its badge, and first in every sort; null for an ordinary row. */
    public TaskAlert alert() {
        return TaskAlert.ofRank(alertRank);
    }

    /** The columns in which this row and the other differ, by name; no values (they may be a client's). */
    public List<String> differencesFrom(TaskListRow other) {
        List<String> fields = new ArrayList<>();
        compare(fields, "task_name", taskName, other.taskName);
        compare(fields, "task_definition_key", taskDefinitionKey, other.taskDefinitionKey);
        compare(fields, "process_instance_id", processInstanceId, other.processInstanceId);
        compare(fields, "case_id", caseId, other.caseId);
        compare(fields, "case_number", caseNumber, other.caseNumber);
        compare(fields, "client_name", clientName, other.clientName);
        compare(fields, "name_key", nameKey, other.nameKey);
        compare(fields, "team", team, other.team);
        compare(fields, "candidate_group", candidateGroup, other.candidateGroup);
        compare(fields, "assignee", assignee, other.assignee);
        compare(fields, "owner", owner, other.owner);
        compare(fields, "list_key", listKey, other.listKey);
        compare(fields, "stage", stage, other.stage);
        compare(fields, "acuity", acuity, other.acuity);
        compare(fields, "due_date", dueDate, other.dueDate);
        compare(fields, "priority", priority, other.priority);
        compare(fields, "created_at", createdAt, other.createdAt);
        compare(fields, "alert_rank", alertRank, other.alertRank);
        return fields;
    }

    private static void compare(List<String> fields, String name, Object mine, Object theirs) {
        if (!Objects.equals(mine, theirs)) {
            fields.add(name);
        }
    }
}
