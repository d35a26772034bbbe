package org.casecoordination.security.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.casecoordination.security.Groups;
import org.casecoordination.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Advisory against Camunda 7.24.0: when the camunda-admin group has no direct member, the webapps' setup endpoint
 * lets an anonymous caller create an administrator. The test empties the group, so that only our block stands
 * between the caller and a new administrator, and sends Camunda's own CSRF token like the setup page would.
 */
@ApplicationTest
class AdminSetupEndpointTests {

    private static final String INTRUDER = """
            {"profile": {"id": "intruder", "firstName": "In", "lastName": "Truder", "email": "i@example.org"},
             "credentials": {"password": "Intruder-Pass-1"}}
            """;

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;

    @Test
    void noAnonymousCallerCreatesAnAdministratorEvenWhenTheAdminGroupIsEmpty() throws Exception {
        List<String> admins = identityService.createUserQuery().memberOfGroup(Groups.ADMINS).list().stream()
                .map(User::getId).toList();
        admins.forEach(admin -> identityService.deleteMembership(admin, Groups.ADMINS));
        try {
            for (String path : List.of("/camunda/api/admin/setup/default/user/create",
                    "/camunda/api/admin/setup/default/user/create/",
                    "/camunda/api/admin/setup//default/user/create",
                    "/camunda/api/admin/./setup/default/user/create",
                    "/camunda/api/admin/setup/default/user/create;jsessionid=x",
                    "/camunda/api/admin/%73etup/default/user/create")) {
                HttpResponse<String> response = postLikeTheSetupPage(path);
                assertThat(response.statusCode()).as(path + " " + response.body()).isBetween(400, 404);
                assertThat(identityService.createUserQuery().userId("intruder").count()).as(path).isZero();
            }
        } finally {
            if (identityService.createUserQuery().userId("intruder").count() > 0) {
                identityService.deleteUser("intruder");
            }
            admins.forEach(admin -> identityService.createMembership(admin, Groups.ADMINS));
        }
    }

    private HttpResponse<String> postLikeTheSetupPage(String path) throws IOException, InterruptedException {
        String base = "http://localhost:" + port;
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
        http.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/admin/default/setup/")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        String token = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
                .reduce((first, second) -> second).orElse("");
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").header("Origin", base).header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString(INTRUDER)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
