package org.casecoordination.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The consents card's form posts: CSRF, team access, errors back to the card, revocation keeping history. */
@ApplicationTest
class ConsentPagesTests {

    static final String TODAY = LocalDate.now().toString();

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    ConsentService consents;

    @Test
    void aConsentIsRecordedAndRevokedFromTheCasePage() throws Exception {
        String caseNumber = cases.open("team-north");
        mvc.perform(post("/cases/{n}/consents", caseNumber).with(Users.cora()).with(csrf())
                        .param("purpose", "SHARE_WITH_PROVIDERS").param("recipient", "")
                        .param("givenOn", TODAY).param("validUntil", ""))
                .andExpect(redirectedUrl("/cases/" + caseNumber + "#consents"))
                .andExpect(flash().attribute("message", "Consent recorded."));
        ConsentSummary recorded = list(caseNumber).get(0);
        assertThat(recorded.state()).isEqualTo(ConsentState.ACTIVE);
        assertThat(recorded.recipient()).isNull();
        assertThat(recorded.validUntil()).isNull();

        mvc.perform(post("/cases/{n}/consents/{id}/revoke", caseNumber, recorded.id()).with(Users.colin())
                        .with(csrf()).param("reason", "Client asked by phone."))
                .andExpect(redirectedUrl("/cases/" + caseNumber + "#consents"))
                .andExpect(flash().attribute("message", "Consent revoked."));
        mvc.perform(post("/cases/{n}/consents/{id}/revoke", caseNumber, recorded.id()).with(Users.colin())
                        .with(csrf()).param("reason", "Twice."))
                .andExpect(redirectedUrl("/cases/" + caseNumber + "#consents"))
                .andExpect(flash().attribute("error", "This consent was already revoked on " + TODAY + " by Colin Mensah."));

        assertThat(list(caseNumber)).singleElement().satisfies(consent -> {
            assertThat(consent.state()).isEqualTo(ConsentState.REVOKED);
            assertThat(consent.recordedBy()).isEqualTo("cora");
            assertThat(consent.revokedBy()).isEqualTo("colin");
            assertThat(consent.revocationReason()).isEqualTo("Client asked by phone.");
        });
    }

    @Test
    void mistakesComeBackToTheCardNextToTheirFieldsAndNothingIsRecorded() throws Exception {
        String caseNumber = cases.open("team-north");
        mvc.perform(post("/cases/{n}/consents", caseNumber).with(Users.cora()).with(csrf())
                        .param("purpose", "SUBSTANCE_USE_DISCLOSURE").param("givenOn", "2025-05-01")
                        .param("validUntil", "2025-04-01"))
                .andExpect(redirectedUrl("/cases/" + caseNumber + "#consents"))
                .andExpect(flash().attribute("consentErrors", Map.of(
                        "validUntil", "Valid until cannot be before the day it was given.",
                        "recipient", "Name the provider or organisation, or choose any provider for service arrangement.")))
                .andExpect(flash().attributeExists("consentInput"));
        mvc.perform(post("/cases/{n}/consents", caseNumber).with(Users.cora()).with(csrf())
                        .param("purpose", "SHARE_WITH_PROVIDERS").param("givenOn", "not a date"))
                .andExpect(flash().attribute("consentErrors", Map.of("givenOn", "Enter a valid value.")));
        assertThat(list(caseNumber)).isEmpty();
    }

    @Test
    void withoutTheCsrfTokenOrFromAnotherTeamNothingIsRecorded() throws Exception {
        String caseNumber = cases.open("team-north");
        mvc.perform(post("/cases/{n}/consents", caseNumber).with(Users.cora())
                        .param("purpose", "SHARE_WITH_PROVIDERS").param("givenOn", TODAY))
                .andExpect(status().isForbidden());
        mvc.perform(post("/cases/{n}/consents", caseNumber).with(Users.dana()).with(csrf())
                        .param("purpose", "SHARE_WITH_PROVIDERS").param("givenOn", TODAY))
                .andExpect(status().isForbidden());
        mvc.perform(post("/cases/{n}/consents", caseNumber).with(Users.dana()).with(csrf())
                        .param("purpose", "SHARE_WITH_PROVIDERS"))
                .andExpect(status().isForbidden());
        assertThat(list(caseNumber)).isEmpty();
    }

    private List<ConsentSummary> list(String caseNumber) {
        return cases.as("cora", () -> consents.list(caseNumber));
    }
}
