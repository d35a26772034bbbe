package org.casecoordination.processes;

import java.util.List;
import org.casecoordination.security.AccessRefusedException;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.Groups;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Seeing, comparing and migrating process versions is for process analysts and administrators; deploying them is
 * for process analysts only, on every path (the Processes page, the API, Camunda Modeler through the engine API).
 */
@Component
public class AnalystAccess {

    /** Why an administrator's deployment is refused, and where it happens instead: a message key. */
    public static final String ADMINS_DO_NOT_DEPLOY = "processes.adminsDoNotDeploy";
    /** Why anyone else's deployment is refused: a message key. */
    public static final String ANALYSTS_DEPLOY = "refusal.processes.analystsDeploy";

    private final CurrentUser currentUser;
    private final MessageSource messages;

    public AnalystAccess(CurrentUser currentUser, MessageSource messages) {
        this.currentUser = currentUser;
        this.messages = messages;
    }

    public boolean isAnalystOrAdmin() {
        return currentUser.groups().contains(Groups.ANALYSTS) || currentUser.groups().contains(Groups.ADMINS);
    }

    public boolean isAnalyst() {
        return currentUser.groups().contains(Groups.ANALYSTS);
    }

    /** @return who is acting, for the record of migrations */
    public String check() {
        if (!isAnalystOrAdmin()) {
            throw new AccessRefusedException(messages, "refusal.processes.analystsAndAdmins");
        }
        return currentUser.id();
    }

    /** @return who is deploying, for the record of deployments */
    public String checkDeployer() {
        String refusal = deployRefusal(currentUser.groups());
        if (refusal != null) {
            throw new AccessRefusedException(messages, refusal);
        }
        return currentUser.id();
    }

    /** Null when someone in these groups may deploy, otherwise the message key of the reason they may not. */
    public static String deployRefusal(List<String> groups) {
        if (groups.contains(Groups.ANALYSTS)) {
            return null;
        }
        return groups.contains(Groups.ADMINS) ? ADMINS_DO_NOT_DEPLOY : ANALYSTS_DEPLOY;
    }
}
