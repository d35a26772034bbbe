package org.casecoordination.tasklist.readmodel;

import org.casecoordination.security.AllowedGroups;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.Groups;
import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.security.audit.AuditEvent;
import org.casecoordination.security.audit.AuditLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators compare the task list with the engine and rebuild it. Both are audited; no client data shows. */
@Controller
@AllowedGroups(value = Groups.ADMINS, because = "Only administrators maintain the task list.")
class TaskListAdminController {

    static final String VIEW = "admin/task-list";
    private static final String PATH = "/admin/task-list";

    private final TaskListMaintenance maintenance;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    TaskListAdminController(TaskListMaintenance maintenance, CurrentUser currentUser, AuditLog auditLog) {
        this.maintenance = maintenance;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    @GetMapping(PATH)
    String show() {
        return VIEW;
    }

    @PostMapping(PATH + "/check")
    String check(Model model) {
        ConsistencyReport report = maintenance.check();
        auditLog.record(AuditAction.ADMINISTRATION, null, PATH + "/check", AuditEvent.SUCCESS);
        model.addAttribute("report", report);
        return VIEW;
    }

    @PostMapping(PATH + "/rebuild")
    String rebuild(RedirectAttributes redirect) {
        // audited first: a rebuild that cannot be audited does not happen
        auditLog.record(AuditAction.ADMINISTRATION, null, PATH + "/rebuild", AuditEvent.SUCCESS);
        int rows = maintenance.rebuild();
        redirect.addFlashAttribute("message", "Task list rebuilt from the engine: " + rows + " open tasks.");
        return "redirect:" + PATH;
    }
}
