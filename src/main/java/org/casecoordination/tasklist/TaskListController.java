package org.casecoordination.tasklist;

import java.util.List;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.audit.AuditLog;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The coordinator's home: "My tasks" and the "Team queue". */
@Controller
class TaskListController {

    static final String VIEW = "tasks/list";

    private final TaskListQuery taskList;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    TaskListController(TaskListQuery taskList, CurrentUser currentUser, AuditLog auditLog) {
        this.taskList = taskList;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/tasks";
    }

    @GetMapping("/tasks")
    String list(@RequestParam(defaultValue = "mine") String view, @RequestParam(defaultValue = "0") int page,
            Model model) {
        boolean team = "team".equals(view);
        int safePage = Math.max(page, 0);
        String me = currentUser.id();
        List<String> groups = currentUser.groups();
        Page<TaskRow> tasks = team ? taskList.teamQueue(groups, safePage) : taskList.myTasks(me, safePage);
        // the rows show clients' names: one audit row naming the cases on this page (security/audit)
        auditLog.recordListView("Task list " + (team ? "team queue" : "my tasks") + " page " + (safePage + 1),
                tasks.getContent().stream().map(TaskRow::caseNumber).toList());
        model.addAttribute("view", team ? "team" : "mine");
        model.addAttribute("tasks", tasks);
        // the open tab's count comes with its page; only the other tab is counted separately
        model.addAttribute("mineCount", team ? taskList.countMine(me) : tasks.getTotalElements());
        model.addAttribute("teamCount", team ? tasks.getTotalElements() : taskList.countTeamQueue(groups));
        return VIEW;
    }
}
