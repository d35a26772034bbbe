package org.casecoordination.security.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The app's pages carry a strict Content-Security-Policy and nothing in them needs an exception to it; Camunda's
 * webapps keep their own policy and the engine REST API gets none of ours.
 */
@ApplicationTest
class ContentSecurityPolicyTests {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    Cases cases;

    @Test
    void everyPageAndTheLoginPageCarryThePolicy() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", POLICY))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
        for (String page : appPages()) {
            mvc.perform(get(page).with(Users.cora())).andExpect(status().isOk())
                    .andExpect(header().string("Content-Security-Policy", POLICY));
        }
    }

    @Test
    void noPageHasInlineScriptInlineStyleOrEventHandlerAttributes() throws Exception {
        for (String page : appPages()) {
            Document html = render(get(page).with(Users.cora()));
            assertThat(html.select("script:not([src])")).as("%s: inline <script>", page).isEmpty();
            assertThat(html.select("script[src]").eachAttr("src")).as("%s: scripts of our own origin", page)
                    .allMatch(src -> src.startsWith("/") && !src.startsWith("//"));
            assertThat(html.select("style")).as("%s: <style> element", page).isEmpty();
            assertThat(html.select("[style]")).as("%s: style attribute", page).isEmpty();
            assertThat(html.select("link[rel=stylesheet]").eachAttr("href")).as("%s: our own stylesheets", page)
                    .allMatch(href -> href.startsWith("/") && !href.startsWith("//"));
            for (Element element : html.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    assertThat(attribute.getKey()).as("%s: handler on <%s>", page, element.tagName())
                            .doesNotStartWith("on");
                    assertThat(attribute.getValue()).as("%s: javascript: URL", page).doesNotStartWith("javascript:");
                }
            }
        }
    }

    /**
     * Every template, whoever may see it: what a page needs must come from a file, never inline. A template named
     * {@code *.pdf.html} is made into a PDF on the server and never reaches a browser: its styles stay inline.
     */
    @Test
    void noTemplateHasInlineScriptInlineStyleOrEventHandlers() throws Exception {
        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
        assertThat(templates).isNotEmpty();
        for (Resource template : templates) {
            String name = template.getURL().getPath().replaceAll(".*/templates/", "");
            if (name.endsWith(".pdf.html")) {
                continue;
            }
            Document html = Jsoup.parse(template.getContentAsString(StandardCharsets.UTF_8));
            assertThat(html.select("script:not([src]):not([th:src])")).as("%s: inline <script>", name).isEmpty();
            assertThat(html.select("style")).as("%s: <style> element", name).isEmpty();
            for (Element element : html.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    String key = attribute.getKey().toLowerCase(Locale.ROOT).replaceFirst("^(th|data-th):", "");
                    assertThat(key).as("%s: <%s %s>", name, element.tagName(), attribute.getKey())
                            .doesNotStartWith("on").isNotIn("style", "styleappend");
                    assertThat(attribute.getValue()).as("%s: <%s %s>", name, element.tagName(), attribute.getKey())
                            .doesNotContainPattern("(?i)javascript:|(^|[\\s,'])(on[a-z]+|style)\\s*=");
                }
            }
        }
    }

    /** Pages load Bootstrap and their own scripts only; htmx, which no page used, is gone. */
    @Test
    void pagesLoadNoScriptTheyDoNotUse() throws Exception {
        Document html = render(get("/tasks").with(Users.cora()));
        assertThat(html.select("script[src]").eachAttr("src")).noneMatch(src -> src.contains("htmx"))
                .anyMatch(src -> src.contains("bootstrap"));
        assertThat(html.selectFirst("meta[name=htmx-config]")).isNull();
    }

    @Test
    void camundasWebappsKeepTheirOwnPolicyAndTheEngineRestApiGetsNoneOfOurs() {
        ResponseEntity<String> tasklist = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
        assertThat(tasklist.getStatusCode().is2xxSuccessful()).as(tasklist.toString()).isTrue();
        assertThat(tasklist.getHeaders().get("Content-Security-Policy"))
                .as("Camunda's own policy, alone").singleElement().isNotEqualTo(POLICY);

        ResponseEntity<String> engine = rest.withBasicAuth("cora", "demo").getForEntity("/engine-rest/version",
                String.class);
        assertThat(engine.getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(engine.getHeaders().getOrEmpty("Content-Security-Policy")).doesNotContain(POLICY);
    }

    private List<String> appPages() {
        String caseNumber = cases.open("team-north");
        return List.of("/tasks", "/tasks?view=team", "/referrals/new", "/cases/" + caseNumber,
                "/tasks/" + cases.task(caseNumber, "Task_Intake").getId());
    }

    private Document render(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

}
