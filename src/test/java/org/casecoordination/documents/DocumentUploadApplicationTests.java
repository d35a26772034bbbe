package org.casecoordination.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.security.audit.AuditEvent;
import org.casecoordination.security.audit.AuditLog;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Files a coordinator uploads to a case, as they and the API see them: each accepted type kept byte for byte with
 * its hash and shown on the Documents panel; anything else refused with the reason and nothing stored, judged by
 * the bytes and not the name; views and downloads audited; another team kept out.
 */
@ApplicationTest
class DocumentUploadApplicationTests {

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
    @LocalServerPort
    int port;

    @Test
    void aPdfAJpegAndAPngAreKeptAsReceivedWithTheirHashAndTheirRealType() throws Exception {
        String caseNumber = cases.open("Ines", "Uploads", "es");
        Map<String, byte[]> files = Map.of("consent.pdf", UploadedFiles.pdf(), "letter.jpg", UploadedFiles.jpeg(),
                "card.png", UploadedFiles.png());
        Map<String, String> types = Map.of("consent.pdf", "application/pdf", "letter.jpg", "image/jpeg",
                "card.png", "image/png");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            JsonNode stored = json.readTree(apiUpload(caseNumber, file.getKey(), file.getValue(), "OTHER",
                    "Paper " + file.getKey())
                    .andExpect(status().isCreated())
                    .andReturn().getResponse().getContentAsString());
            assertThat(stored.get("mediaType").asText()).isEqualTo(types.get(file.getKey()));
            assertThat(stored.get("title").asText()).isEqualTo("Paper " + file.getKey());
            assertThat(stored.get("uploadKind").asText()).isEqualTo("OTHER");
            assertThat(stored.get("fileName").asText()).isEqualTo(file.getKey());
            assertThat(stored.get("sizeBytes").asLong()).isEqualTo(file.getValue().length);

            MvcResult download = mvc.perform(get("/api/cases/{n}/documents/{id}/content", caseNumber,
                            stored.get("id").asLong()).with(httpBasic("cora", "demo")))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", types.get(file.getKey())))
                    .andExpect(header().string("Content-Disposition", containsString("attachment")))
                    .andExpect(header().string("Content-Disposition", containsString(file.getKey())))
                    .andReturn();
            byte[] bytes = download.getResponse().getContentAsByteArray();
            assertThat(bytes).isEqualTo(file.getValue());
            assertThat(CaseDocuments.sha256(bytes)).isEqualTo(stored.get("sha256").asText());
        }
        assertThat(list(caseNumber)).hasSize(3);
    }

    @Test
    void theTypeComesFromTheBytesNotTheNameOrTheDeclaredType() throws Exception {
        String caseNumber = cases.open("Tomas", "Renamed", "en");
        JsonNode stored = json.readTree(mvc.perform(multipart("/api/cases/{n}/documents", caseNumber)
                        .file(new MockMultipartFile("file", "photo.pdf", "application/pdf", UploadedFiles.png()))
                        .param("kind", "IDENTITY_OR_INSURANCE").param("title", "Insurance card")
                        .with(httpBasic("cora", "demo")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        assertThat(stored.get("mediaType").asText()).isEqualTo("image/png");
        assertThat(stored.get("fileName").asText()).as("downloaded as what it is").isEqualTo("photo.png");

        mvc.perform(get("/cases/{n}/documents/{id}", caseNumber, stored.get("id").asLong()).with(Users.cora()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Content-Disposition", "inline; filename=\"photo.png\""))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void aWordDocumentAProgramOrAWebPageNamedPdfIsRefusedWithTheReasonAndNothingIsStored() throws Exception {
        String caseNumber = cases.open("Rita", "Refused", "en");
        Map<byte[], String> refused = Map.of(UploadedFiles.docx(), "This file is a Word document; upload a PDF,"
                + " JPEG or PNG.", UploadedFiles.exe(), "This file is a program; upload a PDF, JPEG or PNG.",
                UploadedFiles.html(), "This file is a web page; upload a PDF, JPEG or PNG.");
        for (Map.Entry<byte[], String> file : refused.entrySet()) {
            apiUpload(caseNumber, "signed-consent.pdf", file.getKey(), "SIGNED_CONSENT_SCAN", "Consent")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("file"))
                    .andExpect(jsonPath("$.errors[0].message").value(file.getValue()));
        }
        mvc.perform(multipart("/api/cases/{n}/documents", caseNumber)
                        .file(new MockMultipartFile("file", "consent.pdf", "application/pdf", UploadedFiles.docx()))
                        .param("kind", "SIGNED_CONSENT_SCAN").param("title", "Consentimiento")
                        .header("Accept-Language", "es").with(httpBasic("cora", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Este archivo es un documento de Word; suba un PDF, JPEG o PNG."));
        assertNothingStored(caseNumber);
    }

    @Test
    void anEmptyFileAFileOver10MegabytesAndAMissingKindOrTitleAreRefusedFieldByField() throws Exception {
        String caseNumber = cases.open("Ella", "Empty", "en");
        apiUpload(caseNumber, "scan.pdf", new byte[0], "LETTER_RECEIVED", "Letter")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value("The file is empty."));
        apiUpload(caseNumber, "scan.pdf", UploadedFiles.pdfOfSize(11 * 1024 * 1024), "LETTER_RECEIVED", "Letter")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("The file is larger than 10 MB")));
        mvc.perform(multipart("/api/cases/{n}/documents", caseNumber)
                        .file(new MockMultipartFile("file", "scan.pdf", "application/pdf", UploadedFiles.pdf()))
                        .param("title", " ").with(httpBasic("cora", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder("kind", "title")));
        apiUpload(caseNumber, "scan.pdf", UploadedFiles.pdf(), "BIRTHDAY_CARD", "Card")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));

        // the page: the same words next to the field, what was typed kept
        mvc.perform(multipart("/cases/{n}/documents/upload", caseNumber)
                        .file(new MockMultipartFile("file", "big.pdf", "application/pdf",
                                UploadedFiles.pdfOfSize(11 * 1024 * 1024)))
                        .param("kind", "LETTER_RECEIVED").param("title", "Letter from the clinic")
                        .with(Users.cora()).with(csrf()))
                .andExpect(redirectedUrl("/cases/" + caseNumber + "#document-upload"))
                .andExpect(flash().attribute(DocumentUploadPanel.ERRORS, Map.of("file",
                        "The file is larger than 10 MB. Upload a smaller file, for example a scan in black and"
                                + " white.")));
        MvcResult refused = mvc.perform(multipart("/cases/{n}/documents/upload", caseNumber)
                        .file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]))
                        .param("kind", "LETTER_RECEIVED").param("title", "Letter from the clinic")
                        .with(Users.cora()).with(csrf()))
                .andReturn();
        mvc.perform(get("/cases/{n}", caseNumber).with(Users.cora())
                        .flashAttrs(refused.getFlashMap()))
                .andExpect(content().string(containsString("id=\"upload-file-error\">Choose a file to upload.")))
                .andExpect(content().string(containsString("value=\"Letter from the clinic\"")))
                .andExpect(content().string(containsString("aria-describedby=\"upload-file-hint upload-file-error\"")));
        assertNothingStored(caseNumber);
    }

    @Test
    void theServerItselfAnswersAnOversizedUploadInWordsNotWithAResetConnection() throws Exception {
        String caseNumber = cases.open("Oscar", "Oversized", "en");
        for (int megabytes : new int[] {11, 25}) { // within the server's limit, and beyond it
            HttpResponse<String> answer = realUpload(caseNumber, UploadedFiles.pdfOfSize(megabytes * 1024 * 1024));
            assertThat(answer.statusCode()).as("%d MB", megabytes).isEqualTo(400);
            JsonNode errors = json.readTree(answer.body()).get("errors");
            assertThat(errors.get(0).get("field").asText()).isEqualTo("file");
            assertThat(errors.get(0).get("message").asText()).startsWith("The file is larger than 10 MB.");
        }
        assertNothingStored(caseNumber);
    }

    @Test
    void theJsonRequestStillMakesADocumentOnTheSamePath() throws Exception {
        String caseNumber = cases.open("Gus", "Generated", "en");
        mvc.perform(post("/api/cases/{n}/documents", caseNumber).with(httpBasic("cora", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"CARE_PLAN_SUMMARY\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("CARE_PLAN_SUMMARY"))
                .andExpect(jsonPath("$.uploadKind").doesNotExist());
        apiUpload(caseNumber, "scan.png", UploadedFiles.png(), "MEDICAL_RECORD", "Discharge summary")
                .andExpect(status().isCreated());
        JsonNode listed = list(caseNumber);
        assertThat(listed).extracting(document -> document.get("title").asText())
                .containsExactly("Discharge summary", "care-plan summary");
    }

    @Test
    void theCasePageListsAnUploadWithItsKindAndTheTimelineSaysWhoUploadedItInBothLanguages() throws Exception {
        String caseNumber = cases.open("Lucia", "Panel", "es");
        mvc.perform(multipart("/cases/{n}/documents/upload", caseNumber)
                        .file(new MockMultipartFile("file", "firma.pdf", "application/pdf", UploadedFiles.pdf()))
                        .param("kind", "SIGNED_CONSENT_SCAN").param("title", "Sharing with providers 2026")
                        .with(Users.cora()).with(csrf()))
                .andExpect(redirectedUrl("/cases/" + caseNumber + "#documents"))
                .andExpect(flash().attribute("message",
                        "The document \"Sharing with providers 2026\" is kept with the case."));

        mvc.perform(get("/cases/{n}", caseNumber).with(Users.cora()))
                .andExpect(content().string(containsString("Upload a document")))
                .andExpect(content().string(containsString("Sharing with providers 2026")))
                .andExpect(content().string(containsString("Signed consent form (scan), uploaded by Cora Lindqvist")))
                .andExpect(content().string(containsString(
                        "Signed consent form (scan) uploaded by Cora Lindqvist: Sharing with providers 2026")));
        mvc.perform(get("/cases/{n}", caseNumber).with(Users.cora()).header("Accept-Language", "es"))
                .andExpect(content().string(containsString("Subir un documento")))
                .andExpect(content().string(containsString("Qué es")))
                .andExpect(content().string(containsString("Formulario de consentimiento firmado (escaneado); subido"
                        + " por Cora Lindqvist")))
                .andExpect(content().string(containsString("Documento subido por Cora Lindqvist: Formulario de"
                        + " consentimiento firmado (escaneado), &quot;Sharing with providers 2026&quot;")))
                .andExpect(content().string(not(containsString("SIGNED_CONSENT_SCAN<"))));
    }

    @Test
    void anEncryptedOrBrokenPdfIsKeptButThePanelSaysItCannotBePreviewed() throws Exception {
        String caseNumber = cases.open("Paz", "Locked", "en");
        apiUpload(caseNumber, "locked.pdf", UploadedFiles.pdf("secret"), "MEDICAL_RECORD", "Clinic record")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.previewable").value(false));
        apiUpload(caseNumber, "cut.pdf", UploadedFiles.brokenPdf(), "LETTER_RECEIVED", "Cut-off letter")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.previewable").value(false));
        apiUpload(caseNumber, "fine.pdf", UploadedFiles.pdf(), "LETTER_RECEIVED", "Whole letter")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.previewable").value(true));

        String page = mvc.perform(get("/cases/{n}", caseNumber).with(Users.cora()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.split("This file cannot be shown in the browser", -1)).as("two cannot be previewed")
                .hasSize(3);
        assertThat(page.split(">Preview</a>", -1)).as("one can").hasSize(2);
    }

    @Test
    void everyViewAndDownloadOfAnUploadIsInTheAuditLog() throws Exception {
        String caseNumber = cases.open("Ada", "Audit", "en");
        long id = json.readTree(apiUpload(caseNumber, "scan.jpg", UploadedFiles.jpeg(), "LETTER_RECEIVED", "Letter")
                .andReturn().getResponse().getContentAsString()).get("id").asLong();

        mvc.perform(get("/cases/{n}/documents/{id}", caseNumber, id).with(Users.cora()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"));
        mvc.perform(get("/cases/{n}/documents/{id}/download", caseNumber, id).with(Users.cora()))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"scan.jpg\""));

        List<AuditEvent> events = auditLog.newestOfCase(caseNumber, 50).stream()
                .filter(event -> event.getResource() != null && event.getResource().startsWith("document " + id))
                .toList();
        assertThat(events).extracting(AuditEvent::getAction).containsExactly(AuditAction.EXPORT,
                AuditAction.VIEW_RECORD);
        assertThat(events.get(0).getResource()).contains("LETTER_RECEIVED", "download");
        assertThat(events).allSatisfy(event -> assertThat(event.getActor()).isEqualTo("cora"));
    }

    @Test
    void anotherTeamCanNeitherUploadNorReadAnUpload() throws Exception {
        String caseNumber = cases.open("Pia", "Private", "en");
        long id = json.readTree(apiUpload(caseNumber, "scan.png", UploadedFiles.png(), "OTHER", "Note")
                .andReturn().getResponse().getContentAsString()).get("id").asLong();

        mvc.perform(multipart("/api/cases/{n}/documents", caseNumber)
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf", UploadedFiles.pdf()))
                        .param("kind", "OTHER").param("title", "Not mine").with(httpBasic("dana", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/cases/{n}/documents/upload", caseNumber)
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf", UploadedFiles.pdf()))
                        .param("kind", "OTHER").param("title", "Not mine").with(Users.dana()).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/cases/{n}/documents/{id}/download", caseNumber, id).with(Users.dana()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/cases/{n}/documents/{id}/content", caseNumber, id).with(httpBasic("dana", "demo")))
                .andExpect(status().isForbidden());
        // a page's upload without the form's token is refused, as every write of the pages is
        mvc.perform(multipart("/cases/{n}/documents/upload", caseNumber)
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf", UploadedFiles.pdf()))
                        .param("kind", "OTHER").param("title", "Forged").with(Users.cora()))
                .andExpect(status().isForbidden());
        assertThat(list(caseNumber)).hasSize(1);
    }

    private ResultActions apiUpload(String caseNumber, String name, byte[] bytes, String kind, String title)
            throws Exception {
        return mvc.perform(multipart("/api/cases/{n}/documents", caseNumber)
                .file(new MockMultipartFile("file", name, "application/pdf", bytes))
                .param("kind", kind).param("title", title).with(httpBasic("cora", "demo")));
    }

    private JsonNode list(String caseNumber) throws Exception {
        return json.readTree(mvc.perform(get("/api/cases/{n}/documents", caseNumber).with(httpBasic("cora", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private void assertNothingStored(String caseNumber) throws Exception {
        assertThat(list(caseNumber)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from case_document d join care_case c on c.id = d.case_id"
                + " where c.case_number = ?", Integer.class, caseNumber)).isZero();
    }

    /** Through the real server (Tomcat's multipart limits), as a script would send it. */
    private HttpResponse<String> realUpload(String caseNumber, byte[] file) throws Exception {
        String boundary = "upload-boundary-7d1";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nOTHER\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nBig scan\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cases/"
                        + caseNumber + "/documents"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("cora:demo".getBytes(
                        StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
