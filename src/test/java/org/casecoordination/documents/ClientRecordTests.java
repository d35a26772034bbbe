package org.casecoordination.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casecoordination.assessment.AssessmentService;
import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.security.audit.AuditEvent;
import org.casecoordination.security.audit.AuditLog;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The client's record for a request of access: everything the client may see, in the client's language, read back
 * from the PDF; making it is an export in the audit log (who, when, what); another team can neither make nor read it.
 */
@ApplicationTest
class ClientRecordTests {

    private static final String EXPORT = "client record for a request of access";

    @Autowired
    MockMvc mvc;
    @Autowired
    DocumentTestCases documentCases;
    @Autowired
    Cases cases;
    @Autowired
    AssessmentService assessments;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void aSpanishSpeakingClientsRecordIsInSpanishWithEverythingTheCaseRecordedAndIsAnExport() throws Exception {
        String caseNumber = documentCases.withPlan("Rosa", "Expediente", "es");
        note(caseNumber, "Called the client: the first visit went well.");

        JsonNode made = generate(caseNumber, "cora");
        assertThat(made.get("language").asText()).as("the client's language, not the maker's").isEqualTo("es");
        byte[] pdf = download(caseNumber, made.get("id").asLong());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("es");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Expediente de Rosa Expediente, caso " + caseNumber);
            assertThat(document.getDocumentInformation().getSubject()).startsWith("Una copia del expediente");
        }
        String text = HandOverSummaryTests.text(pdf);
        assertThat(text).contains("Su expediente", "Rosa Expediente", "Su caso", "Etapa Fecha Registrado por Admisión", "Evaluación", "Servicios",
                "Lo que necesita", "Needs help with meals and getting to the clinic.", "Evaluaciones",
                "PHQ-9 (depresión)", "Moderada", "Sus metas", "Stay safely at home with support three times a week.",
                "Servicios y derivaciones", "Cuidado en el hogar", "Mondays and Thursdays 9:00",
                "Sus consentimientos", "Compartir con proveedores", "Vigente",
                "Notas", "Called the client: the first visit went well.", "Preguntas");
        assertThat(text).doesNotContain("HOME_CARE", "PHQ9", "SHARE_WITH_PROVIDERS", "ACTIVE", "{{", "Your case");

        List<AuditEvent> exports = auditLog.newestOfCase(caseNumber, 50).stream()
                .filter(event -> event.getResource() != null && event.getResource().startsWith(EXPORT)).toList();
        assertThat(exports).hasSize(1);
        assertThat(exports.get(0).getAction()).isEqualTo(AuditAction.EXPORT);
        assertThat(exports.get(0).getActor()).isEqualTo("cora");
        assertThat(exports.get(0).getOccurredAt()).isNotNull();
        assertThat(exports.get(0).getResource()).contains("document " + made.get("id").asLong(), "es");
    }

    @Test
    void theDocumentsPanelOffersTheRecordInTheClientsLanguageAndTheHandOverInTheReaders() throws Exception {
        String caseNumber = documentCases.open("Inés", "Panel", "es");
        mvc.perform(get("/cases/{n}", caseNumber).with(org.casecoordination.support.Users.cora()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("Make the client&#39;s record (Spanish)"),
                                org.hamcrest.Matchers.containsString("Make the hand-over summary (English)"))));
        mvc.perform(get("/cases/{n}", caseNumber).with(org.casecoordination.support.Users.cora())
                        .header("Accept-Language", "es"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("Preparar el expediente del cliente (Español)"),
                                org.hamcrest.Matchers.containsString("Preparar el resumen de traspaso (Español)"))));
    }

    @Test
    void everyAssessmentIsInTheRecordNotOnlyTheLatest() throws Exception {
        String caseNumber = documentCases.withPlan("Ed", "Historial", "en");
        for (int i = 0; i < 19; i++) { // with the plan's one, 20
            cases.as("cora", () -> record(caseNumber, "GAD7", "[1,1,1,1,1,1,1]"));
        }

        String text = HandOverSummaryTests.text(download(caseNumber, generate(caseNumber, "cora").get("id")
                .asLong()));

        assertThat(text).contains("Your case record", "Ed Historial", "Home care", "PHQ-9 (depression)");
        assertThat(text.split("GAD-7 \\(anxiety\\)", -1)).as("19 GAD-7 results").hasSize(20);
    }

    @Test
    void anotherTeamCanNeitherMakeNorReadTheRecordAndNothingIsWritten() throws Exception {
        String caseNumber = documentCases.open("Pat", "Ajeno", "en");
        mvc.perform(post("/api/cases/{n}/documents", caseNumber).with(httpBasic("dana", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"CLIENT_RECORD\"}"))
                .andExpect(status().isForbidden());
        long id = generate(caseNumber, "cora").get("id").asLong();
        mvc.perform(get("/api/cases/{n}/documents/{id}/content", caseNumber, id).with(httpBasic("dana", "demo")))
                .andExpect(status().isForbidden());

        assertThat(auditLog.newestOfCase(caseNumber, 50).stream()
                .filter(event -> event.getResource() != null && event.getResource().startsWith(EXPORT))
                .map(AuditEvent::getActor)).containsExactly("cora");
        assertThat(jdbc.queryForObject("select count(*) from case_document d join care_case c on c.id = d.case_id"
                + " where c.case_number = ?", Integer.class, caseNumber)).isEqualTo(1);
    }

    private Object record(String caseNumber, String instrument, String answers) {
        try {
            return assessments.record(caseNumber, instrument, json.readTree(answers), null, "cora");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void note(String caseNumber, String text) throws Exception {
        mvc.perform(post("/api/cases/{n}/notes", caseNumber).with(httpBasic("cora", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("text", text))))
                .andExpect(status().is2xxSuccessful());
    }

    private JsonNode generate(String caseNumber, String user) throws Exception {
        return json.readTree(mvc.perform(post("/api/cases/{n}/documents", caseNumber)
                        .with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"CLIENT_RECORD\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    private byte[] download(String caseNumber, long id) throws Exception {
        return mvc.perform(get("/api/cases/{n}/documents/{id}/content", caseNumber, id)
                        .with(httpBasic("cora", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }
}
