package org.casecoordination.processes;

import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.Groups;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Deploying, comparing and migrating process versions is for process analysts and administrators. */
@Component
public class AnalystAccess {

    private final CurrentUser currentUser;

    public AnalystAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public boolean isAnalystOrAdmin() {
        return currentUser.groups().contains(Groups.ANALYSTS) || currentUser.groups().contains(Groups.ADMINS);
    }

    /** @return who is acting, for the record of deployments and migrations */
    public String check() {
        if (!isAnalystOrAdmin()) {
            throw new AccessDeniedException("Processes are changed by process analysts and administrators.");
        }
        return currentUser.id();
    }
}
