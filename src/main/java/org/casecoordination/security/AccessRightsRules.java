package org.casecoordination.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * What a person logged in to one of Camunda's doors (Camunda Admin, /engine-rest, a Java call while the engine
 * knows the caller) may not do to access rights and memberships, whatever grants they hold: grant case data, let
 * anyone deploy or create batches that act on cases, or put themselves into a case role or team. Only
 * administrators hold AUTHORIZATION and GROUP_MEMBERSHIP permissions, so in practice these rules bind
 * administrators; they are checked for any logged-in person because nobody has a reason to do these things
 * through Camunda's doors. The app's own code calls the engine without a logged-in person and is not bound
 * (start-up grants, the app's user pages, which apply their own rules).
 */
final class AccessRightsRules {

    /** On process definitions, only what manages the definition itself; every other bit reaches its cases. */
    static final int DEFINITION_HARMLESS = bits(ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.UPDATE,
            ProcessDefinitionPermissions.DELETE, ProcessDefinitionPermissions.SUSPEND,
            ProcessDefinitionPermissions.RETRY_JOB);
    /** On decision definitions READ_HISTORY reads the inputs of evaluated decisions: case variables. */
    static final int DECISION_HARMLESS = bits(Permissions.READ, Permissions.UPDATE, Permissions.DELETE);

    /**
     * Batches: watching, suspending, cancelling and their history, and retrying failed jobs. Not creating other
     * batches: a batch given a list of process instance ids acts on those cases (sets variables, deletes,
     * modifies, correlates messages) without the engine asking whether its creator may touch them.
     */
    static final int BATCH_HARMLESS = bits(BatchPermissions.READ, BatchPermissions.UPDATE, BatchPermissions.DELETE,
            BatchPermissions.READ_HISTORY, BatchPermissions.DELETE_HISTORY,
            BatchPermissions.CREATE_BATCH_SET_JOB_RETRIES, BatchPermissions.CREATE_BATCH_SET_EXTERNAL_TASK_RETRIES);

    static final String CASE_DATA_REFUSED = "Access rights to case data (tasks, process instances, their history "
            + "and the operation log) cannot be granted through Camunda. Camunda gives each task to its assignee "
            + "and team itself; an administrator opens a client's record only through the app's emergency access.";
    static final String DEFINITION_REFUSED = "On process definitions only READ, UPDATE, DELETE, SUSPEND and "
            + "RETRY_JOB can be granted through Camunda. The other permissions (such as READ_INSTANCE, READ_TASK, "
            + "READ_HISTORY, the variable permissions, or ALL) open the cases started from the definition.";
    static final String DECISION_REFUSED = "On decision definitions only READ, UPDATE and DELETE can be granted "
            + "through Camunda. The history of a decision holds the case data it was evaluated with.";
    static final String BATCH_REFUSED = "On batches only READ, UPDATE, DELETE, READ_HISTORY, DELETE_HISTORY and "
            + "the retry batches can be granted through Camunda. Other batches act on the cases they are given "
            + "without checking that their creator may touch them.";
    static final String DEPLOY_REFUSED = "Deploying cannot be granted through Camunda. Analysts deploy new process "
            + "versions in the app.";
    static final String SELF_MEMBERSHIP_REFUSED = "You cannot put yourself into a case role or team "
            + "(coordinators, supervisors, team-...). An administrator opens a client's record only through the "
            + "app's emergency access.";
    static final String UNREADABLE = "This change cannot be checked, so it is refused. Make it in the app.";

    /**
     * Why saving this authorization is refused, or empty. {@code permissions} is the stored bit field: for GRANT
     * and GLOBAL the granted bits (ALL is every bit), for REVOKE the bits left after revoking, which never grants.
     */
    static Optional<String> refusal(int authorizationType, Integer resourceType, int permissions) {
        if (authorizationType == AUTH_TYPE_REVOKE || permissions == Permissions.NONE.getValue()
                || resourceType == null) {
            return Optional.empty(); // a revocation or an empty grant opens nothing; no resource: the engine refuses
        }
        Optional<Resources> resource = resource(resourceType);
        if (resource.isEmpty()) {
            return Optional.empty(); // not a resource this engine knows: the engine refuses it itself
        }
        if (EngineAuthorizationGrants.CASE_DATA.contains(resource.get())) {
            return Optional.of(CASE_DATA_REFUSED);
        }
        return switch (resource.get()) {
            case PROCESS_DEFINITION -> beyond(permissions, DEFINITION_HARMLESS, DEFINITION_REFUSED);
            case DECISION_DEFINITION -> beyond(permissions, DECISION_HARMLESS, DECISION_REFUSED);
            case BATCH -> beyond(permissions, BATCH_HARMLESS, BATCH_REFUSED);
            case DEPLOYMENT -> (permissions & Permissions.CREATE.getValue()) != 0 ? Optional.of(DEPLOY_REFUSED)
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** Why adding this membership is refused, or empty: nobody puts themselves into a case role or team. */
    static Optional<String> membershipRefusal(String actor, String userId, String groupId) {
        if (actor == null || userId == null || groupId == null || !actor.equalsIgnoreCase(userId)) {
            return Optional.empty();
        }
        return worksCases(groupId) ? Optional.of(SELF_MEMBERSHIP_REFUSED) : Optional.empty();
    }

    static boolean worksCases(String groupId) {
        String group = groupId.toLowerCase(Locale.ROOT);
        return group.equals(Groups.COORDINATORS) || group.equals(Groups.SUPERVISORS) || Groups.isTeam(group);
    }

    static Optional<Resources> resource(int resourceType) {
        return Arrays.stream(Resources.values()).filter(resource -> resource.resourceType() == resourceType)
                .findFirst();
    }

    /** Any bit outside the harmless ones, including bits no permission names yet (ALL sets them all). */
    private static Optional<String> beyond(int permissions, int harmless, String refusal) {
        return (permissions & ~harmless) != 0 ? Optional.of(refusal) : Optional.empty();
    }

    private static int bits(Permission... permissions) {
        int bits = 0;
        for (Permission permission : permissions) {
            bits |= permission.getValue();
        }
        return bits;
    }

    private AccessRightsRules() {
    }
}
