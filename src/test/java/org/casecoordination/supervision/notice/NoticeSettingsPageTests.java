package org.casecoordination.supervision.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The account page of email settings: each kind's choice, urgent kinds fixed, in the reader's language. */
@ApplicationTest
class NoticeSettingsPageTests {

    @Autowired MockMvc mvc;
    @Autowired NoticeEmailSettings settings;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void forget() {
        jdbc.update("delete from notice_email_setting where user_id = 'colin'");
    }

    @Test
    void thePageOffersEachChoiceAndShowsUrgentNoticesAsAlwaysEmailed() throws Exception {
        Document page = page(get("/account/notifications"));

        assertThat(page.select("#OVERDUE-AT_ONCE").hasAttr("checked")).isTrue();
        assertThat(page.select("#kind-OVERDUE label").eachText())
                .containsExactly("Email at once", "In the daily email", "No email");
        assertThat(page.select("#kind-SAFETY").hasAttr("disabled")).isTrue();
        assertThat(page.select("#kind-SAFETY").text()).contains("Safety concerns")
                .contains("always emailed at once");
        assertThat(page.select("#kind-CRISIS, #kind-ESCALATION")).hasSize(2);
        assertThat(page.select("input[name=SAFETY]")).as("nothing to send for an urgent kind").isEmpty();
    }

    @Test
    void inSpanishThePageSpeaksSpanish() throws Exception {
        Document page = page(get("/account/notifications").header("Accept-Language", "es"));

        assertThat(page.select("h1").text()).isEqualTo("Avisos por correo electrónico");
        assertThat(page.select("#kind-OVERDUE label").eachText())
                .containsExactly("Correo de inmediato", "En el correo diario", "Sin correo");
        assertThat(page.select("#kind-SAFETY").text()).contains("siempre se envía por correo de inmediato");
        assertThat(page.text()).doesNotContain("Email at once", "daily email", "always emailed");
    }

    @Test
    void aChoiceIsSavedAndShownNextTime() throws Exception {
        mvc.perform(post("/account/notifications").param("OVERDUE", "DIGEST").param("TASK_HANDED_OVER", "NONE")
                .param("CASE_HANDED_OVER", "AT_ONCE").param("SAFETY", "NONE").with(Users.colin()).with(csrf()))
                .andExpect(redirectedUrl("/account/notifications"))
                .andExpect(flash().attribute("message", "Your email settings are saved."));

        assertThat(settings.of("colin", NoticeKind.OVERDUE)).isEqualTo(EmailChoice.DIGEST);
        assertThat(settings.of("colin", NoticeKind.TASK_HANDED_OVER)).isEqualTo(EmailChoice.NONE);
        assertThat(settings.of("colin", NoticeKind.SAFETY)).as("urgent stays at once").isEqualTo(EmailChoice.AT_ONCE);
        assertThat(page(get("/account/notifications")).select("#OVERDUE-DIGEST").hasAttr("checked")).isTrue();
    }

    @Test
    void aChoiceThatIsNotOneOfTheThreeIsRefusedNextToItsKindAndNothingIsSaved() throws Exception {
        String html = mvc.perform(post("/account/notifications").param("OVERDUE", "DIGEST")
                        .param("TASK_HANDED_OVER", "SOMETIMES").param("CASE_HANDED_OVER", "NONE")
                        .with(Users.colin()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);

        assertThat(page.select("#TASK_HANDED_OVER-error").text()).isEqualTo("Choose one of the three.");
        assertThat(page.select("#OVERDUE-error")).isEmpty();
        assertThat(page.select("#OVERDUE-DIGEST").hasAttr("checked")).as("what was chosen is kept").isTrue();
        assertThat(settings.of("colin", NoticeKind.OVERDUE)).isEqualTo(EmailChoice.AT_ONCE);
        assertThat(settings.of("colin", NoticeKind.CASE_HANDED_OVER)).isEqualTo(EmailChoice.AT_ONCE);
    }

    private Document page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return Jsoup.parse(mvc.perform(request.with(Users.colin())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }
}
