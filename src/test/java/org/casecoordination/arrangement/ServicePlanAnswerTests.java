package org.casecoordination.arrangement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The service plan's "Record answer" on the case page (issue 18, defect 9): a date input, and a refused answer
 * shown beside its field in the referral's row with what was typed, not at the top of the page.
 */
@ApplicationTest
class ServicePlanAnswerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ArrangedCases arranged;
    @Autowired
    ProviderReferrals referrals;

    @Test
    void theStartDateIsADateInput() throws Exception {
        ProviderReferral referral = arranged.sent("Southgate Care at Home");
        Element row = row(casePage(arranged.caseNumberOf(referral), new MockHttpSession()), referral);
        assertThat(row.select(".record-answer input[name=startDate]").attr("type")).isEqualTo("date");
        assertThat(row.select(".record-answer label").eachText()).contains("Start date");
    }

    @Test
    void anImpossibleStartDateIsRefusedBesideTheFieldWithWhatWasTypedKept() throws Exception {
        ProviderReferral referral = arranged.sent("Southgate Care at Home");
        String caseNumber = arranged.caseNumberOf(referral);
        MockHttpSession session = new MockHttpSession();

        MvcResult answered = mvc.perform(post("/cases/{n}/referrals/{id}/answer", caseNumber, referral.getId())
                        .session(session).with(Users.cora()).with(csrf())
                        .param("decision", "ACCEPTED").param("startDate", "2026-02-30"))
                .andReturn();
        assertThat(answered.getResponse().getRedirectedUrl()).startsWith("/cases/" + caseNumber);
        assertThat(referrals.find(referral.getId()).getStatus()).as("nothing recorded")
                .isEqualTo(ProviderReferralStatus.REQUESTED);

        Document page = casePage(caseNumber, session);
        Element form = row(page, referral).selectFirst(".record-answer");
        Element date = form.selectFirst("input[name=startDate]");
        assertThat(date.hasClass("is-invalid")).isTrue();
        assertThat(date.val()).as("what was typed is kept").isEqualTo("2026-02-30");
        assertThat(date.nextElementSibling().hasClass("invalid-feedback")).isTrue();
        assertThat(date.nextElementSibling().text()).as("a day as the reader writes one")
                .isEqualTo("Enter a start date like 12/07/2026.");
        assertThat(page.select(".alert-danger").text()).as("not at the top of the page")
                .doesNotContain("start date");
    }

    @Test
    void inSpanishTheRefusalShowsADayInSpanishOrderAndADayTypedThatWayIsTaken() throws Exception {
        ProviderReferral referral = arranged.sent("Southgate Care at Home");
        String caseNumber = arranged.caseNumberOf(referral);
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/cases/{n}/referrals/{id}/answer", caseNumber, referral.getId())
                .session(session).with(Users.cora()).with(csrf()).header("Accept-Language", "es")
                .param("decision", "ACCEPTED").param("startDate", "30/02/2026"));
        Document page = Jsoup.parse(mvc.perform(get("/cases/{n}", caseNumber).session(session)
                .header("Accept-Language", "es").with(Users.cora())).andReturn().getResponse().getContentAsString());
        assertThat(row(page, referral).select(".record-answer .invalid-feedback").text())
                .isEqualTo("Escriba una fecha de inicio como 07/12/2026.");
        assertThat(referrals.find(referral.getId()).getStatus()).isEqualTo(ProviderReferralStatus.REQUESTED);

        // a browser without a date picker sends the day as typed
        mvc.perform(post("/cases/{n}/referrals/{id}/answer", caseNumber, referral.getId())
                .with(Users.cora()).with(csrf()).header("Accept-Language", "es")
                .param("decision", "ACCEPTED").param("startDate", "7/12/2026"));
        assertThat(referrals.find(referral.getId()).getStartDate()).hasToString("2026-12-07");
    }

    @Test
    void aDeclineWithoutReasonIsRefusedBesideTheReasonWithTheDecisionKept() throws Exception {
        ProviderReferral referral = arranged.sent("Southgate Care at Home");
        String caseNumber = arranged.caseNumberOf(referral);
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/cases/{n}/referrals/{id}/answer", caseNumber, referral.getId())
                .session(session).with(Users.cora()).with(csrf()).param("decision", "DECLINED").param("reason", " "));

        Element form = row(casePage(caseNumber, session), referral).selectFirst(".record-answer");
        assertThat(form.select("select[name=decision] option[selected]").val()).isEqualTo("DECLINED");
        assertThat(form.selectFirst("input[name=reason]").hasClass("is-invalid")).isTrue();
        assertThat(form.select(".invalid-feedback").text()).isEqualTo("Say why the provider declined.");
        assertThat(referrals.find(referral.getId()).getStatus()).isEqualTo(ProviderReferralStatus.REQUESTED);
    }

    @Test
    void aValidAnswerIsRecordedWithItsStartDate() throws Exception {
        ProviderReferral referral = arranged.sent("Southgate Care at Home");
        String caseNumber = arranged.caseNumberOf(referral);
        mvc.perform(post("/cases/{n}/referrals/{id}/answer", caseNumber, referral.getId())
                .with(Users.cora()).with(csrf()).param("decision", "ACCEPTED").param("startDate", "2026-12-07"));
        ProviderReferral answered = referrals.find(referral.getId());
        assertThat(answered.getStatus()).isEqualTo(ProviderReferralStatus.ACCEPTED);
        assertThat(answered.getStartDate()).hasToString("2026-12-07");

        MockHttpSession session = new MockHttpSession();
        assertThat(row(casePage(caseNumber, session), referral).select(".start-date").text())
                .as("the start as the reader writes a day").isEqualTo("Dec 7, 2026");
        Document spanish = Jsoup.parse(mvc.perform(get("/cases/{n}", caseNumber).header("Accept-Language", "es")
                .with(Users.cora())).andReturn().getResponse().getContentAsString());
        assertThat(row(spanish, referral).select(".start-date").text()).isEqualTo("7 dic 2026");
    }

    private Document casePage(String caseNumber, MockHttpSession session) throws Exception {
        return Jsoup.parse(mvc.perform(get("/cases/{n}", caseNumber).session(session).with(Users.cora()))
                .andReturn().getResponse().getContentAsString());
    }

    private static Element row(Document page, ProviderReferral referral) {
        return page.selectFirst("#service-plan tr[data-referral-id=" + referral.getId() + "]");
    }
}
