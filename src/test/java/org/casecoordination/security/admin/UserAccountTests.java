package org.casecoordination.security.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.casecoordination.security.Groups;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.CamundaWebappSession;
import org.casecoordination.support.CamundaWebappSession.LoginRefused;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An administrator deactivates, reactivates, deletes and resets accounts, and changes roles and teams; each takes
 * effect at once on every door: the login form, HTTP Basic, Camunda's webapp login, and sessions already open.
 */
@ApplicationTest
class UserAccountTests {

    private static final String PASSWORD = "right-password-1";
    private static final String TASK_COUNT = "/camunda/api/engine/engine/default/task/count";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    private static RequestPostProcessor admin() {
        return user("admin").authorities(() -> "GROUP_camunda-admin");
    }

    @Test
    void aDeactivatedUserIsLoggedOutEverywhereAndCannotLogInUntilReactivated() throws Exception {
        String id = newCoordinator("leaver");
        MockHttpSession pages = loginToPages(id, PASSWORD);
        CamundaWebappSession tasklist = CamundaWebappSession.loginToTasklist(port, id, PASSWORD);
        mvc.perform(get("/tasks").session(pages)).andExpect(status().isOk());
        assertThat(tasklist.get(TASK_COUNT).statusCode()).isEqualTo(200);

        mvc.perform(post("/admin/users/{id}/deactivate", id).with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + id));

        mvc.perform(get("/tasks").session(pages)).andExpect(redirectedUrlPattern("**/login*"));
        assertThat(tasklist.get(TASK_COUNT).statusCode()).as("the Tasklist session ended").isEqualTo(401);
        mvc.perform(formLogin().user(id).password(PASSWORD)).andExpect(unauthenticated());
        mvc.perform(get("/api/cases/none").with(httpBasic(id, PASSWORD))).andExpect(status().isUnauthorized());
        assertThat(webappLoginStatus(id, PASSWORD)).isEqualTo(401);
        assertThat(audited("deactivated user " + id)).isTrue();
        assertThat(Jsoup.parse(mvc.perform(get("/admin/users/{id}", id).with(admin())).andReturn().getResponse()
                .getContentAsString()).select("#account-status").text()).contains("Deactivated");

        mvc.perform(post("/admin/users/{id}/reactivate", id).with(admin()).with(csrf()));
        mvc.perform(formLogin().user(id).password(PASSWORD)).andExpect(authenticated());
        assertThat(webappLoginStatus(id, PASSWORD)).isEqualTo(200);
        assertThat(audited("reactivated user " + id)).isTrue();
    }

    @Test
    void theLoginPageTellsADeactivatedUserWhyOnlyWithTheRightPassword() throws Exception {
        String id = newCoordinator("told");
        mvc.perform(post("/admin/users/{id}/deactivate", id).with(admin()).with(csrf()));

        MockHttpSession right = (MockHttpSession) mvc.perform(formLogin().user(id).password(PASSWORD))
                .andExpect(redirectedUrl("/login?error")).andReturn().getRequest().getSession();
        mvc.perform(get("/login").param("error", "").session(right))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("deactivated")));
        MockHttpSession wrong = (MockHttpSession) mvc.perform(formLogin().user(id).password("wrong-password-1"))
                .andReturn().getRequest().getSession();
        mvc.perform(get("/login").param("error", "").session(wrong))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("deactivated"))));
    }

    @Test
    void changingRolesOrTeamsEndsTheOpenSessionsAndTheNextLoginHasTheNewTeams() throws Exception {
        String id = newCoordinator("mover");
        MockHttpSession pages = loginToPages(id, PASSWORD);
        CamundaWebappSession tasklist = CamundaWebappSession.loginToTasklist(port, id, PASSWORD);

        mvc.perform(post("/admin/users/{id}", id).with(admin()).with(csrf())
                        .param("roles", "COORDINATOR").param("teams", "team-south"))
                .andExpect(redirectedUrl("/admin/users/" + id));

        mvc.perform(get("/tasks").session(pages)).andExpect(redirectedUrlPattern("**/login*"));
        assertThat(tasklist.get(TASK_COUNT).statusCode()).isEqualTo(401);
        MockHttpSession again = loginToPages(id, PASSWORD);
        mvc.perform(get("/tasks").session(again)).andExpect(status().isOk());
        assertThat(again.getAttribute("SPRING_SECURITY_CONTEXT").toString())
                .contains(Groups.authority("team-south")).doesNotContain(Groups.authority("team-north"));
    }

    @Test
    void aTeamRemovedInCamundaAdminEndsTheSessionsToo() throws Exception {
        String id = newCoordinator("camunda-moved");
        MockHttpSession pages = loginToPages(id, PASSWORD);
        CamundaWebappSession camundaAdmin = CamundaWebappSession.login(port, "admin", "demo", "admin");

        assertThat(camundaAdmin.delete("/camunda/api/engine/engine/default/group/team-north/members/" + id)
                .statusCode()).isEqualTo(204);

        mvc.perform(get("/tasks").session(pages)).andExpect(redirectedUrlPattern("**/login*"));
        MockHttpSession again = loginToPages(id, PASSWORD);
        assertThat(again.getAttribute("SPRING_SECURITY_CONTEXT").toString())
                .doesNotContain(Groups.authority("team-north"));
    }

    @Test
    void aDeletedUserIsGoneButTheirIdStaysInTheAuditLogAndIsNeverGivenAgain() throws Exception {
        String id = newCoordinator("gone");
        MockHttpSession pages = loginToPages(id, PASSWORD);

        String unconfirmed = mvc.perform(post("/admin/users/{id}/delete", id).with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + id)).andReturn().getFlashMap().get("error").toString();
        assertThat(unconfirmed).contains("Type the user name");
        assertThat(identityService.createUserQuery().userId(id).count()).isEqualTo(1);

        mvc.perform(post("/admin/users/{id}/delete", id).with(admin()).with(csrf()).param("confirm", id))
                .andExpect(redirectedUrl("/admin/users"));

        assertThat(identityService.createUserQuery().userId(id).count()).isZero();
        assertThat(identityService.createGroupQuery().groupMember(id).count()).isZero();
        assertThat(audited("deleted user " + id)).isTrue();
        mvc.perform(get("/tasks").session(pages)).andExpect(redirectedUrlPattern("**/login*"));
        String html = mvc.perform(post("/admin/users").with(admin()).with(csrf())
                        .param("id", id).param("firstName", "New").param("lastName", "Person")
                        .param("password", "a-long-first-password")
                        .param("memberships.roles", "COORDINATOR").param("memberships.teams", "team-north"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select("#id-error").text()).contains("deleted user");
        assertThat(identityService.createUserQuery().userId(id).count()).isZero();
    }

    @Test
    void aTemporaryPasswordMustMeetTheRulesAndBeChangedBeforeAnythingElse() throws Exception {
        String id = newCoordinator("forgetful");
        MockHttpSession before = loginToPages(id, PASSWORD);

        String refused = mvc.perform(post("/admin/users/{id}/password", id).with(admin()).with(csrf())
                        .param("password", "short").param("confirmation", "short"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(refused).select("#password-error").text()).contains("at least 12 characters");
        mvc.perform(get("/tasks").session(before)).andExpect(status().isOk());

        String temporary = "temporary-password-1";
        mvc.perform(post("/admin/users/{id}/password", id).with(admin()).with(csrf())
                        .param("password", temporary).param("confirmation", temporary))
                .andExpect(redirectedUrl("/admin/users/" + id));
        assertThat(audited("set a temporary password for " + id)).isTrue();
        mvc.perform(get("/tasks").session(before)).andExpect(redirectedUrlPattern("**/login*"));

        MockHttpSession pages = loginToPages(id, temporary);
        mvc.perform(get("/tasks").session(pages)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").session(pages)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("password-required")));
        mvc.perform(get("/api/cases/none").with(httpBasic(id, temporary))).andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("temporary password")));
        assertThat(webappLoginStatus(id, temporary)).isEqualTo(401);

        mvc.perform(post("/account/password").session(pages).with(csrf()).param("currentPassword", temporary)
                        .param("newPassword", "my-own-password-1").param("confirmation", "my-own-password-1"))
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/tasks").session(pages)).andExpect(status().isOk());
        assertThat(webappLoginStatus(id, "my-own-password-1")).isEqualTo(200);
    }

    @Test
    void anAdministratorCannotDeactivateOrDeleteThemselves() throws Exception {
        mvc.perform(post("/admin/users/{id}/deactivate", "admin").with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/admin"));
        mvc.perform(post("/admin/users/{id}/delete", "admin").with(admin()).with(csrf()).param("confirm", "admin"))
                .andExpect(redirectedUrl("/admin/users/admin"));
        assertThat(identityService.createUserQuery().userId("admin").count()).isEqualTo(1);
        mvc.perform(get("/api/cases/none").with(httpBasic("admin", "demo"))).andExpect(status().isNotFound());
    }

    @Test
    void onlyAdministratorsManageAccounts() throws Exception {
        String id = newCoordinator("target");
        mvc.perform(post("/admin/users/{id}/deactivate", id).with(user("sam").authorities(
                () -> "GROUP_supervisors", () -> "GROUP_team-north")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(formLogin().user(id).password(PASSWORD)).andExpect(authenticated());
    }

    private String newCoordinator(String prefix) {
        String id = prefix + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 10000;
        User user = identityService.newUser(id);
        user.setFirstName("Test");
        user.setLastName("User");
        user.setEmail(id + "@example.org");
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(id, Groups.COORDINATORS);
        identityService.createMembership(id, "team-north");
        return id;
    }

    private MockHttpSession loginToPages(String id, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(id).password(password)).andExpect(authenticated())
                .andReturn().getRequest().getSession();
    }

    private int webappLoginStatus(String id, String password) throws Exception {
        LoginRefused refused = catchThrowableOfType(LoginRefused.class,
                () -> CamundaWebappSession.login(port, id, password, "tasklist"));
        return refused == null ? 200 : refused.status();
    }

    private boolean audited(String what) {
        return !jdbc.queryForList("select actor from audit_event where action = 'ADMINISTRATION' and resource = ? "
                + "and actor = 'admin'", String.class, what).isEmpty();
    }
}
