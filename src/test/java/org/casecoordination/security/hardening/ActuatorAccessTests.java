package org.casecoordination.security.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import org.casecoordination.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/** Health for anyone without details; every other actuator endpoint for administrators; only health and info. */
@ApplicationTest
class ActuatorAccessTests {

    @Autowired
    TestRestTemplate rest;

    @Test
    void anyoneGetsTheHealthStatusButNoDetails() {
        ResponseEntity<String> health = rest.getForEntity("/actuator/health", String.class);

        assertThat(health.getStatusCode().value()).isIn(200, 503);
        Map<String, Object> body = JsonPath.read(health.getBody(), "$");
        // the status word and the names of the probe groups (liveness, readiness): no component, no detail
        assertThat(body).containsOnlyKeys("status", "groups");
        assertThat(body.get("groups")).isEqualTo(java.util.List.of("liveness", "readiness"));
    }

    @Test
    void aCoordinatorGetsNoDetailsEitherAndAnAdministratorDoes() {
        Map<String, Object> coordinator = JsonPath.read(
                rest.withBasicAuth("cora", "demo").getForEntity("/actuator/health", String.class).getBody(), "$");
        assertThat(coordinator).containsOnlyKeys("status", "groups");

        Map<String, Object> admin = JsonPath.read(
                rest.withBasicAuth("admin", "demo").getForEntity("/actuator/health", String.class).getBody(), "$");
        assertThat(admin).containsKeys("status", "components");
    }

    @Test
    void otherEndpointsAreForAdministratorsOnly() {
        for (String path : new String[] {"/actuator", "/actuator/info"}) {
            assertThat(rest.getForEntity(path, String.class).getStatusCode().value()).as(path).isEqualTo(401);
            assertThat(rest.withBasicAuth("cora", "demo").getForEntity(path, String.class).getStatusCode().value())
                    .as(path).isEqualTo(403);
            assertThat(rest.withBasicAuth("ana", "demo").getForEntity(path, String.class).getStatusCode().value())
                    .as(path).isEqualTo(403);
            assertThat(rest.withBasicAuth("admin", "demo").getForEntity(path, String.class).getStatusCode().value())
                    .as(path).isEqualTo(200);
        }
    }

    @Test
    void onlyHealthInfoAndPrometheusAreExposedOverHttp() {
        Map<String, Object> links = JsonPath.read(
                rest.withBasicAuth("admin", "demo").getForEntity("/actuator", String.class).getBody(), "$._links");
        assertThat(links.keySet()).allMatch(name -> name.equals("self") || name.startsWith("health")
                || name.equals("info") || name.equals("prometheus")); // prometheus: administrators only
        TestRestTemplate admin = rest.withBasicAuth("admin", "demo").withRedirects(Redirects.DONT_FOLLOW);
        for (String hidden : new String[] {"/actuator/env", "/actuator/beans", "/actuator/loggers",
                "/actuator/heapdump", "/actuator/mappings", "/actuator/configprops", "/actuator/shutdown"}) {
            ResponseEntity<String> response = admin.getForEntity(hidden, String.class);
            // not an endpoint at all: an ordinary page address, which sends a caller without a page login there
            assertThat(response.getStatusCode().value()).as(hidden).isIn(302, 404);
        }
    }
}
