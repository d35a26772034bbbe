package org.casecoordination.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.CamundaWebappSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Administrators manage Camunda, but through no door of Camunda's (/engine-rest, /engine-rest/engine/{name},
 * Camunda Admin's /camunda/api/engine/...) can they grant case data, deploy, or put themselves into a case role or
 * team; every change of access rights and memberships is a row in the audit log, refused ones too.
 */
@ApplicationTest
class AdminAuthorizationGuardTests {

    private static final int PROCESS_INSTANCE = 8;
    private static final int PROCESS_DEFINITION = 6;
    private static final int FILTER = 5;
    private static final int DEPLOYMENT = 9;
    private static final int BATCH = 13;

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    IdentityService identityService;
    @Autowired
    MockMvc mvc;

    @Test
    void anAdministratorCannotGrantThemselvesProcessInstancesThroughTheEngineRestApi() {
        String id = unique();
        ResponseEntity<String> answer = send(HttpMethod.POST, "/engine-rest/authorization/create",
                grant("\"userId\": \"admin\"", PROCESS_INSTANCE, id, "ALL"));

        assertRefused(answer);
        assertThat(JsonPath.<String>read(answer.getBody(), "$.message")).contains("case data");
        assertThat(storedGrants(id)).isZero();
        assertThat(auditOutcomes("ACCESS_RIGHTS", "granted user admin ALL on process instance " + id))
                .containsExactly("403");
    }

    @Test
    void theNamedEnginePathIsGuardedToo() {
        String id = unique();
        assertRefused(send(HttpMethod.POST, "/engine-rest/engine/default/authorization/create",
                grant("\"groupId\": \"camunda-admin\"", PROCESS_INSTANCE, id, "READ")));
        assertThat(storedGrants(id)).isZero();
        assertThat(auditOutcomes("ACCESS_RIGHTS", "granted group camunda-admin READ on process instance " + id))
                .containsExactly("403");
    }

    @Test
    void camundaAdminIsGuardedToo() throws Exception {
        String id = unique();
        CamundaWebappSession camundaAdmin = CamundaWebappSession.login(port, "admin", "demo", "admin");

        HttpResponse<String> answer = camundaAdmin.postJson(
                "/camunda/api/engine/engine/default/authorization/create",
                grant("\"userId\": \"admin\"", PROCESS_INSTANCE, id, "ALL"));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
        assertThat(JsonPath.<String>read(answer.body(), "$.type")).isEqualTo("AuthorizationException");
        assertThat(storedGrants(id)).isZero();
        assertThat(auditOutcomes("ACCESS_RIGHTS", "process instance " + id)).containsExactly("403");

        HttpResponse<String> self = camundaAdmin.putJson(
                "/camunda/api/engine/engine/default/group/coordinators/members/admin", "");
        assertThat(self.statusCode()).as(self.body()).isEqualTo(403);
        assertThat(memberOf("admin")).doesNotContain(Groups.COORDINATORS);
    }

    @Test
    void aHarmlessGrantIsAllowedAndAuditedButCannotBeTurnedIntoACaseDataGrant() {
        String id = unique();
        ResponseEntity<String> created = send(HttpMethod.POST, "/engine-rest/authorization/create",
                grant("\"groupId\": \"coordinators\"", FILTER, id, "READ"));
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.OK);
        String authorizationId = JsonPath.read(created.getBody(), "$.id");
        assertThat(auditOutcomes("ACCESS_RIGHTS", "granted group coordinators READ on filter " + id))
                .containsExactly("SUCCESS");

        ResponseEntity<String> widened = send(HttpMethod.PUT, "/engine-rest/authorization/" + authorizationId,
                grant("\"groupId\": \"coordinators\"", PROCESS_INSTANCE, id, "ALL"));

        assertRefused(widened);
        Authorization stored = authorizationService.createAuthorizationQuery().authorizationId(authorizationId)
                .singleResult();
        assertThat(stored.getResourceType()).isEqualTo(FILTER);
        assertThat(auditOutcomes("ACCESS_RIGHTS", "changed access right " + authorizationId
                + " to: granted group coordinators ALL on process instance " + id)).containsExactly("403");

        ResponseEntity<String> removed = send(HttpMethod.DELETE, "/engine-rest/authorization/" + authorizationId,
                null);
        assertThat(removed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(auditOutcomes("ACCESS_RIGHTS", "removed access right " + authorizationId
                + " (granted group coordinators READ on filter " + id + ")")).containsExactly("SUCCESS");
    }

    @Test
    void definitionPermissionsThatReachCasesAreRefusedAndManagingOnesAllowed() {
        for (String permissions : List.of("READ_INSTANCE", "READ_TASK", "READ_HISTORY", "ALL")) {
            String id = unique();
            assertRefused(send(HttpMethod.POST, "/engine-rest/authorization/create",
                    grant("\"groupId\": \"analysts\"", PROCESS_DEFINITION, id, permissions)));
            assertThat(storedGrants(id)).as(permissions).isZero();
        }
        String deploy = unique();
        assertRefused(send(HttpMethod.POST, "/engine-rest/authorization/create",
                grant("\"userId\": \"admin\"", DEPLOYMENT, deploy, "CREATE")));
        assertThat(storedGrants(deploy)).isZero();
        String batch = unique();
        assertRefused(send(HttpMethod.POST, "/engine-rest/authorization/create",
                grant("\"userId\": \"admin\"", BATCH, batch, "CREATE_BATCH_SET_VARIABLES")));
        assertThat(storedGrants(batch)).isZero();

        String read = unique();
        ResponseEntity<String> readOnly = send(HttpMethod.POST, "/engine-rest/authorization/create",
                grant("\"groupId\": \"analysts\"", PROCESS_DEFINITION, read, "READ"));
        assertThat(readOnly.getStatusCode()).as(readOnly.getBody()).isEqualTo(HttpStatus.OK);
        authorizationService.deleteAuthorization(JsonPath.read(readOnly.getBody(), "$.id"));
    }

    @Test
    void anAdministratorCannotJoinATeamButAddsAndRemovesOthers() {
        ResponseEntity<String> self = send(HttpMethod.PUT, "/engine-rest/group/team-north/members/admin", null);
        assertRefused(self);
        assertThat(memberOf("admin")).doesNotContain("team-north");
        assertThat(auditOutcomes("ADMINISTRATION", "added admin to team-north")).contains("403");

        String someone = newUser();
        ResponseEntity<String> added = send(HttpMethod.PUT, "/engine-rest/group/team-south/members/" + someone,
                null);
        assertThat(added.getStatusCode()).as(added.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(memberOf(someone)).contains("team-south");
        assertThat(auditOutcomes("ADMINISTRATION", "added " + someone + " to team-south"))
                .containsExactly("SUCCESS");

        ResponseEntity<String> removed = send(HttpMethod.DELETE, "/engine-rest/group/team-south/members/" + someone,
                null);
        assertThat(removed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(memberOf(someone)).doesNotContain("team-south");
        assertThat(auditOutcomes("ADMINISTRATION", "removed " + someone + " from team-south"))
                .containsExactly("SUCCESS");
    }

    @Test
    void aMembershipChangeOnTheAppsOwnUserPageIsOneAuditRowAndThroughTheEngineOnePerChange() throws Exception {
        String someone = newUser();
        mvc.perform(post("/admin/users/{id}", someone).with(user("admin").authorities(() -> "GROUP_camunda-admin"))
                        .with(csrf()).param("roles", "COORDINATOR").param("teams", "team-north"))
                .andExpect(redirectedUrl("/admin/users/" + someone));
        // the page writes its own row ("set roles and teams of ..."); the engine guard adds none for it
        assertThat(jdbc.queryForList("select resource from audit_event where resource like ?", String.class,
                "%" + someone + "%")).singleElement().asString().startsWith("set roles and teams of " + someone);

        assertThat(send(HttpMethod.DELETE, "/engine-rest/group/team-north/members/" + someone, null)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(jdbc.queryForList("select resource from audit_event where resource like ? order by id",
                String.class, "%" + someone + "%")).hasSize(2).last().isEqualTo("removed " + someone
                + " from team-north");
    }

    @Test
    void javaCallsWhileSomeoneIsLoggedInAreGuardedAndTheAppsOwnCallsAreNot() {
        String id = unique();
        identityService.setAuthentication("admin", List.of(Groups.ADMINS));
        try {
            assertThatThrownBy(() -> authorizationService.saveAuthorization(taskGrant(id)))
                    .isInstanceOf(AuthorizationException.class);
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(storedGrants(id)).isZero();

        // the application itself (start-up grants, its own pages) calls the engine with nobody logged in
        Authorization own = authorizationService.saveAuthorization(taskGrant(id));
        assertThat(storedGrants(id)).isOne();
        authorizationService.deleteAuthorization(own.getId());
        assertThat(auditOutcomes("ACCESS_RIGHTS", "task " + id)).containsExactly("403");
    }

    @Test
    void administratorsNoLongerHoldTheRightToDeployOrToCreateBatchesThatActOnCases() {
        List<String> admins = List.of(Groups.ADMINS);
        assertThat(authorizationService.isUserAuthorized("admin", admins, BatchPermissions.CREATE, Resources.BATCH))
                .isFalse();
        assertThat(authorizationService.isUserAuthorized("admin", admins, BatchPermissions.CREATE_BATCH_SET_VARIABLES,
                Resources.BATCH)).isFalse();
        assertThat(authorizationService.isUserAuthorized("admin", admins, BatchPermissions.READ, Resources.BATCH))
                .isTrue();
        assertThat(authorizationService.isUserAuthorized("admin", admins, Permissions.CREATE, Resources.DEPLOYMENT))
                .isFalse();
        assertThat(authorizationService.isUserAuthorized("admin", admins, Permissions.READ, Resources.DEPLOYMENT))
                .isTrue();
        assertThat(authorizationService.isUserAuthorized("admin", admins, Permissions.DELETE, Resources.DEPLOYMENT))
                .isTrue();
    }

    private Authorization taskGrant(String resourceId) {
        Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(Groups.ADMINS);
        grant.setResource(Resources.TASK);
        grant.setResourceId(resourceId);
        grant.addPermission(Permissions.READ);
        return grant;
    }

    private String newUser() {
        String id = "guarded-" + UUID.randomUUID().toString().substring(0, 8);
        User user = identityService.newUser(id);
        user.setFirstName("Guard");
        user.setLastName("Test");
        identityService.saveUser(user);
        return id;
    }

    private List<String> memberOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
    }

    private static String unique() {
        return "guard-" + UUID.randomUUID();
    }

    private static String grant(String who, int resourceType, String resourceId, String permission) {
        return "{\"type\": 1, \"permissions\": [\"" + permission + "\"], " + who + ", \"resourceType\": "
                + resourceType + ", \"resourceId\": \"" + resourceId + "\"}";
    }

    private int storedGrants(String resourceId) {
        return jdbc.queryForObject("select count(*) from ACT_RU_AUTHORIZATION where RESOURCE_ID_ = ?",
                Integer.class, resourceId);
    }

    private List<String> auditOutcomes(String action, String resourcePart) {
        return jdbc.queryForList("select outcome from audit_event where actor = 'admin' and action = ? "
                + "and resource like ? order by id", String.class, action, "%" + resourcePart + "%");
    }

    private void assertRefused(ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(JsonPath.<String>read(answer.getBody(), "$.type")).isEqualTo("AuthorizationException");
    }

    private ResponseEntity<String> send(HttpMethod method, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth("admin", "demo").exchange(path, method, new HttpEntity<>(json, headers),
                String.class);
    }
}
