package org.casecoordination.security.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.CamundaWebappSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Logins, failed logins and logouts, each with users of its own: a failed login sets off Camunda's login
 * throttling for that user, which must not slow down or fail anyone else's test.
 */
@ApplicationTest
class LoginAuditTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identityService;
    @PersistenceContext
    EntityManager em;
    @LocalServerPort
    int port;

    @Test
    void aFailedBasicLoginIsRecordedWithTheUserNameTried() {
        user("audit-failer");
        assertThat(rest.withBasicAuth("audit-failer", "wrong").getForEntity("/api/cases/CC-NONE", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("audit-nobody", "guess").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        assertThat(AuditRows.ofActor(em, "audit-failer")).singleElement().satisfies(event -> {
            assertThat(event.getAction()).isEqualTo(AuditAction.LOGIN_FAILED);
            assertThat(event.getOutcome()).isEqualTo(AuditEvent.FAILURE);
            assertThat(event.getResource()).isEqualTo("HTTP Basic GET /api/cases/CC-NONE");
            assertThat(event.getRemoteAddress()).isEqualTo("127.0.0.1");
            assertThat(event.getCaseNumber()).isNull();
        });
        assertThat(AuditRows.ofActor(em, "audit-nobody")).extracting(AuditEvent::getAction)
                .containsExactly(AuditAction.LOGIN_FAILED);
    }

    @Test
    void aFormLoginAndTheLogoutAreRecorded() throws Exception {
        user("audit-tester");
        var form = formLogin("/login").user("audit-tester").password("audit-secret-1");
        var login = mvc.perform(servletContext -> {
                    var request = form.buildRequest(servletContext);
                    request.setRemoteAddr("192.0.2.20");
                    return request;
                })
                .andExpect(status().is3xxRedirection()).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(status().is3xxRedirection());

        List<AuditEvent> events = AuditRows.ofActor(em, "audit-tester");
        assertThat(events).extracting(AuditEvent::getAction)
                .containsExactly(AuditAction.LOGOUT, AuditAction.LOGIN);
        assertThat(events.get(1).getResource()).isEqualTo("POST /login");
        assertThat(events.get(1).getRemoteAddress()).isEqualTo("192.0.2.20");
        assertThat(events.get(1).getOutcome()).isEqualTo(AuditEvent.SUCCESS);
        assertThat(events.get(0).getResource()).isEqualTo("POST /logout");
    }

    @Test
    void anIntegrationOnHttpBasicLogsInOncePerIntervalNotOnEveryCall() throws Exception {
        user("audit-integration");
        for (int call = 0; call < 3; call++) {
            mvc.perform(get("/api/cases/CC-NONE").with(httpBasic("audit-integration", "audit-secret-1")))
                    .andExpect(status().isNotFound());
        }
        assertThat(AuditRows.ofActor(em, "audit-integration"))
                .filteredOn(event -> event.getAction() == AuditAction.LOGIN).singleElement()
                .satisfies(event -> assertThat(event.getResource()).isEqualTo("HTTP Basic GET /api/cases/CC-NONE"));
    }

    @Test
    void loginsToCamundasWebappsAreRecordedToo() throws Exception {
        user("audit-webapp-failer");
        HttpHeaders form = new HttpHeaders();
        form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        var refused = rest.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
                new HttpEntity<>("username=audit-webapp-failer&password=wrong", form), String.class);
        assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(AuditRows.ofActor(em, "audit-webapp-failer")).singleElement().satisfies(event -> {
            assertThat(event.getAction()).isEqualTo(AuditAction.LOGIN_FAILED);
            assertThat(event.getResource()).isEqualTo("POST /camunda/api/admin/auth/user/default/login/tasklist");
        });

        CamundaWebappSession tasklist = CamundaWebappSession.loginToTasklist(port, "cora", "demo");
        tasklist.postJson("/camunda/api/admin/auth/user/default/logout", "");
        assertThat(AuditRows.ofActor(em, "cora")).filteredOn(e -> e.getResource().startsWith("POST /camunda/"))
                .extracting(AuditEvent::getAction).startsWith(AuditAction.LOGOUT, AuditAction.LOGIN);
    }

    private void user(String id) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setPassword("audit-secret-1");
            identityService.saveUser(user);
        }
    }
}
