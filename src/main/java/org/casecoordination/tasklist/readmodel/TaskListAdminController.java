package org.casecoordination.tasklist.readmodel;

import java.time.Duration;
import org.casecoordination.security.AllowedGroups;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.Groups;
import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.security.audit.AuditEvent;
import org.casecoordination.security.audit.AuditLog;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators compare the task list with the engine and rebuild it. Both are audited; no client data shows.
 * The rebuild takes minutes at scale: the page first says how long and what happens meanwhile, then runs it in
 * the background ({@link TaskListRebuild}) and shows how it goes.
 */
@Controller
@AllowedGroups(value = Groups.ADMINS, because = "refusal.adminsOnly.taskList")
class TaskListAdminController {

    static final String VIEW = "admin/task-list";
    private static final String PATH = "/admin/task-list";

    private final TaskListMaintenance maintenance;
    private final TaskListRebuild rebuild;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final MessageSource messages;

    TaskListAdminController(TaskListMaintenance maintenance, TaskListRebuild rebuild, CurrentUser currentUser,
            AuditLog auditLog, MessageSource messages) {
        this.maintenance = maintenance;
        this.rebuild = rebuild;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String show(Model model) {
        model.addAttribute("rebuild", rebuild.last());
        return VIEW;
    }

    @PostMapping(PATH + "/check")
    String check(Model model) {
        ConsistencyReport report = maintenance.check();
        auditLog.record(AuditAction.ADMINISTRATION, null, PATH + "/check", AuditEvent.SUCCESS);
        model.addAttribute("report", report);
        return show(model);
    }

    /** The question before a rebuild: how long it may take and what happens meanwhile. */
    @GetMapping(PATH + "/rebuild")
    String confirmRebuild(Model model) {
        long openTasks = rebuild.openTasks();
        Duration estimate = rebuild.estimate(openTasks);
        model.addAttribute("confirmRebuild", true);
        model.addAttribute("openTasks", openTasks);
        // whole minutes, rounded up; 0 reads "less than a minute"
        model.addAttribute("estimateMinutes", estimate.toSeconds() < 60 ? 0 : (estimate.toSeconds() + 59) / 60);
        return show(model);
    }

    @PostMapping(PATH + "/rebuild")
    String rebuild(@RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
        if (!confirmed) {
            return confirmRebuild(model);
        }
        if (rebuild.last() != null && rebuild.last().running()) {
            redirect.addFlashAttribute("error", text("taskListCheck.rebuild.alreadyRunning"));
            return "redirect:" + PATH;
        }
        // audited first: a rebuild that cannot be audited does not happen
        auditLog.record(AuditAction.ADMINISTRATION, null, PATH + "/rebuild", AuditEvent.SUCCESS);
        if (!rebuild.start(currentUser.id())) {
            redirect.addFlashAttribute("error", text("taskListCheck.rebuild.alreadyRunning"));
            return "redirect:" + PATH;
        }
        redirect.addFlashAttribute("message", text("taskListCheck.rebuild.started"));
        return "redirect:" + PATH;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
