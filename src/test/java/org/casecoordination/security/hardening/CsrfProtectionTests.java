package org.casecoordination.security.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.casecoordination.casefile.CaseNoteRepository;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every form of the pages needs the session's CSRF token, the login form included; the Basic-auth APIs need none,
 * because they ignore the session cookie and refuse requests a browser sends for another site.
 */
@ApplicationTest
class CsrfProtectionTests {

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
    @Autowired
    CaseNoteRepository notes;
    @Autowired
    TaskService taskService;

    @Test
    void everyPageFormPostedWithoutTheTokenIsRefusedAndChangesNothing() throws Exception {
        String caseNumber = cases.open("team-north");
        String queued = cases.task(caseNumber, "Task_Intake").getId();
        String mine = claimedByCora();
        long casesBefore = caseRepository.count();

        for (Map.Entry<String, MockHttpServletRequestBuilder> form : pageForms(caseNumber, queued, mine).entrySet()) {
            mvc.perform(form.getValue().with(Users.cora())).andExpect(status().isForbidden());
        }

        assertThat(caseRepository.count()).as("no referral").isEqualTo(casesBefore);
        Long caseId = caseRepository.findByCaseNumber(caseNumber).orElseThrow().getId();
        assertThat(notes.findByCareCaseIdOrderByCreatedAtDesc(caseId)).as("no note").isEmpty();
        assertThat(caseRepository.findByCaseNumber(caseNumber).orElseThrow().isClosed()).as("not closed").isFalse();
        assertThat(taskService.createTaskQuery().taskId(queued).singleResult().getAssignee()).as("not claimed")
                .isNull();
        assertThat(taskService.createTaskQuery().taskId(mine).singleResult().getAssignee()).as("still cora's")
                .isEqualTo("cora");
    }

    /** The check guards the whole page door, not a list of forms: a new form is covered the day it is added. */
    @Test
    void anyOtherPagePathIsCoveredTooBeforeItsControllerIsReached() throws Exception {
        for (String path : List.of("/account/password", "/admin/users", "/no-such-page")) {
            mvc.perform(post(path).param("anything", "x").with(Users.cora())).andExpect(status().isForbidden());
        }
    }

    /** Thymeleaf adds the hidden _csrf field to a form only when its action is th:action. */
    @Test
    void everyPostFormInTheTemplatesCarriesTheToken() throws Exception {
        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
        for (Resource template : templates) {
            Document html = Jsoup.parse(template.getContentAsString(StandardCharsets.UTF_8));
            for (Element form : html.select("form")) {
                if (!form.attr("method").equalsIgnoreCase("get")) {
                    assertThat(form.hasAttr("th:action")).as("%s: %s", template.getFilename(), form.attributes())
                            .isTrue();
                }
            }
        }
    }

    @Test
    void aForgedPostFromALiveSessionIsRefusedWithAndWithoutAWrongToken() throws Exception {
        String caseNumber = cases.open("team-north");
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/cases/{n}", caseNumber).with(Users.cora()).session(session)).andExpect(status().isOk());

        mvc.perform(post("/cases/{n}/notes", caseNumber).param("text", "Forged").with(Users.cora()).session(session))
                .andExpect(status().isForbidden());
        mvc.perform(post("/cases/{n}/notes", caseNumber).param("text", "Forged").param("_csrf", "not-the-token")
                .with(Users.cora()).session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/cases/{n}/notes", caseNumber).param("text", "Forged")
                .with(Users.cora()).with(csrf().useInvalidToken())).andExpect(status().isForbidden());

        Long caseId = caseRepository.findByCaseNumber(caseNumber).orElseThrow().getId();
        assertThat(notes.findByCareCaseIdOrderByCreatedAtDesc(caseId)).isEmpty();
    }

    @Test
    void withTheTokenTheSameFormsAreAccepted() throws Exception {
        String caseNumber = cases.open("team-north");
        String queued = cases.task(caseNumber, "Task_Intake").getId();
        String mine = claimedByCora();

        for (Map.Entry<String, MockHttpServletRequestBuilder> form : pageForms(caseNumber, queued, mine).entrySet()) {
            int status = mvc.perform(form.getValue().with(Users.cora()).with(csrf())).andReturn().getResponse()
                    .getStatus();
            assertThat(status).as(form.getKey()).isIn(200, 302);
        }
    }

    @Test
    void theLoginFormNeedsTheToken() throws Exception {
        mvc.perform(post("/login").param("username", "cora").param("password", "demo"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "cora").param("password", "demo").with(csrf()))
                .andExpect(status().isFound());

        PageSession visitor = new PageSession(port);
        var withoutPage = visitor.post("/login", Map.of("username", "cora", "password", "demo"));
        assertThat(withoutPage.statusCode()).as("no token on real HTTP").isEqualTo(403);
    }

    @Test
    void theBasicAuthApisWorkWithoutAToken() throws Exception {
        String taskId = cases.task(cases.open("team-north"), "Task_Intake").getId();
        mvc.perform(post("/api/cases").with(httpBasic("cora", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"client": {"firstName": "Ida", "lastName": "Token", "dateOfBirth": "1940-01-01"},
                                 "primaryConcern": "DEMENTIA", "urgency": "ROUTINE"}
                                """))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/tasks/{id}/claim", taskId).with(httpBasic("cora", "demo")))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/tasks/{id}/unclaim", taskId).with(httpBasic("cora", "demo")))
                .andExpect(status().isNoContent());

        var count = rest.withBasicAuth("cora", "demo").postForEntity("/engine-rest/task/count",
                new HttpEntity<>("{}", json()), String.class);
        assertThat(count.getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void theApisIgnoreTheBrowserSessionCookie() throws Exception {
        PageSession cora = PageSession.loggedIn(port, "cora", "demo");
        var withCookieOnly = cora.send(HttpRequest.newBuilder(cora.uri("/api/cases"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"client": {"firstName": "Ida", "lastName": "Cookie", "dateOfBirth": "1940-01-01"},
                         "primaryConcern": "DEMENTIA", "urgency": "ROUTINE"}
                        """)));
        assertThat(withCookieOnly.statusCode()).isEqualTo(401);
    }

    /** A browser that once answered a Basic login prompt would send those credentials with another site's post. */
    @Test
    void aBrowserRequestOnBehalfOfAnotherSiteIsRefusedEvenWithBasicCredentials() throws Exception {
        String taskId = cases.task(cases.open("team-north"), "Task_Intake").getId();
        mvc.perform(post("/api/tasks/{id}/claim", taskId).with(httpBasic("cora", "demo"))
                .header("Sec-Fetch-Site", "cross-site")).andExpect(status().isForbidden());
        mvc.perform(post("/api/tasks/{id}/claim", taskId).with(httpBasic("cora", "demo"))
                .header("Sec-Fetch-Site", "same-site")).andExpect(status().isForbidden());
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();

        HttpHeaders crossSite = json();
        crossSite.set("Sec-Fetch-Site", "cross-site");
        var engine = rest.withBasicAuth("cora", "demo").postForEntity("/engine-rest/task/" + taskId + "/claim",
                new HttpEntity<>("{\"userId\": \"cora\"}", crossSite), String.class);
        assertThat(engine.getStatusCode().value()).isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();

        mvc.perform(post("/api/tasks/{id}/claim", taskId).with(httpBasic("cora", "demo"))
                .header("Sec-Fetch-Site", "same-origin")).andExpect(status().isNoContent());
    }

    /** Each form of the pages (templates with method="post"), as the browser would post it but without a token. */
    private static Map<String, MockHttpServletRequestBuilder> pageForms(String caseNumber, String queuedTask,
            String coraTask) {
        Map<String, MockHttpServletRequestBuilder> forms = new LinkedHashMap<>();
        forms.put("new referral", post("/referrals").param("client.firstName", "Forged")
                .param("client.lastName", "Referral").param("client.dateOfBirth", "1950-01-01")
                .param("primaryConcern", "DEMENTIA").param("urgency", "ROUTINE").param("team", "team-north"));
        forms.put("note", post("/cases/{n}/notes", caseNumber).param("text", "Forged note"));
        forms.put("claim", post("/tasks/{id}/claim", queuedTask));
        forms.put("unclaim", post("/tasks/{id}/unclaim", coraTask));
        forms.put("complete", post("/tasks/{id}/complete", coraTask));
        forms.put("close", post("/cases/{n}/close", caseNumber).param("reason", "DECEASED")
                .param("explanation", "Forged"));
        forms.put("logout", post("/logout"));
        return forms;
    }

    private String claimedByCora() {
        String taskId = cases.task(cases.open("team-north"), "Task_Intake").getId();
        taskService.claim(taskId, "cora");
        return taskId;
    }

    private static HttpHeaders json() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}
