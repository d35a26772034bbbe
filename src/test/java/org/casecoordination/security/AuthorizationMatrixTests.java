package org.casecoordination.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.CamundaWebappSession;
import org.casecoordination.support.Cases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Each role against each door: the app's pages, its JSON API, Camunda's REST API and webapps. A case of team North
 * is the record at stake; dana works in team South. "allowed" means 2xx, "refused" 403 (or 404 where the engine
 * hides what a caller may not read). Every mismatch is listed at once.
 */
@ApplicationTest
class AuthorizationMatrixTests {

    private static final String[] ROLES = {"cora", "dana", "sam", "ana", "admin"};
    private static final Map<String, List<String>> GROUPS = Map.of(
            "cora", List.of("coordinators", "team-north"),
            "dana", List.of("coordinators", "team-south"),
            "sam", List.of("supervisors", "team-north", "team-south"),
            "ana", List.of("analysts"),
            "admin", List.of("camunda-admin"));

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    Cases cases;
    @Autowired
    CaseRepository caseRepository;

    String caseNumber;
    String taskId;
    String instanceId;
    final List<String> mismatches = new ArrayList<>();

    @BeforeEach
    void aCaseOfTeamNorth() {
        caseNumber = cases.open("team-north");
        taskId = cases.task(caseNumber, "Task_Intake").getId();
        instanceId = caseRepository.findByCaseNumber(caseNumber).orElseThrow().getProcessInstanceId();
    }

    @Test
    void everyRoleGetsWhatItNeedsAndNothingElse() throws Exception {
        //                         cora   dana   sam    ana    admin
        page("/tasks",             true,  true,  true,  true,  true);
        page("/cases/" + caseNumber, true, false, true, false, false);
        page("/tasks/" + taskId,   true,  false, true,  false, false);
        page("/referrals/new",     true,  true,  true,  false, false);
        page("/insights",          false, false, true,  true,  true);
        page("/supervision/emergency-access", false, false, true, false, false);
        page("/admin/users",       false, false, false, false, true);

        api("GET", "/api/cases/" + caseNumber, true, false, true, false, false);
        api("GET", "/api/cases/" + caseNumber + "/access-log", false, false, true, false, false);
        api("GET", "/api/cases/" + caseNumber + "/consents", true, false, true, false, false);
        api("POST", "/api/cases", true, true, true, false, false);

        api("GET", "/engine-rest/task/" + taskId, true, false, true, false, false);
        api("GET", "/engine-rest/process-instance/" + instanceId, false, false, false, false, false);
        api("GET", "/engine-rest/process-instance/" + instanceId + "/variables", false, false, false, false, false);
        api("GET", "/engine-rest/history/variable-instance?processInstanceId=" + instanceId + "&variableName=team",
                true, true, true, true, true); // a list: the engine filters it, checked below
        write("PUT", "/engine-rest/task/" + taskId + "/variables/diagnosis", "{\"value\": \"HIV\"}",
                false, false, false, false, false);
        write("POST", "/engine-rest/task/" + taskId + "/identity-links",
                "{\"groupId\": \"team-south\", \"type\": \"candidate\"}", false, false, false, false, false);
        write("POST", "/engine-rest/task/" + taskId + "/assignee", "{\"userId\": \"dana\"}",
                false, false, false, false, false);
        api("GET", "/engine-rest/user", true, true, true, true, true); // a list filtered by the engine
        api("GET", "/engine-rest/process-definition/key/CaseLifecycle", true, true, true, true, true);

        webapp("tasklist", true, true, true, false, true);
        webapp("cockpit", false, false, false, true, true);
        webapp("admin", false, false, false, false, true);

        assertThat(mismatches).as("role × door mismatches").isEmpty();
    }

    private void page(String path, boolean... allowed) throws Exception {
        for (int i = 0; i < ROLES.length; i++) {
            String role = ROLES[i];
            RequestPostProcessor who = user(role).authorities(GROUPS.get(role).stream()
                    .map(group -> (org.springframework.security.core.GrantedAuthority) () -> "GROUP_" + group)
                    .toList());
            int status = mvc.perform(get(path).with(who)).andReturn().getResponse().getStatus();
            check(role, "page " + path, status, allowed[i]);
        }
    }

    private void api(String method, String path, boolean... allowed) {
        write(method, path, "POST".equals(method) ? """
                {"client": {"firstName": "Matrix", "lastName": "Test", "dateOfBirth": "1950-01-01"},
                 "primaryConcern": "CANCER", "urgency": "ROUTINE", "team": "team-north"}
                """ : null, allowed);
    }

    private void write(String method, String path, String body, boolean... allowed) {
        for (int i = 0; i < ROLES.length; i++) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            int status = rest.withBasicAuth(ROLES[i], "demo").exchange(path, HttpMethod.valueOf(method),
                    new HttpEntity<>(body, headers), String.class).getStatusCode().value();
            check(ROLES[i], method + " " + path, status, allowed[i]);
        }
    }

    private void webapp(String app, boolean... allowed) throws Exception {
        for (int i = 0; i < ROLES.length; i++) {
            int status;
            try {
                CamundaWebappSession.login(port, ROLES[i], "demo", app);
                status = 200;
            } catch (CamundaWebappSession.LoginRefused e) {
                status = e.status();
            }
            check(ROLES[i], "webapp " + app, status, allowed[i]);
        }
    }

    private void check(String role, String door, int status, boolean allowed) {
        boolean ok = allowed ? status >= 200 && status < 300 : status == 403 || status == 404;
        if (!ok) {
            mismatches.add(role + " on " + door + ": " + status + " (expected " + (allowed ? "allowed" : "refused")
                    + ")");
        }
    }
}
