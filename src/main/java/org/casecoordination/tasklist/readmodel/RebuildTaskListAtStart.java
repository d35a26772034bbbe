package org.casecoordination.tasklist.readmodel;

import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.security.audit.AuditEvent;
import org.casecoordination.security.audit.AuditLog;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --rebuild-task-list} on the command line rebuilds the task list from the engine at start, after the
 * processes are deployed, then the application runs as usual. For recovery when the pages are not reachable.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class RebuildTaskListAtStart implements ApplicationRunner {

    static final String OPTION = "rebuild-task-list";

    private final TaskListMaintenance maintenance;
    private final AuditLog auditLog;

    RebuildTaskListAtStart(TaskListMaintenance maintenance, AuditLog auditLog) {
        this.maintenance = maintenance;
        this.auditLog = auditLog;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption(OPTION)) {
            auditLog.record(AuditAction.ADMINISTRATION, null, "--" + OPTION, AuditEvent.SUCCESS);
            maintenance.rebuild();
        }
    }
}
