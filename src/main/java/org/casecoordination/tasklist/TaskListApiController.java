package org.casecoordination.tasklist;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.casecoordination.forms.FieldError;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.Groups;
import org.casecoordination.security.audit.AuditLog;
import org.casecoordination.system.InvalidInputException;
import org.casecoordination.system.JsonApi;
import org.casecoordination.system.Words;
import org.casecoordination.tasklist.readmodel.TaskListFilter;
import org.springframework.data.domain.Slice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/tasks: "My tasks" and the "Team queue" as the /tasks page shows them, from the same read model with the
 * same search, filters, sort, pages of {@value TaskListQuery#PAGE_SIZE} and counters. Where the page shows a
 * value it does not know next to its field, the API answers 400 naming it. Like the page, each view is one
 * VIEW_LIST audit row naming the cases shown.
 */
@RestController
@JsonApi
class TaskListApiController {

    private final TaskListQuery taskList;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Words words;

    TaskListApiController(TaskListQuery taskList, CurrentUser currentUser, AuditLog auditLog,
            Words words) {
        this.words = words;
        this.taskList = taskList;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    record TaskView(String id, String name, String taskDefinitionKey, String caseNumber, String clientName,
            Instant created, Instant due, boolean overdue, int priority, String assignee, String stage,
            String acuity) {
        static TaskView of(TaskRow row) {
            return new TaskView(row.id(), row.name(), row.taskDefinitionKey(), row.caseNumber(), row.clientName(),
                    row.created(), row.due(), row.isOverdue(), row.priority(), row.assignee(),
                    row.stage() == null ? null : row.stage().name(), row.acuity() == null ? null : row.acuity().name());
        }
    }

    /** approvals: the supervisors' queue of my teams, null for anyone who is no supervisor. */
    record Counts(long mine, long team, Long approvals) {
    }

    record TaskListView(List<TaskView> tasks, int page, boolean hasNext, Counts counts) {
    }

    /**
     * @param view     mine (default), team, or approvals (supervisors)
     * @param page     from 0
     * @param q        a case number (CC-2026-000123) or the start of the client's name, last name first
     * @param stage    INTAKE, ASSESSMENT, SERVICE_ARRANGEMENT, FOLLOW_UP or CLOSURE
     * @param acuity   the case's acuity
     * @param sort     DUE (default), PRIORITY or ACUITY
     * @param overdue  true: only tasks past their due date
     */
    @GetMapping("/api/tasks")
    @Operation(summary = "My tasks or the team queue, a page of 20 at a time, with both lists' counts",
            description = "The /tasks page's lists from the same read model: the same search, filters, sort and "
                    + "pages. Each call is one VIEW_LIST audit row naming the cases shown.")
    TaskListView list(
            @Parameter(description = "mine (tasks assigned to me), team (unassigned tasks offered to my groups) or, "
                    + "for supervisors, approvals (unassigned tasks only supervisors of my teams may complete)")
            @RequestParam(defaultValue = "mine") String view,
            @Parameter(description = "From 0 to 1000; hasNext says whether there is another")
            @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "A case number (CC-2026-000123) or the start of the client's name, last name "
                    + "first (Miller, Miller Jo); at most 100 characters")
            @RequestParam(required = false) String q,
            @Parameter(description = "INTAKE, ASSESSMENT, SERVICE_ARRANGEMENT, FOLLOW_UP or CLOSURE")
            @RequestParam(required = false) String stage,
            @Parameter(description = "LOW, MODERATE, HIGH or CRITICAL")
            @RequestParam(required = false) String acuity,
            @Parameter(description = "DUE (default: due date, then created), PRIORITY or ACUITY")
            @RequestParam(required = false) String sort,
            @Parameter(description = "true: only tasks past their due date")
            @RequestParam(defaultValue = "false") boolean overdue) {
        List<FieldError> errors = new ArrayList<>();
        List<String> groups = currentUser.groups();
        boolean supervisor = groups.contains(Groups.SUPERVISORS);
        if (!"mine".equals(view) && !"team".equals(view) && !("approvals".equals(view) && supervisor)) {
            errors.add(new FieldError("view", words.text(supervisor ? "taskListApi.error.viewSupervisor"
                    : "taskListApi.error.view")));
        }
        if (page < 0 || page > TaskListQuery.MAX_PAGE) {
            errors.add(new FieldError("page", words.text("taskListApi.error.page", TaskListQuery.MAX_PAGE)));
        }
        TaskListFilterForm form = new TaskListFilterForm();
        form.setQ(q);
        form.setStage(stage);
        form.setAcuity(acuity);
        form.setSort(sort);
        form.setOverdue(overdue);
        TaskListFilter filter = form.toFilter(words);
        form.getErrors().forEach((field, message) -> errors.add(new FieldError(field, message)));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String me = currentUser.id();
        List<String> teams = currentUser.teams();
        Slice<TaskRow> tasks = switch (view) {
            case "team" -> taskList.teamQueue(groups, teams, filter, page);
            case "approvals" -> taskList.approvals(groups, teams, filter, page);
            default -> taskList.myTasks(me, teams, filter, page);
        };
        // the rows carry clients' names: one audit row naming the cases on this page, as for the page
        String audited = switch (view) {
            case "team" -> "team queue";
            case "approvals" -> "approvals";
            default -> "my tasks";
        };
        auditLog.recordListView("API task list " + audited + " page " + (page + 1),
                tasks.getContent().stream().map(TaskRow::caseNumber).toList());
        TaskListQuery.TabCounts counts = taskList.tabCounts(me, groups, teams, supervisor);
        return new TaskListView(tasks.getContent().stream().map(TaskView::of).toList(), tasks.getNumber(),
                tasks.hasNext(), new Counts(counts.mine(), counts.team(), counts.approvals()));
    }
}
