package org.casecoordination.arrangement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casecoordination.casefile.TimelineWords;
import org.casecoordination.consent.ConsentPurpose;
import org.casecoordination.consent.ConsentRequest;
import org.casecoordination.consent.ConsentService;
import org.casecoordination.security.RunAs;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.casecoordination.tasklist.TaskActions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A referral's reason given by the system, and a consent refusal, are read in the reader's language; a reason a
 * person typed stays as typed, and a reason stored before message keys keeps its English.
 */
@ApplicationTest
class StoredReasonWordsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ArrangedCases arranged;
    @Autowired
    Cases cases;
    @Autowired
    ProviderReferrals referrals;
    @Autowired
    ConsentService consents;
    @Autowired
    TimelineWords timelineWords;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskActions taskActions;

    @Test
    void aReferralCancelledByClosingTheCaseSaysWhyInTheReadersLanguage() throws Exception {
        String caseNumber = arranged.atSelection("HOME_CARE");
        cases.giveConsentToShare("cora", caseNumber);
        arranged.select(caseNumber, "Northside Home Care");
        long id = arranged.only(caseNumber).getId();
        mvc.perform(post("/cases/{n}/close", caseNumber).with(Users.cora()).with(csrf())
                .param("reason", "MOVED_AWAY")).andExpect(status().is3xxRedirection());

        assertThat(reason(caseNumber, id, "es")).isEqualTo("La agencia coordinadora cerró el caso");
        assertThat(reason(caseNumber, id, "en")).isEqualTo("The coordinating agency closed the case");
        assertThat(referrals.history(id)).last().satisfies(change -> {
            assertThat(change.getReason()).as("the English as written").isEqualTo("The coordinating agency closed the case");
            assertThat(timelineWords.of(change.getReasonText().orElseThrow(), Locale.forLanguageTag("es")))
                    .isEqualTo("La agencia coordinadora cerró el caso");
        });

        // a reason stored before message keys has its English words only, and shows them in any language
        jdbc.update("update provider_referral set status_reason = 'Case closed', status_reason_key = null,"
                + " status_reason_arguments = null where id = ?", id);
        assertThat(reason(caseNumber, id, "es")).isEqualTo("Case closed");
    }

    @Test
    void aPlacementNotApprovedSaysSoInSpanishWithTheSupervisorsWordsAsWritten() throws Exception {
        String caseNumber = arranged.atSelection("NURSING_HOME");
        cases.giveConsentToShare("cora", caseNumber);
        arranged.select(caseNumber, "Oakwood Nursing Home");
        long id = arranged.only(caseNumber).getId();
        String approvalTask = cases.task(caseNumber, "Task_ApprovePlacement").getId();
        RunAs.user("sam", List.of("supervisors", "team-north"), () -> {
            taskActions.complete(approvalTask, Map.of("placementDecision", "REJECTED",
                    "approvalComment", "Try home care with more hours first."));
            return null;
        });

        assertThat(reason(caseNumber, id, "es")).isEqualTo("Ingreso no aprobado: Try home care with more hours first.");
        assertThat(reason(caseNumber, id, "en")).isEqualTo("Placement not approved: Try home care with more hours first.");
    }

    @Test
    void aTypedReasonStaysAsTypedAndTheTransportItEndsSaysWhyInSpanish() throws Exception {
        String caseNumber = arranged.atSelection("ADULT_DAY_CARE");
        cases.giveConsentToShare("cora", caseNumber);
        arranged.select(caseNumber, "Sunrise Day Centre");
        cases.acceptOpenReferrals("cora", caseNumber);
        ProviderReferral dayCare = arranged.only(caseNumber);
        assertThat(bookTransport(caseNumber, dayCare).getFlashMap().get("error")).isNull();

        mvc.perform(post("/cases/{n}/referrals/{id}/delivery", caseNumber, dayCare.getId()).with(Users.cora())
                .with(csrf()).param("status", "CANCELLED").param("reason", "Client prefers home care"))
                .andExpect(status().is3xxRedirection());

        Document spanish = casePage(caseNumber, "es");
        assertThat(spanish.select("#referral-" + dayCare.getId() + " td").get(2).select(".text-muted").text())
                .isEqualTo("Client prefers home care");
        assertThat(spanish.select("#referral-" + dayCare.getId() + " td").get(5).text())
                .contains("Terminó el servicio al que lleva al cliente.").doesNotContain("takes the client");
        assertThat(casePage(caseNumber, "en").select("#referral-" + dayCare.getId() + " td").get(5).text())
                .contains("The service it takes the client to ended.");
    }

    @Test
    void aProviderChoiceRefusedForWantOfConsentSaysWhyInSpanish() throws Exception {
        String caseNumber = arranged.atSelection("HOME_CARE");
        String taskId = cases.task(caseNumber, "Task_SelectProvider").getId();

        MvcResult refused = mvc.perform(post("/tasks/{id}/complete", taskId).header("Accept-Language", "es")
                        .with(Users.cora()).with(csrf())
                        .param("providerId", String.valueOf(arranged.providerId("Northside Home Care"))))
                .andExpect(status().is3xxRedirection()).andReturn();
        Document page = Jsoup.parse(mvc.perform(get("/tasks/{id}", taskId).header("Accept-Language", "es")
                        .with(Users.cora()).flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        assertThat(page.select("#providerId-error").text()).isEqualTo("No se puede enviar ninguna derivación: No hay"
                + " ningún consentimiento para compartir información con proveedores registrado. Registre primero el"
                + " consentimiento del cliente (en esta tarea o en la página del caso).");
        assertThat(page.select("#consent-needed").text()).contains(
                "No hay ningún consentimiento para compartir información con proveedores registrado.")
                .doesNotContain("No consent");
    }

    @Test
    void transportRefusedForWantOfConsentSaysWhyInTheReadersLanguage() throws Exception {
        String caseNumber = arranged.atSelection("ADULT_DAY_CARE");
        ConsentRequest onlyTheDayCentre = new ConsentRequest();
        onlyTheDayCentre.setPurpose(ConsentPurpose.SHARE_WITH_PROVIDERS);
        onlyTheDayCentre.setRecipient("Sunrise Day Centre");
        onlyTheDayCentre.setGivenOn(LocalDate.now());
        cases.as("cora", () -> consents.record(caseNumber, onlyTheDayCentre));
        arranged.select(caseNumber, "Sunrise Day Centre");
        cases.acceptOpenReferrals("cora", caseNumber);
        ProviderReferral dayCare = arranged.only(caseNumber);

        assertThat(bookTransport(caseNumber, dayCare, "es").getFlashMap().get("error")).isEqualTo(
                "No se reservó el transporte: No se puede enviar ninguna derivación: El consentimiento para compartir"
                        + " información con proveedores solo nombra a Sunrise Day Centre, no a CareRide Transport."
                        + " Registre primero el consentimiento del cliente (en esta tarea o en la página del caso).");
        assertThat(bookTransport(caseNumber, dayCare, "en").getFlashMap().get("error")).isEqualTo(
                "Transport not booked: No referral can be sent: The consent to share with providers names only"
                        + " Sunrise Day Centre, not CareRide Transport. Record the client's consent first (on this"
                        + " task or the case page).");
    }

    private String reason(String caseNumber, long referralId, String language) throws Exception {
        return casePage(caseNumber, language).select("#referral-" + referralId + " td").get(2)
                .select("div.text-muted").first().text();
    }

    private Document casePage(String caseNumber, String language) throws Exception {
        return Jsoup.parse(mvc.perform(get("/cases/{n}", caseNumber).header("Accept-Language", language)
                        .with(Users.cora())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private MvcResult bookTransport(String caseNumber, ProviderReferral served) throws Exception {
        return bookTransport(caseNumber, served, "en");
    }

    private MvcResult bookTransport(String caseNumber, ProviderReferral served, String language) throws Exception {
        return mvc.perform(post("/cases/{n}/referrals/{id}/transport", caseNumber, served.getId())
                .header("Accept-Language", language).with(Users.cora()).with(csrf())
                .param("transportProviderId", String.valueOf(arranged.providerId("CareRide Transport")))
                .param("pickupAddress", "12 Elm Street, 10001").param("pickupTime", "Tuesdays 8:30")
                .param("mobilityNeeds", "WHEELCHAIR")).andExpect(status().is3xxRedirection()).andReturn();
    }
}
