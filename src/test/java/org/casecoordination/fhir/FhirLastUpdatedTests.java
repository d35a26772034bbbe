package org.casecoordination.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.casecoordination.arrangement.ArrangedCases;
import org.casecoordination.arrangement.ProviderReferral;
import org.casecoordination.support.ApplicationTest;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * {@code _lastUpdated} as a system that fetches only what changed uses it: each prefix at the boundary of an
 * instant and of a day, in the searches filtered in the database (Consent, Task) and in memory (CarePlan, Goal),
 * the value kept in the next link, and a value this server cannot read refused in words.
 */
@ApplicationTest
class FhirLastUpdatedTests {

    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX")
            .withZone(ZoneId.of("UTC"));

    @Autowired
    MockMvc mvc;
    @Autowired
    FhirContext fhir;
    @Autowired
    ArrangedCases arranged;

    @Test
    void eachPrefixHoldsAtTheBoundaryOfAnInstantAndOfADay() throws Exception {
        ProviderReferral referral = arranged.accepted("Northside Home Care");
        String caseNumber = arranged.caseNumberOf(referral);
        String patient = patientOf(caseNumber);
        for (String type : List.of("Consent", "Task", "CarePlan", "Goal", "ServiceRequest")) {
            Resource resource = search(type, patient).getEntryFirstRep().getResource();
            Instant lastUpdated = resource.getMeta().getLastUpdated().toInstant();
            String at = MILLIS.format(lastUpdated);
            String id = resource.getIdElement().getIdPart();
            assertThat(ids(search(type, patient, "ge" + at))).as(type + " ge").contains(id);
            assertThat(ids(search(type, patient, "le" + at))).as(type + " le").contains(id);
            assertThat(ids(search(type, patient, "eq" + at))).as(type + " eq").contains(id);
            assertThat(ids(search(type, patient, at))).as(type + " no prefix is eq").contains(id);
            assertThat(ids(search(type, patient, "gt" + at))).as(type + " gt").doesNotContain(id);
            assertThat(ids(search(type, patient, "lt" + at))).as(type + " lt").doesNotContain(id);

            LocalDate day = lastUpdated.atZone(ZoneId.systemDefault()).toLocalDate();
            assertThat(ids(search(type, patient, "eq" + day))).as(type + " that day").contains(id);
            assertThat(ids(search(type, patient, "ge" + day, "lt" + day.plusDays(1)))).as(type + " between")
                    .contains(id);
            assertThat(ids(search(type, patient, "gt" + day))).as(type + " after that day").doesNotContain(id);
            assertThat(ids(search(type, patient, "lt" + day))).as(type + " before that day").doesNotContain(id);
            assertThat(ids(search(type, patient, "eq" + day.getYear()))).as(type + " that year").contains(id);
            assertThat(ids(search(type, patient, "lt" + day.minusDays(1)))).isEmpty();
        }
    }

    @Test
    void theValueStaysInTheNextLinkWithItsTimeZone() throws Exception {
        ProviderReferral referral = arranged.accepted("Northside Home Care");
        String patient = patientOf(arranged.caseNumberOf(referral));
        Bundle first = bundle(mvc.perform(get("/fhir/Condition").param("patient", patient).param("_count", "1")
                .param("_lastUpdated", "ge2000-01-01T00:00:00+01:00").with(httpBasic("cora", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(first.getLink("self").getUrl()).contains("_lastUpdated=ge2000-01-01T00:00:00%2B01:00");
        Bundle everything = search("Condition", patient);
        assertThat(first.getEntry()).hasSize(1);
        assertThat(everything.getEntry().size() > 1 == (first.getLink("next") != null)).isTrue();
    }

    @Test
    void aValueThisServerCannotReadIsRefusedSayingHowToWriteOne() throws Exception {
        for (String value : List.of("yesterday", "ne2026-01-01", "2026-03-10T12:00", "2026-13-01", "sa2026")) {
            OperationOutcome outcome = refused(get("/fhir/Consent").param("_lastUpdated", value), "en");
            assertThat(outcome.getIssueFirstRep().getDiagnostics()).as(value).isEqualTo("_lastUpdated=" + value
                    + " is not a date this server can read: write a prefix (gt, ge, lt, le or eq) and a date, or a"
                    + " time with its zone, such as ge2026-12-01 or lt2026-12-01T09:30:00Z.");
        }
        OperationOutcome spanish = refused(get("/fhir/Task").param("_lastUpdated", "ayer"), "es");
        assertThat(spanish.getIssueFirstRep().getDiagnostics()).startsWith(
                "_lastUpdated=ayer no es una fecha que este servidor pueda leer");
        refused(get("/fhir/CarePlan").param("_lastUpdated", "ge2026-01-01,lt2026-02-01"), "en");
    }

    private OperationOutcome refused(MockHttpServletRequestBuilder request, String language) throws Exception {
        String body = mvc.perform(request.header("Accept-Language", language).with(httpBasic("cora", "demo")))
                .andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        OperationOutcome outcome = fhir.newJsonParser().parseResource(OperationOutcome.class, body);
        assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.INVALID);
        return outcome;
    }

    private Bundle search(String type, String patient, String... lastUpdated) throws Exception {
        MockHttpServletRequestBuilder request = get("/fhir/" + type).param("patient", patient)
                .param("_count", "100");
        for (String value : lastUpdated) {
            request.param("_lastUpdated", value);
        }
        return bundle(mvc.perform(request.with(httpBasic("cora", "demo"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private String patientOf(String caseNumber) throws Exception {
        String body = mvc.perform(get("/fhir/EpisodeOfCare/{id}", caseNumber).with(httpBasic("cora", "demo")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return fhir.newJsonParser().parseResource(EpisodeOfCare.class, body).getPatient().getReference();
    }

    private Bundle bundle(String json) {
        return fhir.newJsonParser().parseResource(Bundle.class, json);
    }

    private static List<String> ids(Bundle bundle) {
        return bundle.getEntry().stream().map(e -> e.getResource().getIdElement().getIdPart()).toList();
    }
}
