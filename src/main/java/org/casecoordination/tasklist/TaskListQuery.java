package org.casecoordination.tasklist;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseAccess;
import org.casecoordination.casefile.CaseRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My tasks" and "Team queue", sorted by due date then age, a page at a time, with each task's case number and
 * client name read in one query per page. (The indexed read model for very large caseloads is issue #4.)
 */
@Service
public class TaskListQuery {

    public static final int PAGE_SIZE = 20;
    /** Far beyond any real queue; keeps page * size inside an int. */
    static final int MAX_PAGE = 100_000;

    private final TaskService taskService;
    private final CaseRepository cases;
    private final CaseAccess access;

    TaskListQuery(TaskService taskService, CaseRepository cases, CaseAccess access) {
        this.taskService = taskService;
        this.cases = cases;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public Page<TaskRow> myTasks(String userId, int page) {
        page = Math.min(page, MAX_PAGE);
        return page(taskService.createTaskQuery().taskAssignee(userId), page);
    }

    @Transactional(readOnly = true)
    public Page<TaskRow> teamQueue(List<String> groups, int page) {
        page = Math.min(page, MAX_PAGE);
        if (groups.isEmpty()) {
            return Page.empty(PageRequest.of(page, PAGE_SIZE));
        }
        return page(taskService.createTaskQuery().taskCandidateGroupIn(groups).taskUnassigned(), page);
    }

    public long countMine(String userId) {
        return taskService.createTaskQuery().taskAssignee(userId).count();
    }

    public long countTeamQueue(List<String> groups) {
        return groups.isEmpty() ? 0 : taskService.createTaskQuery().taskCandidateGroupIn(groups).taskUnassigned()
                .count();
    }

    private Page<TaskRow> page(TaskQuery query, int page) {
        long total = query.count();
        List<Task> tasks = query.orderByDueDate().asc().orderByTaskCreateTime().asc()
                .listPage(page * PAGE_SIZE, PAGE_SIZE);
        Map<String, CareCase> caseByInstance = cases.findByProcessInstanceIdIn(
                tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(CareCase::getProcessInstanceId, Function.identity()));
        // a task that reached someone outside the case's team shows no client to them (minimum necessary)
        List<TaskRow> rows = tasks.stream()
                .filter(task -> caseByInstance.get(task.getProcessInstanceId()) == null
                        || access.canSee(caseByInstance.get(task.getProcessInstanceId())))
                .map(task -> row(task, caseByInstance.get(task.getProcessInstanceId())))
                .toList();
        return new PageImpl<>(rows, PageRequest.of(page, PAGE_SIZE), total);
    }

    private static TaskRow row(Task task, CareCase careCase) {
        return new TaskRow(task.getId(), task.getName(), task.getTaskDefinitionKey(),
                careCase == null ? null : careCase.getCaseNumber(),
                careCase == null ? null : careCase.getClient().fullName(),
                task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                task.getPriority(), task.getAssignee());
    }
}
