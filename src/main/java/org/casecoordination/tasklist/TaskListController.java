package org.casecoordination.tasklist;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.casecoordination.casefile.Acuity;
import org.casecoordination.processes.CaseStage;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.Groups;
import org.casecoordination.security.audit.AuditLog;
import org.casecoordination.system.Words;
import org.casecoordination.tasklist.readmodel.TaskListFilter;
import org.casecoordination.tasklist.readmodel.TaskListSort;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The coordinator's home: "My tasks" and the "Team queue", searchable, filterable and sortable; for supervisors also
 * "Approvals", the supervisors' queue of their teams.
 */
@Controller
class TaskListController {

    static final String VIEW = "tasks/list";
    private static final Map<String, String> AUDITED_VIEWS = Map.of("mine", "my tasks", "team", "team queue",
            "approvals", "approvals");
    /** Bootstrap's colour of each acuity's badge (was a chain of comparisons evaluated on every row). */
    private static final Map<Acuity, String> ACUITY_BADGES = new EnumMap<>(Map.of(Acuity.CRITICAL, "text-bg-danger",
            Acuity.HIGH, "text-bg-warning", Acuity.MODERATE, "text-bg-info", Acuity.LOW, "text-bg-light"));

    private final TaskListQuery taskList;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Words words;

    TaskListController(TaskListQuery taskList, CurrentUser currentUser, AuditLog auditLog, Words words) {
        this.taskList = taskList;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.words = words;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/tasks";
    }

    @GetMapping("/tasks")
    String list(@RequestParam(defaultValue = "mine") String view, @RequestParam(defaultValue = "0") int page,
            @ModelAttribute("filter") TaskListFilterForm form, Model model) {
        int safePage = Math.max(page, 0);
        String me = currentUser.id();
        List<String> groups = currentUser.groups();
        List<String> teams = currentUser.teams();
        boolean supervisor = groups.contains(Groups.SUPERVISORS);
        String shown = "team".equals(view) || ("approvals".equals(view) && supervisor) ? view : "mine";
        TaskListFilter filter = form.toFilter(words);
        Slice<TaskRow> tasks = switch (shown) {
            case "team" -> taskList.teamQueue(groups, teams, filter, safePage);
            case "approvals" -> taskList.approvals(groups, teams, filter, safePage);
            default -> taskList.myTasks(me, teams, filter, safePage);
        };
        // the rows show clients' names: one audit row naming the cases on this page (security/audit)
        auditLog.recordListView("Task list " + AUDITED_VIEWS.get(shown) + " page " + (safePage + 1),
                tasks.getContent().stream().map(TaskRow::caseNumber).toList());
        model.addAttribute("view", shown);
        model.addAttribute("supervisor", supervisor);
        model.addAttribute("tasks", tasks);
        model.addAttribute("filtered", filter.narrows());
        // counters kept with the rows, the tabs' in one statement: no count over the queue per page view
        TaskListQuery.TabCounts counts = taskList.tabCounts(me, groups, teams, supervisor);
        model.addAttribute("mineCount", counts.mine());
        model.addAttribute("teamCount", counts.team());
        if (supervisor) {
            model.addAttribute("approvalsCount", counts.approvals());
        }
        model.addAttribute("stages", List.of(CaseStage.INTAKE, CaseStage.ASSESSMENT, CaseStage.SERVICE_ARRANGEMENT,
                CaseStage.FOLLOW_UP, CaseStage.CLOSURE));
        model.addAttribute("acuities", Acuity.values());
        // the rows' and the filter's labels looked up once per page, not once per row (docs/benchmarks.md,
        // "List pages: rendering cost (session 12)")
        model.addAttribute("stageWords", labels(CaseStage.class));
        model.addAttribute("acuityWords", labels(Acuity.class));
        model.addAttribute("acuityBadges", ACUITY_BADGES);
        model.addAttribute("sorts", TaskListSort.values());
        if (tasks.hasPrevious()) {
            model.addAttribute("previousPage", pageLink(view, form, tasks.getNumber() - 1));
        }
        if (tasks.hasNext()) {
            model.addAttribute("nextPage", pageLink(view, form, tasks.getNumber() + 1));
        }
        return VIEW;
    }

    /** Each code's words in the request's language ({@code acuity.HIGH}: High). */
    private <E extends Enum<E>> Map<E, String> labels(Class<E> codes) {
        Map<E, String> labels = new EnumMap<>(codes);
        for (E code : codes.getEnumConstants()) {
            labels.put(code, words.label(code));
        }
        return labels;
    }

    /** The same list, filter and sort on another page. */
    private static String pageLink(String view, TaskListFilterForm form, int page) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/tasks").queryParam("view", view)
                .queryParam("page", page);
        addIfSet(link, "q", form.getQ());
        addIfSet(link, "stage", form.getStage());
        addIfSet(link, "acuity", form.getAcuity());
        addIfSet(link, "sort", form.getSort());
        if (form.isOverdue()) {
            link.queryParam("overdue", true);
        }
        return link.encode().build().toUriString();
    }

    private static void addIfSet(UriComponentsBuilder link, String name, String value) {
        if (value != null && !value.isBlank()) {
            link.queryParam(name, value);
        }
    }
}
