package org.casecoordination.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE;

import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;

/** The rules alone: which grants and memberships nobody logged in to Camunda's doors may make. */
class AccessRightsRulesTests {

    private static final int ALL = Permissions.ALL.getValue();

    @Test
    void anyGrantOnCaseDataIsRefused() {
        for (Resources resource : EngineAuthorizationGrants.CASE_DATA) {
            assertThat(AccessRightsRules.refusal(AUTH_TYPE_GRANT, resource.resourceType(), 2)).as(resource.name())
                    .contains(AccessRightsRules.CASE_DATA_REFUSED);
            assertThat(AccessRightsRules.refusal(AUTH_TYPE_GLOBAL, resource.resourceType(), ALL)).isPresent();
        }
    }

    @Test
    void revocationsAndEmptyGrantsOpenNothing() {
        int task = Resources.TASK.resourceType();
        assertThat(AccessRightsRules.refusal(AUTH_TYPE_REVOKE, task, ALL & ~2)).isEmpty();
        assertThat(AccessRightsRules.refusal(AUTH_TYPE_GRANT, task, 0)).isEmpty();
    }

    @Test
    void onDefinitionsOnlyManagingPermissionsAreAllowed() {
        int definition = Resources.PROCESS_DEFINITION.resourceType();
        int managing = ProcessDefinitionPermissions.READ.getValue() | ProcessDefinitionPermissions.SUSPEND.getValue()
                | ProcessDefinitionPermissions.RETRY_JOB.getValue();
        assertThat(AccessRightsRules.refusal(AUTH_TYPE_GRANT, definition, managing)).isEmpty();
        for (ProcessDefinitionPermissions reaching : new ProcessDefinitionPermissions[] {
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.TASK_WORK, ProcessDefinitionPermissions.READ_HISTORY_VARIABLE,
                ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.UPDATE_HISTORY,
                ProcessDefinitionPermissions.ALL}) {
            assertThat(AccessRightsRules.refusal(AUTH_TYPE_GRANT, definition, managing | reaching.getValue()))
                    .as(reaching.name()).contains(AccessRightsRules.DEFINITION_REFUSED);
        }
        // a bit no permission names today (a later Camunda) counts as reaching cases
        assertThat(AccessRightsRules.refusal(AUTH_TYPE_GRANT, definition, 1 << 29)).isPresent();
        int decision = Resources.DECISION_DEFINITION.resourceType();
        assertThat(AccessRightsRules.refusal(AUTH_TYPE_GRANT, decision, Permissions.READ.getValue())).isEmpty();
        assertThat(AccessRightsRules.refusal(AUTH_TYPE_GRANT, decision, Permissions.READ_HISTORY.getValue()))
                .isPresent();
    }

    @Test
    void deployingIsNeverGrantedButReadingAndDeletingDeploymentsAre() {
        int deployment = Resources.DEPLOYMENT.resourceType();
        assertThat(AccessRightsRules.refusal(AUTH_TYPE_GRANT, deployment, Permissions.CREATE.getValue()))
                .contains(AccessRightsRules.DEPLOY_REFUSED);
        assertThat(AccessRightsRules.refusal(AUTH_TYPE_GRANT, deployment, ALL)).isPresent();
        assertThat(AccessRightsRules.refusal(AUTH_TYPE_GRANT, deployment,
                Permissions.READ.getValue() | Permissions.DELETE.getValue())).isEmpty();
        assertThat(AccessRightsRules.refusal(AUTH_TYPE_GRANT, Resources.FILTER.resourceType(), ALL)).isEmpty();
    }

    @Test
    void batchesThatActOnCasesAreNotGrantedButWatchingAndRetryingAre() {
        int batch = Resources.BATCH.resourceType();
        int watching = BatchPermissions.READ.getValue() | BatchPermissions.DELETE.getValue()
                | BatchPermissions.CREATE_BATCH_SET_JOB_RETRIES.getValue();
        assertThat(AccessRightsRules.refusal(AUTH_TYPE_GRANT, batch, watching)).isEmpty();
        for (BatchPermissions acting : new BatchPermissions[] {BatchPermissions.CREATE,
                BatchPermissions.CREATE_BATCH_SET_VARIABLES,
                BatchPermissions.CREATE_BATCH_DELETE_RUNNING_PROCESS_INSTANCES, BatchPermissions.ALL}) {
            assertThat(AccessRightsRules.refusal(AUTH_TYPE_GRANT, batch, acting.getValue())).as(acting.name())
                    .contains(AccessRightsRules.BATCH_REFUSED);
        }
    }

    @Test
    void nobodyPutsThemselvesIntoACaseRoleOrTeamButOthersMayBeAdded() {
        assertThat(AccessRightsRules.membershipRefusal("admin", "admin", "team-north")).isPresent();
        assertThat(AccessRightsRules.membershipRefusal("admin", "Admin", "coordinators")).isPresent();
        assertThat(AccessRightsRules.membershipRefusal("admin", "admin", "supervisors")).isPresent();
        assertThat(AccessRightsRules.membershipRefusal("admin", "admin", "analysts")).isEmpty();
        assertThat(AccessRightsRules.membershipRefusal("admin", "cora", "team-south")).isEmpty();
    }
}
