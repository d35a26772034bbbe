package org.casecoordination.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.client.ClientRepository;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ApplicationTest
class ReferralPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseRepository cases;
    @Autowired
    ClientRepository clients;

    private static MockHttpServletRequestBuilder referral(String lastName) {
        return post("/referrals").with(Users.cora()).with(csrf())
                .param("client.firstName", "Harold")
                .param("client.lastName", lastName)
                .param("client.dateOfBirth", "1939-02-17")
                .param("client.sex", "MALE")
                .param("client.phone", "")
                .param("primaryConcern", "CANCER")
                .param("urgency", "ROUTINE")
                .param("team", "team-north");
    }

    @Test
    void aReferralFromThePageOpensACase() throws Exception {
        long before = cases.count();
        mvc.perform(referral("Whitfield-" + System.nanoTime()))
                .andExpect(redirectedUrlPattern("/cases/CC-*"));
        assertThat(cases.count()).isEqualTo(before + 1);
    }

    @Test
    void thePreferredLanguageIsChosenByNameInTheReadersLanguageStoredAsItsCodeAndShownByName() throws Exception {
        Document english = page(get("/referrals/new"));
        assertThat(english.select("#client-preferredLanguage option").eachAttr("value")).startsWith("", "en", "es")
                .contains("zh", "vi", "tl", "ko", "ru", "ar", "ht");
        assertThat(english.select("#client-preferredLanguage option[value=es]").text()).isEqualTo("Spanish");
        Document spanish = page(get("/referrals/new").header("Accept-Language", "es"));
        assertThat(spanish.select("label[for=client-preferredLanguage]").text()).isEqualTo("Idioma preferido");
        assertThat(spanish.select("#client-preferredLanguage option[value=es]").text()).isEqualTo("Español");
        assertThat(spanish.select("#client-preferredLanguage option[value=en]").text()).isEqualTo("Inglés");

        String lastName = "Lenguaje-" + System.nanoTime();
        String casePage = mvc.perform(referral(lastName).param("client.preferredLanguage", "es"))
                .andExpect(redirectedUrlPattern("/cases/CC-*")).andReturn().getResponse().getRedirectedUrl();
        Long clientId = clients.findAll().stream().filter(c -> c.getLastName().equals(lastName)).findFirst()
                .orElseThrow().getId();
        assertThat(clients.findById(clientId).orElseThrow().getPreferredLanguage()).isEqualTo("es");
        assertThat(page(get(casePage)).select("#client-language").text()).isEqualTo("Spanish");
        assertThat(page(get(casePage).header("Accept-Language", "es")).select("#client-language").text())
                .isEqualTo("Español");

        Document refused = Jsoup.parse(mvc.perform(referral(lastName + "x").param("client.preferredLanguage",
                "Spanish")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#client-preferredLanguage-error").text()).startsWith("Choose a language");
    }

    @Test
    void inSpanishTheWholePageAndTheErrorsNextToTheFieldsAreSpanish() throws Exception {
        Document page = Jsoup.parse(mvc.perform(post("/referrals").with(Users.cora()).with(csrf())
                        .header("Accept-Language", "es").param("client.firstName", "Harold")
                        .param("client.preferredLanguage", "xx").param("urgency", "ROUTINE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("html").attr("lang")).isEqualTo("es");
        assertThat(page.select("h1").text()).isEqualTo("Nueva derivación");
        assertThat(page.select("#client-lastName-error").text()).isEqualTo("Escriba el apellido.");
        assertThat(page.select("#primaryConcern-error").text()).isEqualTo("Elija el problema principal.");
        assertThat(page.select("#client-preferredLanguage-error").text()).startsWith("Elija un idioma de la lista");
        assertThat(page.select("#submit-referral").text()).isEqualTo("Abrir caso");
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(Users.cora())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    @Test
    void missingFieldsShowAMessageNextToEachFieldAndKeepWhatWasTyped() throws Exception {
        long before = cases.count();
        String html = mvc.perform(post("/referrals").with(Users.cora()).with(csrf())
                        .param("client.firstName", "Harold")
                        .param("client.phone", "call me maybe")
                        .param("urgency", "ROUTINE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#client-lastName-error").text()).isEqualTo("Enter the last name.");
        assertThat(page.select("#client-dateOfBirth-error").text()).isEqualTo("Enter the date of birth.");
        assertThat(page.select("#client-phone-error").text()).startsWith("Enter a phone number");
        assertThat(page.select("#primaryConcern-error").text()).isEqualTo("Choose the primary concern.");
        assertThat(page.select("#client-firstName").val()).isEqualTo("Harold");
        assertThat(cases.count()).isEqualTo(before);
    }

    @Test
    void aClientWithTheSameNameAndBirthDateIsOfferedBeforeADuplicateIsCreated() throws Exception {
        String lastName = "Ashdown-" + System.nanoTime();
        mvc.perform(referral(lastName)).andExpect(redirectedUrlPattern("/cases/CC-*"));
        long clientsBefore = clients.count();
        long casesBefore = cases.count();

        String html = mvc.perform(referral(lastName.toUpperCase()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#duplicate-warning").text()).contains("already exists").contains("Harold");
        assertThat(cases.count()).as("nothing created while the coordinator decides").isEqualTo(casesBefore);
        Long existingId = Long.valueOf(page.select("#duplicate-warning input[name=clientId]").val());

        mvc.perform(referral(lastName).param("clientId", existingId.toString()))
                .andExpect(redirectedUrlPattern("/cases/CC-*"));
        assertThat(clients.count()).as("attached to the existing client").isEqualTo(clientsBefore);
        assertThat(cases.findByClientIdOrderByOpenedAtDesc(existingId)).hasSize(2);

        mvc.perform(referral(lastName).param("clientChoice", "new"))
                .andExpect(redirectedUrlPattern("/cases/CC-*"));
        assertThat(clients.count()).as("a different person with the same name").isEqualTo(clientsBefore + 1);
    }
}
