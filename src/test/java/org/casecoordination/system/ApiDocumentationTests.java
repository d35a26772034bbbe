package org.casecoordination.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI description is for logged-in users, and it lists every /api endpoint Spring MVC serves with its
 * error answers in the one error shape: adding an endpoint without them fails here.
 */
@ApplicationTest
class ApiDocumentationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<RequestMethod> READS = Set.of(RequestMethod.GET, RequestMethod.HEAD,
            RequestMethod.OPTIONS);

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void anonymousCallersAreSentToTheLoginPage() throws Exception {
        for (String path : List.of("/v3/api-docs", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/index.html")) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
        }
        mvc.perform(get("/v3/api-docs").with(Users.cora())).andExpect(status().isOk());
        mvc.perform(get("/swagger-ui.html").with(Users.cora())).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/swagger-ui/index.html"));
    }

    @Test
    void everyApiEndpointIsListedWithItsErrorAnswers() throws Exception {
        JsonNode doc = JSON.readTree(mvc.perform(get("/v3/api-docs").with(Users.cora())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        JsonNode paths = doc.get("paths");
        List<String> problems = new ArrayList<>();
        int endpoints = 0;
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String path : info.getPatternValues()) {
                if (!path.startsWith("/api/")) {
                    continue;
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    problems.add(path + " answers every HTTP method: declare which");
                }
                for (RequestMethod method : methods) {
                    endpoints++;
                    String name = method + " " + path;
                    JsonNode operation = paths.path(path).path(method.name().toLowerCase(Locale.ROOT));
                    if (operation.isMissingNode()) {
                        problems.add(name + " is not in /v3/api-docs");
                        continue;
                    }
                    List<String> expected = new ArrayList<>(List.of("401", "403"));
                    if (operation.has("requestBody") || operation.path("parameters").size() > 0) {
                        expected.add("400");
                    }
                    if (path.contains("{")) {
                        expected.add("404");
                    }
                    if (!READS.contains(method)) {
                        expected.add("409");
                    }
                    JsonNode responses = operation.path("responses");
                    for (String status : expected) {
                        JsonNode answer = responses.path(status);
                        if (answer.isMissingNode()) {
                            problems.add(name + " has no " + status + " answer");
                        } else if (!answer.path("content").path("application/json").path("schema").path("$ref")
                                .asText().equals("#/components/schemas/Errors")) {
                            problems.add(name + " answers " + status + " in another shape than Errors");
                        }
                    }
                    if (operation.path("security").isEmpty()) {
                        problems.add(name + " names no way to authenticate");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(endpoints).isGreaterThanOrEqualTo(30);
        JsonNode errors = doc.path("components").path("schemas").path("Errors");
        assertThat(errors.path("properties").path("errors").path("items").path("properties").has("field"))
                .as("the error shape: %s", errors).isTrue();
    }

    @Test
    void theNewEndpointsDocumentTheirSuccessAnswers() throws Exception {
        JsonNode paths = JSON.readTree(mvc.perform(get("/v3/api-docs").with(Users.cora())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).get("paths");
        assertThat(paths.path("/api/tasks").path("get").path("responses").has("200")).isTrue();
        assertThat(paths.path("/api/tasks").path("get").path("parameters").findValuesAsText("name"))
                .contains("view", "page", "q", "stage", "acuity", "sort", "overdue");
        assertThat(paths.path("/api/search").path("get").path("responses").has("200")).isTrue();
        assertThat(paths.path("/api/cases/{caseNumber}/notes").path("post").path("responses").has("201")).isTrue();
        assertThat(paths.path("/api/cases/{caseNumber}/timeline").path("get").path("responses").has("200")).isTrue();
        assertThat(paths.path("/api/cases/{caseNumber}/close").path("post").path("responses").has("204")).isTrue();
        assertThat(paths.path("/api/provider/referrals").path("get").path("security").get(0).has("providerToken"))
                .isTrue();
    }
}
