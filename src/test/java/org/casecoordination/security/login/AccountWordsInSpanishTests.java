package org.casecoordination.security.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.casecoordination.support.ApplicationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The password rules and the account's refusals read in the reader's language: next to the field on the password
 * pages, in the JSON of Camunda's password endpoints, on the login page; without a language they stay English.
 */
@ApplicationTest
class AccountWordsInSpanishTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestLogins logins;
    @Autowired
    IdentityService identityService;
    @Autowired
    UserStatus userStatus;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aShortNewPasswordIsRefusedInSpanishNextToTheField() throws Exception {
        String userId = logins.newUser("spanish-changer");

        Document spanish = change(userId, "es", TestLogins.PASSWORD, "corta", "otra");
        assertThat(spanish.select("#newPassword-error").text())
                .isEqualTo("La nueva contraseña necesita al menos 12 caracteres.");
        assertThat(spanish.select("#confirmation-error").text()).isEqualTo("Las dos contraseñas nuevas no coinciden.");

        Document english = change(userId, null, TestLogins.PASSWORD, "short", "other");
        assertThat(english.select("#newPassword-error").text())
                .isEqualTo("The new password needs at least 12 characters.");
        assertThat(english.select("#confirmation-error").text()).isEqualTo("The two new passwords differ.");
        assertThat(identityService.checkPassword(userId, TestLogins.PASSWORD)).isTrue();
    }

    @Test
    void aWrongCurrentPasswordIsRefusedInSpanish() throws Exception {
        String userId = logins.newUser("spanish-forgetter");

        Document spanish = change(userId, "es", "not-my-password", "a-new-password-9", "a-new-password-9");

        assertThat(spanish.select("#currentPassword-error").text()).isEqualTo("Esta no es su contraseña actual.");
    }

    @Test
    void anAdministratorsTemporaryPasswordIsRefusedInSpanishNextToTheField() throws Exception {
        String userId = logins.newUser("spanish-reset");

        String html = mvc.perform(spanish(post("/admin/users/{id}/password", userId), "es")
                        .with(user("admin").authorities(() -> "GROUP_camunda-admin")).with(csrf())
                        .param("password", userId).param("confirmation", userId))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("La nueva contraseña no puede ser el nombre de usuario.")
                .doesNotContain("must not be the user name");
    }

    @Test
    void camundasPasswordEndpointSaysTheRuleInTheRequestsLanguage() throws Exception {
        String userId = logins.newUser("spanish-engine");
        String body = "{\"password\":\"corta\",\"authenticatedUserPassword\":\"demo\"}";

        HttpResponse<String> spanish = asAdmin("/engine-rest/user/" + userId + "/credentials", body, "es");
        HttpResponse<String> english = asAdmin("/engine-rest/user/" + userId + "/credentials", body, null);

        assertThat(spanish.statusCode()).isEqualTo(400);
        assertThat(spanish.body()).contains("\"type\":\"InvalidRequestException\"")
                .contains("La nueva contraseña necesita al menos 12 caracteres.");
        assertThat(english.body()).contains("The new password needs at least 12 characters.");
        assertThat(identityService.checkPassword(userId, TestLogins.PASSWORD)).isTrue();
    }

    @Test
    void theLoginPageTellsADeactivatedUserInSpanish() throws Exception {
        String userId = logins.newUser("spanish-away");
        userStatus.deactivate(userId);
        DisabledException refused = userStatus.loginRefused(userId).orElseThrow();

        MockHttpSession session = new MockHttpSession();
        session.setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, refused);
        Document spanish = Jsoup.parse(mvc.perform(spanish(get("/login").param("error", ""), "es").session(session))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        Document english = Jsoup.parse(mvc.perform(get("/login").param("error", "").session(session))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        assertThat(spanish.text()).contains("Esta cuenta está desactivada. Pida a un administrador que la vuelva a activar.");
        assertThat(english.text()).contains("This account is deactivated. Ask an administrator to reactivate it.");
    }

    private Document change(String userId, String language, String current, String password, String confirmation)
            throws Exception {
        return Jsoup.parse(mvc.perform(spanish(post("/account/password"), language).with(user(userId)).with(csrf())
                        .param("currentPassword", current).param("newPassword", password)
                        .param("confirmation", confirmation))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static MockHttpServletRequestBuilder spanish(MockHttpServletRequestBuilder request, String language) {
        return language == null ? request : request.header("Accept-Language", language);
    }

    private HttpResponse<String> asAdmin(String path, String json, String language) throws Exception {
        String basic = Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
