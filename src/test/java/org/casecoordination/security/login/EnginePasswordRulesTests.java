package org.casecoordination.security.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.CamundaWebappSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Camunda's own user and password endpoints keep the app's password rules (12 characters, not the user name). */
@ApplicationTest
class EnginePasswordRulesTests {

    @Autowired
    TestLogins logins;
    @Autowired
    IdentityService identityService;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void tasklistsChangePasswordRefusesAShortPasswordAndKeepsTheOldOne() throws Exception {
        String id = logins.newUser("tasklist-changer");
        CamundaWebappSession tasklist = CamundaWebappSession.loginToTasklist(port, id, TestLogins.PASSWORD);

        HttpResponse<String> refused = tasklist.putJson("/camunda/api/engine/engine/default/user/" + id
                + "/credentials", "{\"password\":\"short\",\"authenticatedUserPassword\":\"" + TestLogins.PASSWORD
                + "\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("at least 12 characters");
        assertThat(identityService.checkPassword(id, TestLogins.PASSWORD)).isTrue();
        assertThat(identityService.checkPassword(id, "short")).isFalse();

        HttpResponse<String> accepted = tasklist.putJson("/camunda/api/engine/engine/default/user/" + id
                + "/credentials", "{\"password\":\"a-good-long-password\",\"authenticatedUserPassword\":\""
                + TestLogins.PASSWORD + "\"}");
        assertThat(accepted.statusCode()).isEqualTo(204);
        assertThat(identityService.checkPassword(id, "a-good-long-password")).isTrue();
    }

    @Test
    void engineRestUserCreationRefusesAShortPasswordAndCreatesNobody() throws Exception {
        String id = "engine-made-" + System.nanoTime() % 100000;
        HttpResponse<String> refused = asAdmin("POST", "/engine-rest/user/create", creation(id, "short"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("at least 12 characters");
        assertThat(identityService.createUserQuery().userId(id).count()).isZero();

        HttpResponse<String> namedEngine = asAdmin("POST", "/engine-rest/engine/default/user/create",
                creation(id, id));
        assertThat(namedEngine.statusCode()).isEqualTo(400);
        assertThat(namedEngine.body()).contains("must not be the user name");

        assertThat(asAdmin("POST", "/engine-rest/user/create", creation(id, "long-enough-password")).statusCode())
                .isEqualTo(204);
        assertThat(identityService.checkPassword(id, "long-enough-password")).isTrue();
        identityService.deleteUser(id);
    }

    @Test
    void engineRestCredentialsRefuseTheUserNameAsPassword() throws Exception {
        String id = logins.newUser("credentials-owner");
        HttpResponse<String> refused = asAdmin("PUT", "/engine-rest/engine/default/user/" + id + "/credentials",
                "{\"password\":\"" + id.toUpperCase() + "\",\"authenticatedUserPassword\":\"demo\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("must not be the user name");
        assertThat(identityService.checkPassword(id, TestLogins.PASSWORD)).isTrue();
    }

    @Test
    void camundaAdminsUserCreationKeepsTheRulesToo() throws Exception {
        CamundaWebappSession admin = CamundaWebappSession.login(port, "admin", "demo", "admin");
        String id = "admin-made-" + System.nanoTime() % 100000;

        HttpResponse<String> refused = admin.postJson("/camunda/api/engine/engine/default/user/create",
                creation(id, "short"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(identityService.createUserQuery().userId(id).count()).isZero();
    }

    private static String creation(String id, String password) {
        return "{\"profile\":{\"id\":\"" + id + "\",\"firstName\":\"E\",\"lastName\":\"R\"},"
                + "\"credentials\":{\"password\":\"" + password + "\"}}";
    }

    private HttpResponse<String> asAdmin(String method, String path, String json) throws Exception {
        String basic = Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
