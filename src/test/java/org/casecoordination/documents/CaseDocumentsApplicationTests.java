package org.casecoordination.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.security.audit.AuditEvent;
import org.casecoordination.security.audit.AuditLog;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Documents as a coordinator and a client see them: made in the client's language from the case, read back from
 * the PDF; kept with the case and listed on its page; refused to another team; every preview and download audited.
 */
@ApplicationTest
class CaseDocumentsApplicationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    DocumentTestCases cases;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void aSpanishSpeakingClientsCarePlanSummaryIsInSpanishAndSaysWhatTheCaseRecorded() throws Exception {
        String caseNumber = cases.withPlan("Rosa", "Documentos", "es");

        mvc.perform(post("/cases/{n}/documents", caseNumber).with(Users.cora()).with(csrf())
                        .param("kind", "CARE_PLAN_SUMMARY"))
                .andExpect(redirectedUrl("/cases/" + caseNumber + "#documents"));

        JsonNode listed = list(caseNumber);
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("language").asText()).isEqualTo("es");
        byte[] pdf = download(caseNumber, listed.get(0).get("id").asLong());
        assertThat(CaseDocuments.sha256(pdf)).isEqualTo(listed.get(0).get("sha256").asText());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("es");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Resumen del plan de atención de Rosa Documentos");
            String text = words(new PDFTextStripper().getText(document));
            assertThat(text).contains("Resumen del plan de atención", "Rosa Documentos", caseNumber,
                    "Needs help with meals and getting to the clinic.", // as the coordinator typed it
                    "Servicios que necesita: Cuidado en el hogar",
                    "Stay safely at home with support three times a week.",
                    "Cuidado en el hogar", "Mondays and Thursdays 9:00",
                    "PHQ-9 (depresión)", "Moderada",
                    "A quién llamar");
            assertThat(text).doesNotContain("HOME_CARE", "MODERATE", "PHQ9", "{{", "Care plan summary");
        }
    }

    @Test
    void theCasePageListsTheDocumentInTheReadersLanguageAndTheTimelineSaysItWasMade() throws Exception {
        String caseNumber = cases.open("Ana", "Lista", "es");
        generate(caseNumber, "CLOSURE_LETTER");

        mvc.perform(get("/cases/{n}", caseNumber).with(Users.cora()))
                .andExpect(content().string(containsString("Documents")))
                .andExpect(content().string(containsString("closure letter")))
                .andExpect(content().string(containsString("Make the care-plan summary (Spanish)")))
                .andExpect(content().string(containsString("Document made: closure letter (Spanish)")));
        mvc.perform(get("/cases/{n}", caseNumber).with(Users.cora()).header("Accept-Language", "es"))
                .andExpect(content().string(containsString("Documentos")))
                .andExpect(content().string(containsString("carta de cierre")))
                .andExpect(content().string(containsString("Preparar el resumen del plan de atención (Español)")))
                .andExpect(content().string(containsString("Documento preparado: carta de cierre (Español)")));
    }

    @Test
    void aClosedCasesLetterInEnglishSaysWhenAndWhy() throws Exception {
        String caseNumber = cases.open("Ed", "Closing", "en");
        mvc.perform(post("/api/cases/{n}/close", caseNumber).with(httpBasic("cora", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"MOVED_AWAY\"}"))
                .andExpect(status().isNoContent());
        cases.closeNow(caseNumber);

        String text = text(download(caseNumber, generate(caseNumber, "CLOSURE_LETTER")));
        assertThat(text).contains("Your case is closed", "Dear Ed,", "We closed your case " + caseNumber,
                "The reason: The client moved away.", "Sincerely, Cora")
                .doesNotContain("MOVED_AWAY");
    }

    @Test
    void aLanguageWithoutTemplatesFallsBackToEnglishAndThePanelSaysSo() throws Exception {
        String caseNumber = cases.open("Minh", "Fallback", "vi");
        mvc.perform(get("/cases/{n}", caseNumber).with(Users.cora()))
                .andExpect(content().string(containsString("preferred language is Vietnamese")))
                .andExpect(content().string(containsString("Make the care-plan summary (English)")));

        long id = generate(caseNumber, "CARE_PLAN_SUMMARY");
        assertThat(list(caseNumber).get(0).get("language").asText()).isEqualTo("en");
        assertThat(text(download(caseNumber, id))).contains("Care plan summary", "Minh Fallback", "Who to call");
    }

    @Test
    void anotherTeamCannotListMakeOrReadTheDocuments() throws Exception {
        String caseNumber = cases.open("Pat", "Private", "en");
        long id = generate(caseNumber, "CARE_PLAN_SUMMARY");

        mvc.perform(get("/api/cases/{n}/documents", caseNumber).with(httpBasic("dana", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/cases/{n}/documents/{id}/content", caseNumber, id).with(httpBasic("dana", "demo")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("%PDF"))));
        mvc.perform(get("/cases/{n}/documents/{id}", caseNumber, id).with(Users.dana()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/cases/{n}/documents", caseNumber).with(httpBasic("dana", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"CARE_PLAN_SUMMARY\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/cases/{n}/documents", caseNumber).with(Users.dana()).with(csrf())
                        .param("kind", "CARE_PLAN_SUMMARY"))
                .andExpect(status().isForbidden());
        assertThat(list(caseNumber)).hasSize(1);

        String other = cases.open("Lee", "Other", "en");
        mvc.perform(get("/api/cases/{n}/documents/{id}/content", other, id).with(httpBasic("cora", "demo")))
                .andExpect(status().isNotFound());
    }

    @Test
    void everyPreviewAndDownloadIsInTheAuditLog() throws Exception {
        String caseNumber = cases.open("Kim", "Audited", "es");
        long id = generate(caseNumber, "CARE_PLAN_SUMMARY");

        for (int i = 0; i < 2; i++) {
            mvc.perform(get("/cases/{n}/documents/{id}", caseNumber, id).with(Users.cora()))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "application/pdf"))
                    .andExpect(header().string("Content-Disposition", containsString("inline")))
                    // the pages' object-src 'none' could keep the browser's PDF viewer from showing it
                    .andExpect(header().string("Content-Security-Policy", DocumentsPageController.FILE_POLICY));
        }
        mvc.perform(get("/cases/{n}/documents/{id}/download", caseNumber, id).with(Users.cora()))
                .andExpect(header().string("Content-Disposition", containsString("attachment")));

        List<AuditEvent> events = auditLog.newestOfCase(caseNumber, 50).stream()
                .filter(event -> event.getResource() != null && event.getResource().startsWith("document " + id))
                .toList();
        assertThat(events).extracting(AuditEvent::getAction).containsExactly(AuditAction.EXPORT,
                AuditAction.VIEW_RECORD, AuditAction.VIEW_RECORD);
        assertThat(events).allSatisfy(event -> assertThat(event.getActor()).isEqualTo("cora"));
        assertThat(events.get(0).getResource()).contains("download");
    }

    @Test
    void anUnknownKindIsRefusedAndNothingIsStored() throws Exception {
        String caseNumber = cases.open("Uma", "Unknown", "en");
        mvc.perform(post("/api/cases/{n}/documents", caseNumber).with(httpBasic("cora", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"BIRTHDAY_CARD\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/cases/{n}/documents", caseNumber).with(httpBasic("cora", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        assertThat(list(caseNumber)).isEmpty();
    }

    private long generate(String caseNumber, String kind) throws Exception {
        String body = mvc.perform(post("/api/cases/{n}/documents", caseNumber).with(httpBasic("cora", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"" + kind + "\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    private JsonNode list(String caseNumber) throws Exception {
        return json.readTree(mvc.perform(get("/api/cases/{n}/documents", caseNumber).with(httpBasic("cora", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private byte[] download(String caseNumber, long id) throws Exception {
        return mvc.perform(get("/api/cases/{n}/documents/{id}/content", caseNumber, id)
                        .with(httpBasic("cora", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return words(new PDFTextStripper().getText(document));
        }
    }

    /** The text as a reader reads it, whatever the line breaks. */
    private static String words(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
