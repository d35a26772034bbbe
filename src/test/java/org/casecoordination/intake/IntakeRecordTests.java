package org.casecoordination.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.casecoordination.arrangement.ProviderDirectory;
import org.casecoordination.arrangement.ProviderSearch;
import org.casecoordination.arrangement.ServiceType;
import org.casecoordination.consent.ConsentPurpose;
import org.casecoordination.consent.ConsentService;
import org.casecoordination.consent.ConsentState;
import org.casecoordination.consent.ConsentSummary;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.FormAnswers;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** What the client says at intake reaches the record: the consent to share and the caregiver (issue 18, defect 1). */
@ApplicationTest
class IntakeRecordTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    ConsentService consents;
    @Autowired
    ProviderDirectory providers;

    @Test
    void theConsentGivenAtIntakeIsRecordedAndTheProviderCanBeChosen() throws Exception {
        String caseNumber = cases.open("team-north");
        LocalDate contactDay = LocalDate.now().minusDays(1);
        Map<String, Object> intake = FormAnswers.intakeEligible();
        intake.put("contactDate", contactDay.toString());
        cases.complete("cora", caseNumber, "Task_Intake", intake);

        assertThat(consentsOf(caseNumber)).singleElement().satisfies(consent -> {
            assertThat(consent.purpose()).isEqualTo(ConsentPurpose.SHARE_WITH_PROVIDERS);
            assertThat(consent.recipient()).as("any provider").isNull();
            assertThat(consent.givenOn()).as("the day the client said so").isEqualTo(contactDay);
            assertThat(consent.recordedBy()).isEqualTo("cora");
            assertThat(consent.state()).isEqualTo(ConsentState.ACTIVE);
        });
        Document casePage = casePage(caseNumber);
        assertThat(casePage.select("#no-consents")).isEmpty();
        assertThat(casePage.select("#consent-list").text()).contains("Share with providers");

        cases.complete("cora", caseNumber, "Task_Assessment", FormAnswers.assessment());
        cases.complete("cora", caseNumber, "Task_PlanServices", FormAnswers.planServices(List.of("HOME_CARE")));
        long provider = cases.as("cora", () -> providers.search(ProviderSearch.of(ServiceType.HOME_CARE, null, null))
                .get(0).getId());
        cases.complete("cora", caseNumber, "Task_SelectProvider", Map.of("providerId", provider));
        assertThat(cases.tasks(caseNumber, "Task_SelectProvider")).as("chosen, no refusal").isEmpty();
    }

    @Test
    void withoutConsentAtIntakeNoConsentIsRecorded() {
        String caseNumber = cases.open("team-north");
        cases.completeIntakeWithoutConsent("cora", caseNumber);
        assertThat(consentsOf(caseNumber)).isEmpty();
    }

    @Test
    void theCaregiverNamedAtIntakeIsOnTheClientsRecord() throws Exception {
        String caseNumber = cases.open("team-north");
        Map<String, Object> intake = FormAnswers.intakeEligible();
        intake.put("caregiverName", "Maria Lopez");
        intake.put("caregiverPhone", "+49 30 5550101");
        cases.complete("cora", caseNumber, "Task_Intake", intake);

        assertThat(casePage(caseNumber).select(".case-context, body").text())
                .contains("Maria Lopez, +49 30 5550101");
    }

    private List<ConsentSummary> consentsOf(String caseNumber) {
        return cases.as("cora", () -> consents.list(caseNumber));
    }

    private Document casePage(String caseNumber) throws Exception {
        return Jsoup.parse(mvc.perform(get("/cases/{n}", caseNumber).with(Users.cora()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
