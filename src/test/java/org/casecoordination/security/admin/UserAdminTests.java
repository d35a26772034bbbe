package org.casecoordination.security.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.IdentityService;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@ApplicationTest
class UserAdminTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityService identityService;
    @Autowired
    Cases cases;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static RequestPostProcessor admin() {
        return user("admin").authorities(() -> "GROUP_camunda-admin");
    }

    @Test
    void anAdministratorCreatesACoordinatorWhoThenWorksTheirTeamsCases() throws Exception {
        String id = "nora-" + System.nanoTime() % 100000;
        mvc.perform(post("/admin/users").with(admin()).with(csrf())
                        .param("id", id).param("firstName", "Nora").param("lastName", "Lind")
                        .param("email", "nora@example.org").param("password", "a-long-first-password")
                        .param("memberships.roles", "COORDINATOR").param("memberships.teams", "team-south"))
                .andExpect(redirectedUrl("/admin/users"));

        assertThat(identityService.createGroupQuery().groupMember(id).list()).extracting(g -> g.getId())
                .containsExactlyInAnyOrder("coordinators", "team-south");
        assertThat(jdbc.queryForList("select actor from audit_event where action = 'ADMINISTRATION' "
                + "and resource like ?", String.class, "%" + id + "%"))
                .as("who gave whom access is audited").isNotEmpty().allMatch("admin"::equals);
        String south = cases.open("team-south");
        String north = cases.open("team-north");
        mvc.perform(get("/api/cases/{n}", south).with(httpBasic(id, "a-long-first-password")))
                .andExpect(status().isForbidden()); // the first password is the administrator's: change it first
        mvc.perform(post("/account/password").with(user(id)).with(csrf())
                        .param("currentPassword", "a-long-first-password")
                        .param("newPassword", "nora-chose-this-one").param("confirmation", "nora-chose-this-one"))
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/api/cases/{n}", south).with(httpBasic(id, "nora-chose-this-one")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/cases/{n}", north).with(httpBasic(id, "nora-chose-this-one")))
                .andExpect(status().isForbidden());
    }

    @Test
    void changingRolesAndTeamsReplacesTheMemberships() throws Exception {
        String id = "omar-" + System.nanoTime() % 100000;
        mvc.perform(post("/admin/users").with(admin()).with(csrf())
                .param("id", id).param("firstName", "Omar").param("lastName", "Said")
                .param("password", "another-long-password")
                .param("memberships.roles", "COORDINATOR").param("memberships.teams", "team-north"));

        mvc.perform(post("/admin/users/{id}", id).with(admin()).with(csrf())
                        .param("roles", "SUPERVISOR").param("teams", "team-north", "team-south"))
                .andExpect(redirectedUrl("/admin/users/" + id));
        assertThat(identityService.createGroupQuery().groupMember(id).list()).extracting(g -> g.getId())
                .containsExactlyInAnyOrder("supervisors", "team-north", "team-south");
    }

    @Test
    void badInputIsShownNextToTheFieldsAndNothingIsCreated() throws Exception {
        String html = mvc.perform(post("/admin/users").with(admin()).with(csrf())
                        .param("id", "Not Valid!").param("firstName", "").param("lastName", "X")
                        .param("password", "short")
                        .param("memberships.roles", "COORDINATOR"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#id-error").text()).contains("Lower-case letters");
        assertThat(page.select("#firstName-error").text()).isEqualTo("Enter the first name.");
        assertThat(page.select("#password-error").text()).contains("12");
        assertThat(page.text()).contains("Coordinators and supervisors need at least one team.");
        assertThat(identityService.createUserQuery().userFirstName("").count()).isZero();

        mvc.perform(post("/admin/users").with(admin()).with(csrf())
                        .param("id", "cora").param("firstName", "Another").param("lastName", "Cora")
                        .param("password", "a-long-first-password").param("memberships.roles", "ANALYST"))
                .andExpect(status().isOk());
        assertThat(identityService.createUserQuery().userId("cora").singleResult().getFirstName()).isEqualTo("Cora");
    }

    @Test
    void onlyAdministratorsManageUsers() throws Exception {
        mvc.perform(get("/admin/users").with(Users.cora())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users").with(Users.cora()).with(csrf()).param("id", "mallory")
                        .param("firstName", "M").param("lastName", "M").param("password", "a-long-first-password")
                        .param("memberships.roles", "ADMIN"))
                .andExpect(status().isForbidden());
        assertThat(identityService.createUserQuery().userId("mallory").count()).isZero();
        mvc.perform(get("/admin/users").with(admin())).andExpect(status().isOk());
    }

    @Test
    void anAdministratorCannotAlsoWorkCasesAndReservedNamesAreRefused() throws Exception {
        String html = mvc.perform(post("/admin/users/{id}", "admin").with(admin()).with(csrf())
                        .param("roles", "ADMIN").param("teams", "team-north"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select("#membership-errors").text()).contains("cannot also work cases");
        assertThat(identityService.createGroupQuery().groupMember("admin").list()).extracting(g -> g.getId())
                .doesNotContain("team-north");

        String created = mvc.perform(post("/admin/users").with(admin()).with(csrf())
                        .param("id", "system").param("firstName", "S").param("lastName", "S")
                        .param("password", "a-long-first-password").param("memberships.roles", "ANALYST"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(created).select("#id-error").text()).isEqualTo("This user name is reserved.");
        assertThat(identityService.createUserQuery().userId("system").count()).isZero();
    }
    @Test
    void theUserPagesSpeakSpanishWithTheErrorsNextToTheFields() throws Exception {
        Document users = Jsoup.parse(mvc.perform(get("/admin/users").with(admin()).header("Accept-Language", "es"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(users.select("h1").text()).isEqualTo("Usuarios, funciones y equipos");
        assertThat(users.select("#user-table th").eachText()).contains("Nombre de usuario", "Funciones", "Estado");
        assertThat(users.select("#user-table tr[data-user-id=cora] td[data-label=Funciones]").text())
                .isEqualTo("Coordinador(a) de casos");
        assertThat(users.select("#user-table tr[data-user-id=cora] td[data-label=Estado]").text()).isEqualTo("Activo");
        assertThat(users.select("#new-user-form label").eachText()).contains("Nombre", "Apellido", "Correo electrónico");

        Document refused = Jsoup.parse(mvc.perform(post("/admin/users").with(admin()).with(csrf())
                        .header("Accept-Language", "es").param("id", "system").param("firstName", "")
                        .param("lastName", "S").param("password", "a-long-first-password")
                        .param("memberships.roles", "COORDINATOR"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#id-error").text()).isEqualTo("Este nombre de usuario está reservado.");
        assertThat(refused.select("#firstName-error").text()).isEqualTo("Escriba el nombre.");
        assertThat(refused.text()).contains("Los coordinadores de casos y los supervisores necesitan al menos un equipo.");
        assertThat(identityService.createUserQuery().userId("system").count()).isZero();

        Document cora = Jsoup.parse(mvc.perform(get("/admin/users/{id}", "cora").with(admin())
                        .header("Accept-Language", "es")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(cora.select("#save-memberships").text()).isEqualTo("Guardar funciones y equipos");
        assertThat(cora.select("#deactivate-user").text()).isEqualTo("Desactivar");
    }
}
