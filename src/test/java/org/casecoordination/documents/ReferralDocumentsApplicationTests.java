package org.casecoordination.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casecoordination.arrangement.ServicePlan;
import org.casecoordination.casefile.CaseFile;
import org.casecoordination.casefile.CaseFileService;
import org.casecoordination.consent.RedisclosureNotice;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.casecoordination.system.Dates;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The provider's documents, read back from the PDF: a referral letter with what the provider needs and nothing of
 * the client's needs, diagnosis or results; the Part 2 notice only with that consent; a transport request with the
 * ride and nothing else; each of one referral of the case, of its own type; in the agency's language.
 */
@ApplicationTest
class ReferralDocumentsApplicationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    DocumentTestCases documentCases;
    @Autowired
    Cases cases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    Dates dates;
    @Autowired
    ReferralDocumentContent referralContent;
    @Autowired
    DeployedTemplates templates;
    @Autowired
    PdfRenderer renderer;
    @Autowired
    CaseFileService caseFiles;
    @Autowired
    ServicePlan servicePlan;

    @Test
    void theReferralLetterHasWhatTheProviderNeedsAndNotTheDiagnosisOrResults() throws Exception {
        // the client prefers Spanish; the provider reads the letter in the agency's first language, English
        String caseNumber = documentCases.withPlan("Rosa", "Referida", "es");
        long referral = serviceReferral(caseNumber);

        JsonNode made = generate(caseNumber, "REFERRAL_LETTER", referral);
        assertThat(made.get("language").asText()).isEqualTo("en");
        assertThat(made.get("title").asText()).isEqualTo("referral letter");
        String text = text(download(caseNumber, made.get("id").asLong()));

        assertThat(text).contains("Referral for Home care", "Rosa Referida",
                dates.day(LocalDate.of(1946, 4, 12), Locale.ENGLISH), "555-0142", "40 Oak Lane, Springfield",
                "Spanish", providerOf(referral), "Mondays and Thursdays 9:00", caseNumber, "(555) 010-0100");
        assertThat(text).as("minimum necessary: no needs, diagnosis, results, goals, notes").doesNotContain(
                "Needs help with meals", "Dementia", "PHQ-9", "Moderate", "Stay safely at home", "HOME_CARE");
        assertThat(text).as("no Part 2 consent, no notice").doesNotContain("42 CFR", "Notice to the recipient");
    }

    @Test
    void thePart2NoticeStoredWithTheReferralIsPrintedAtTheEnd() throws Exception {
        String caseNumber = documentCases.withPlan("Sam", "Recovery", "en");
        long referral = serviceReferral(caseNumber);
        // as ProviderReferrals stores it when the referral relies on a consent to disclose substance-use information
        jdbc.update("update provider_referral set redisclosure_notice = ? where id = ?", RedisclosureNotice.TEXT,
                referral);

        String text = text(download(caseNumber, generate(caseNumber, "REFERRAL_LETTER", referral).get("id")
                .asLong()));

        assertThat(text).contains("Notice to the recipient of this information", "(42 CFR part 2)");
        assertThat(text.indexOf("(42 CFR part 2)")).as("at the end, after the signature")
                .isGreaterThan(text.indexOf("Sincerely"));
    }

    @Test
    void theTransportRequestHasTheRideAndNothingElse() throws Exception {
        String caseNumber = documentCases.withPlan("Tomasa", "Viaje", "es", "ADULT_DAY_CARE");
        long dayCare = serviceReferral(caseNumber);
        long ride = bookRide(caseNumber, dayCare);

        JsonNode made = generate(caseNumber, "TRANSPORT_REQUEST", ride);
        assertThat(made.get("language").asText()).isEqualTo("en");
        String text = text(download(caseNumber, made.get("id").asLong()));

        assertThat(text).contains("Transport request", "Tomasa Viaje", "555-0142", "12 Elm Street, 10001",
                "Tuesdays 8:30", "Tuesdays 15:00", "Wheelchair", "Adult day care", providerOf(dayCare),
                providerOf(ride));
        assertThat(text).doesNotContain("WHEELCHAIR", "ADULT_DAY_CARE", "40 Oak Lane",
                dates.day(LocalDate.of(1946, 4, 12), Locale.ENGLISH), "Dementia", "PHQ-9", "Needs help with meals");
    }

    @Test
    void aReferralOfAnotherCaseOrOfTheWrongTypeIsRefusedAndNothingIsStored() throws Exception {
        String caseNumber = documentCases.withPlan("Ana", "Equivocada", "en", "ADULT_DAY_CARE");
        long dayCare = serviceReferral(caseNumber);
        long ride = bookRide(caseNumber, dayCare);
        String other = documentCases.withPlan("Otto", "Otro", "en");
        long othersReferral = serviceReferral(other);

        refused(caseNumber, "{\"kind\": \"REFERRAL_LETTER\"}", "Say which referral the document is for.");
        refused(caseNumber, body("REFERRAL_LETTER", ride), "This is not a service referral of case " + caseNumber
                + ".");
        refused(caseNumber, body("TRANSPORT_REQUEST", dayCare), "This is not a ride booked for case " + caseNumber
                + ".");
        refused(caseNumber, body("REFERRAL_LETTER", othersReferral), "This is not a service referral of case "
                + caseNumber + ".");
        assertThat(list(caseNumber)).isEmpty();

        mvc.perform(post("/api/cases/{n}/documents", caseNumber).with(httpBasic("cora", "demo"))
                        .header("Accept-Language", "es").contentType(MediaType.APPLICATION_JSON)
                        .content(body("TRANSPORT_REQUEST", dayCare)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Este no es un viaje reservado para el caso "
                        + caseNumber + "."));
    }

    @Test
    void anotherTeamCannotMakeAReferralLetter() throws Exception {
        String caseNumber = documentCases.withPlan("Pia", "Privada", "en");
        long referral = serviceReferral(caseNumber);

        mvc.perform(post("/api/cases/{n}/documents", caseNumber).with(httpBasic("dana", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body("REFERRAL_LETTER", referral)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/cases/{n}/documents", caseNumber).with(Users.dana()).with(csrf())
                        .param("kind", "REFERRAL_LETTER").param("referralId", String.valueOf(referral)))
                .andExpect(status().isForbidden());
        assertThat(list(caseNumber)).isEmpty();
    }

    @Test
    void thePanelOffersTheCasesReferralsAndTheChosenOneIsMade() throws Exception {
        String caseNumber = documentCases.withPlan("Luz", "Panel", "es", "ADULT_DAY_CARE");
        long dayCare = serviceReferral(caseNumber);
        long ride = bookRide(caseNumber, dayCare);

        Document page = Jsoup.parse(mvc.perform(get("/cases/{n}", caseNumber).with(Users.cora())
                .header("Accept-Language", "es")).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#referral-referral-letter option").eachText())
                .containsExactly("Cuidado diurno para adultos, " + providerOf(dayCare));
        assertThat(page.select("#referral-referral-letter option").attr("value")).isEqualTo(String.valueOf(dayCare));
        assertThat(page.select("#referral-transport-request option").attr("value")).isEqualTo(String.valueOf(ride));
        assertThat(page.select("label[for=referral-transport-request]").text())
                .isEqualTo("Solicitud de transporte para el viaje a");

        mvc.perform(post("/cases/{n}/documents", caseNumber).with(Users.cora()).with(csrf())
                        .param("kind", "TRANSPORT_REQUEST").param("referralId", String.valueOf(ride)))
                .andExpect(redirectedUrl("/cases/" + caseNumber + "#documents"));
        assertThat(list(caseNumber)).singleElement().satisfies(document ->
                assertThat(document.get("fileName").asText()).endsWith("-" + ride + "-en.pdf"));
        assertThat(mvc.perform(get("/cases/{n}", caseNumber).with(Users.cora()).header("Accept-Language", "es"))
                .andReturn().getResponse().getContentAsString())
                .as("the timeline says which ride").contains("Documento preparado: solicitud de transporte para"
                        + " Cuidado diurno para adultos, " + providerOf(ride));
    }

    @Test
    void theSpanishTemplatesSayItInSpanish() throws Exception {
        // an agency whose first language is Spanish gets these; filled here as generate fills them
        String caseNumber = documentCases.withPlan("Carmen", "Espanol", "es", "ADULT_DAY_CARE");
        long dayCare = serviceReferral(caseNumber);
        long ride = bookRide(caseNumber, dayCare);
        Locale spanish = Locale.forLanguageTag("es");

        String letter = cases.as("cora", () -> {
            CaseFile caseFile = caseFiles.open(caseNumber);
            ServicePlan.Row row = servicePlan.of(caseFile.careCase()).get(0);
            return render(DocumentKind.REFERRAL_LETTER, referralContent.referralLetter(caseFile, row.referral(),
                    spanish));
        });
        assertThat(letter).contains("Derivación para Cuidado diurno para adultos", "Carmen Espanol",
                dates.day(LocalDate.of(1946, 4, 12), spanish), "Idioma preferido", "español",
                "Mondays and Thursdays 9:00", "Atentamente");
        assertThat(letter).doesNotContain("Referral for", "ADULT_DAY_CARE", "42 CFR");

        String request = cases.as("cora", () -> {
            CaseFile caseFile = caseFiles.open(caseNumber);
            ServicePlan.Row row = servicePlan.of(caseFile.careCase()).get(0);
            return render(DocumentKind.TRANSPORT_REQUEST, referralContent.transportRequest(caseFile,
                    row.transport(), row.referral(), spanish));
        });
        assertThat(request).contains("Solicitud de transporte", "Silla de ruedas", "Cuidado diurno para adultos",
                "Dirección de recogida", "12 Elm Street, 10001");
        assertThat(request).doesNotContain("Wheelchair", "Transport request");
    }

    private String render(DocumentKind kind, MergeModel model) {
        String html = MustacheTemplates.compile(templates.find(kind, "es").orElseThrow().text())
                .execute(model.values());
        try {
            return text(renderer.render(html));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private long serviceReferral(String caseNumber) {
        return jdbc.queryForObject("select r.id from provider_referral r join care_case c on c.id = r.case_id"
                + " where c.case_number = ? and r.serves_referral_id is null", Long.class, caseNumber);
    }

    private String providerOf(long referral) {
        return jdbc.queryForObject("select p.name from provider p join provider_referral r on r.provider_id = p.id"
                + " where r.id = ?", String.class, referral);
    }

    private long bookRide(String caseNumber, long served) throws Exception {
        long careRide = jdbc.queryForObject("select id from provider where name = 'CareRide Transport'", Long.class);
        mvc.perform(post("/cases/{n}/referrals/{id}/transport", caseNumber, served).with(Users.cora()).with(csrf())
                        .param("transportProviderId", String.valueOf(careRide))
                        .param("pickupAddress", "12 Elm Street, 10001").param("pickupTime", "Tuesdays 8:30")
                        .param("returnTime", "Tuesdays 15:00").param("mobilityNeeds", "WHEELCHAIR"))
                .andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("select id from provider_referral where serves_referral_id = ?", Long.class,
                served);
    }

    private static String body(String kind, long referralId) {
        return "{\"kind\": \"" + kind + "\", \"referralId\": " + referralId + "}";
    }

    private void refused(String caseNumber, String body, String message) throws Exception {
        mvc.perform(post("/api/cases/{n}/documents", caseNumber).with(httpBasic("cora", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("referralId"))
                .andExpect(jsonPath("$.errors[0].message").value(message));
    }

    private JsonNode generate(String caseNumber, String kind, long referralId) throws Exception {
        return json.readTree(mvc.perform(post("/api/cases/{n}/documents", caseNumber).with(httpBasic("cora", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body(kind, referralId)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    private JsonNode list(String caseNumber) throws Exception {
        return json.readTree(mvc.perform(get("/api/cases/{n}/documents", caseNumber).with(httpBasic("cora", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private byte[] download(String caseNumber, long id) throws Exception {
        return mvc.perform(get("/api/cases/{n}/documents/{id}/content", caseNumber, id)
                        .with(httpBasic("cora", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    /** The text as a reader reads it, whatever the line breaks. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
