package org.casecoordination.supervision.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casecoordination.casefile.TimelineText.Words.person;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.casecoordination.casefile.TimelineText;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An email's link opened without a session: the login page, then the task or case it named, not the home page;
 * also when the browser still carries the cookie of a session that expired. Someone who may not see the case gets
 * the usual refusal; a notice's link works for its own recipient only.
 */
@ApplicationTest
class NoticeLinkTests {

    @Autowired MockMvc mvc;
    @Autowired Cases cases;
    @Autowired Notices notices;
    @Autowired NoticeRepository repository;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void aTaskLinkOpenedWithoutASessionLeadsToTheTaskAfterLogin() throws Exception {
        String caseNumber = cases.open("team-north");
        String task = "/tasks/" + cases.task(caseNumber, "Task_Intake").getId();
        MockHttpSession session = new MockHttpSession();

        mvc.perform(get(task).session(session)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("http://localhost/login"));
        String after = logIn("cora", session);

        assertThat(after).startsWith(task).doesNotStartWith("/?");
        mvc.perform(get(after).session(session)).andExpect(status().isOk());
    }

    @Test
    void aCaseLinkOpenedWithAnExpiredSessionLeadsToTheCaseAfterLogin() throws Exception {
        String caseNumber = cases.open("team-north");
        MvcResult expired = mvc.perform(get("/cases/" + caseNumber).with(request -> {
            request.setRequestedSessionId("ended-long-ago");
            request.setRequestedSessionIdValid(false);
            return request;
        })).andExpect(redirectedUrl("/login?expired")).andReturn();
        MockHttpSession session = (MockHttpSession) expired.getRequest().getSession();

        String after = logIn("cora", session);

        assertThat(after).startsWith("/cases/" + caseNumber);
        mvc.perform(get(after).session(session)).andExpect(status().isOk());
    }

    @Test
    void aLinkToACaseThePersonMayNotSeeEndsAtTheRefusalAfterLogin() throws Exception {
        String caseNumber = cases.open("team-north"); // dana works in team south
        String task = "/tasks/" + cases.task(caseNumber, "Task_Intake").getId();
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get(task).session(session)).andExpect(redirectedUrl("http://localhost/login"));

        String after = logIn("dana", session);

        assertThat(after).startsWith(task);
        int refused = mvc.perform(get(after).session(session)).andReturn().getResponse().getStatus();
        assertThat(refused).isIn(403, 404);
    }

    @Test
    void aNoticeLinkOpensItsCaseForItsRecipientOnly() throws Exception {
        String caseNumber = cases.open("team-north");
        new TransactionTemplate(transactions).executeWithoutResult(status -> notices.send("cora", caseNumber, null,
                TimelineText.of("notice.handOver.case", person("colin"), person("cora"), person("sam"), "away")));
        long id = repository.findTop50ByRecipientOrderByCreatedAtDescIdDesc("cora").stream()
                .filter(n -> n.getCaseNumber().equals(caseNumber)).findFirst().orElseThrow().getId();

        mvc.perform(get("/notices/" + id + "/open").with(Users.cora()))
                .andExpect(redirectedUrl("/cases/" + caseNumber));
        mvc.perform(get("/notices/" + id + "/open").with(Users.colin())).andExpect(status().isNotFound());
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/notices/" + id + "/open").session(session)).andExpect(redirectedUrl("http://localhost/login"));
        assertThat(logIn("cora", session)).startsWith("/notices/" + id + "/open");
    }

    /** Logs in on the login page's form in the session; where the browser is sent next. */
    private String logIn(String user, MockHttpSession session) throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", user).param("password", "demo")
                .with(csrf()).session(session)).andExpect(status().is3xxRedirection()).andReturn();
        String to = result.getResponse().getRedirectedUrl();
        return to.startsWith("http://localhost") ? to.substring("http://localhost".length()) : to;
    }
}
