package org.casecoordination.security.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Names and notes that contain HTML or script show as text on every page that displays them. */
@ApplicationTest
class EscapedUserTextTests {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMAGE = "\"><img src=x onerror=alert(1)>";

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;

    @Test
    void scriptAndMarkupInNamesAndNotesAreShownAsTextOnTheCasePageTaskPageAndTaskList() throws Exception {
        Referrals referrals = new Referrals(mvc);
        String caseNumber = referrals.refer(Map.of("firstName", SCRIPT, "lastName", IMAGE,
                "dateOfBirth", "1950-01-01", "address", SCRIPT + " " + IMAGE),
                "Referral notes " + SCRIPT + IMAGE);
        referrals.completeIntake(cases.task(caseNumber, "Task_Intake").getId(), "Needs " + SCRIPT + " and " + IMAGE);
        mvc.perform(post("/cases/{n}/notes", caseNumber).with(Users.cora()).with(csrf())
                .param("text", "Note " + SCRIPT + " " + IMAGE)).andExpect(status().is3xxRedirection());
        String assessment = cases.task(caseNumber, "Task_Assessment").getId();

        for (String page : List.of("/cases/" + caseNumber, "/tasks/" + assessment, taskListPageWith(caseNumber))) {
            Document html = page(page);
            assertInert(page, html);
            assertThat(html.text()).as("%s shows the client's name as typed", page).contains(SCRIPT).contains(IMAGE);
        }
        assertThat(page("/cases/" + caseNumber).select("#notes").text()).contains("Note " + SCRIPT + " " + IMAGE);
        assertThat(page("/cases/" + caseNumber).select("#records").text()).contains("Needs " + SCRIPT);
        assertThat(page("/cases/" + caseNumber).title()).contains(SCRIPT);
    }

    /** The page of cora's task list that shows this case (the list is paged, and other tests leave tasks). */
    private String taskListPageWith(String caseNumber) throws Exception {
        for (int number = 0; number < 100; number++) {
            String path = "/tasks?view=mine&page=" + number;
            Document list = page(path);
            if (!list.select("#task-table a[href=/cases/" + caseNumber + "]").isEmpty()) {
                return path;
            }
            if (list.select("#task-table").isEmpty()) {
                break;
            }
        }
        throw new AssertionError(caseNumber + " is not on cora's task list");
    }

    private Document page(String path) throws Exception {
        String html = mvc.perform(get(path).with(Users.cora())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private static void assertInert(String page, Document html) {
        for (Element script : html.select("script")) {
            assertThat(script.attr("src")).as("%s: every script is a file of ours", page).startsWith("/");
            assertThat(script.data()).as("%s: no script body", page).isBlank();
        }
        assertThat(html.select("img")).as("%s: no injected image", page).isEmpty();
        for (Element element : html.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as("%s: event handler on <%s>", page, element.tagName())
                        .doesNotStartWith("on");
            }
        }
    }
}
