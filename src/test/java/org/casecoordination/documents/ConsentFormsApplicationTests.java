package org.casecoordination.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Base64;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.casecoordination.system.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Consent forms signed on the spot, as the coordinator and the client see them: the signed PDF read back in English
 * and Spanish with every Part 2 element, the signer, the witness and the day; the consent recorded from it and shown
 * with a link to the form; a bad signature or a missing element writes neither; another team gets nothing.
 */
@ApplicationTest
class ConsentFormsApplicationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    DocumentTestCases cases;
    @Autowired
    Cases caseSupport;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    ConsentForms consentForms;
    @Autowired
    org.casecoordination.security.audit.AuditLog auditLog;

    @Test
    void aSpanishClientSignsThePart2ConsentWithAFingerAndThePdfHasEveryElementTheRuleRequires() throws Exception {
        String caseNumber = cases.open("Rosa", "Firma", "es");
        LocalDate until = LocalDate.now().plusMonths(6);
        ObjectNode form = part2Form(until).put("signerName", "Rosa Firma").put("signatureImage", drawn());

        JsonNode signed = sign(caseNumber, form);

        JsonNode document = signed.get("document");
        assertThat(document.get("kind").asText()).isEqualTo("PART2_CONSENT");
        assertThat(document.get("language").asText()).isEqualTo("es");
        JsonNode consent = signed.get("consent");
        assertThat(consent.get("purpose").asText()).isEqualTo("SUBSTANCE_USE_DISCLOSURE");
        assertThat(consent.get("recipient").asText()).isEqualTo("Clínica Esperanza");
        assertThat(consent.get("validUntil").asText()).isEqualTo(until.toString());
        assertThat(consent.get("givenOn").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(consent.get("signedDocumentId").asLong()).isEqualTo(document.get("id").asLong());

        byte[] pdf = download(caseNumber, document.get("id").asLong());
        assertThat(CaseDocuments.sha256(pdf)).isEqualTo(document.get("sha256").asText());
        try (PDDocument read = Loader.loadPDF(pdf)) {
            assertThat(read.getDocumentCatalog().getLanguage()).isEqualTo("es");
            String text = words(new PDFTextStripper().getText(read));
            assertThat(text).contains(
                    "Consentimiento para divulgar información sobre consumo de sustancias",
                    "Rosa Firma, fecha de nacimiento " + day(LocalDate.of(1946, 4, 12), "es"), // (1) the client
                    "Case Coordination Agency, la agencia que coordina su atención", // (2) who discloses
                    "Información sobre consumo de sustancias de mi expediente", // (3) what
                    "Clínica Esperanza", // (4) to whom
                    "Para organizar y coordinar mi atención", // (5) why
                    "retirar (revocar) este consentimiento en cualquier momento, por escrito", // (6) revoke, how
                    "Este consentimiento vence el " + day(until, "es"), // (7) expiry
                    "no le negará ni le suspenderá sus servicios", // not conditioned on signing
                    "Firmado por: Rosa Firma", // (8) signature
                    "Fecha y hora de la firma: " + day(signingDay(), "es"), // (9) date signed
                    "Testigo: Cora Lindqvist");
            assertThat(text).doesNotContain("PART2_CONSENT", "SUBSTANCE_USE", "{{", "Not signed", "Todavía sin firmar");
            int images = 0;
            for (PDPage page : read.getPages()) {
                images += images(page);
            }
            assertThat(images).as("the drawn signature is in the PDF").isOne();
        }

        mvc.perform(get("/api/cases/{n}/consents", caseNumber).with(httpBasic("cora", "demo")))
                .andExpect(jsonPath("$[0].signedDocumentId").value(document.get("id").asLong()))
                .andExpect(jsonPath("$[0].state").value("ACTIVE"));
        mvc.perform(get("/cases/{n}", caseNumber).with(Users.cora()).header("Accept-Language", "es"))
                .andExpect(content().string(containsString("Formulario firmado")))
                .andExpect(content().string(containsString(
                        "/cases/" + caseNumber + "/documents/" + document.get("id").asLong())))
                .andExpect(content().string(containsString("Formulario de consentimiento firmado: consentimiento"
                        + " de la Parte 2 para divulgar información sobre consumo de sustancias, firmado por Rosa Firma,"
                        + " testigo Cora Lindqvist (Español)")));
    }

    @Test
    void anEnglishConsentToShareSignedByTypingTheNameSaysSoWithTheWitnessAndTheDay() throws Exception {
        String caseNumber = cases.open("Ed", "Typed", "en");
        ObjectNode form = json.createObjectNode().put("kind", "CONSENT_TO_SHARE").put("anyProvider", true)
                .put("signerName", "Ed Typed").put("typedSignature", true);

        JsonNode signed = sign(caseNumber, form);

        assertThat(auditLog.newestOfCase(caseNumber, 20)).as("signing changes the record: audited")
                .anySatisfy(event -> {
                    assertThat(event.getAction()).isEqualTo(AuditAction.CHANGE_RECORD);
                    assertThat(event.getActor()).isEqualTo("cora");
                });
        assertThat(signed.get("consent").get("purpose").asText()).isEqualTo("SHARE_WITH_PROVIDERS");
        assertThat(signed.get("consent").get("recipient").isNull()).isTrue();
        String text = text(download(caseNumber, signed.get("document").get("id").asLong()));
        assertThat(text).contains("Consent to share information with providers", "Ed Typed, born",
                "Any provider my case coordinator arranges a service with for me", "Until I take it back.",
                "You may take back (revoke) this consent at any time",
                "Signed by typing the name: Ed Typed", "Signed by: Ed Typed",
                "Date and time signed: " + day(signingDay(), "en"), "Witness: Cora Lindqvist");
        mvc.perform(get("/cases/{n}", caseNumber).with(Users.cora()))
                .andExpect(content().string(containsString("Signed form")))
                .andExpect(content().string(containsString("Consent form signed: consent to share with providers,"
                        + " signed by Ed Typed, witnessed by Cora Lindqvist (English)")));
    }

    @Test
    void theUnsignedFormCanBeReadFirstAndNothingIsStored() throws Exception {
        String caseNumber = cases.open("Pia", "Preview", "en");
        byte[] pdf = mvc.perform(post("/api/cases/{n}/consent-forms/preview", caseNumber)
                        .with(httpBasic("cora", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(part2Form(LocalDate.now().plusDays(30)).toString()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(text(pdf)).contains("Consent to disclose substance-use information", "Clínica Esperanza",
                "Not signed yet", "Signature of the client, and date").doesNotContain("Signed by:", "Witness:");
        assertThat(storedFor(caseNumber)).isZero();
        assertThat(auditLog.newestOfCase(caseNumber, 20)).anySatisfy(event -> {
            assertThat(event.getAction()).isEqualTo(AuditAction.VIEW_RECORD);
            assertThat(event.getResource()).contains("unsigned preview");
        });
    }

    @Test
    void aBadSignatureIsRefusedWithItsReasonAndNothingIsStored() throws Exception {
        String caseNumber = cases.open("Bea", "Badsign", "en");
        String jpegAsPng = "data:image/png;base64," + Base64.getEncoder().encodeToString(image("jpg", true));
        String blank = "data:image/png;base64," + Base64.getEncoder().encodeToString(image("png", false));
        String huge = "data:image/png;base64," + Base64.getEncoder().encodeToString(new byte[300 * 1024]);

        refused(caseNumber, part2Form(LocalDate.now().plusDays(30)).put("signerName", "Bea")
                .put("signatureImage", jpegAsPng), "signatureImage", "The signature could not be read");
        refused(caseNumber, part2Form(LocalDate.now().plusDays(30)).put("signerName", "Bea")
                .put("signatureImage", "data:text/html;base64,PHNjcmlwdD4="), "signatureImage",
                "The signature could not be read");
        refused(caseNumber, part2Form(LocalDate.now().plusDays(30)).put("signerName", "Bea")
                .put("signatureImage", blank), "signatureImage", "The signature pad is empty");
        refused(caseNumber, part2Form(LocalDate.now().plusDays(30)).put("signerName", "Bea")
                .put("signatureImage", huge), "signatureImage", "too large (at most 200 KB)");
        refused(caseNumber, part2Form(LocalDate.now().plusDays(30)).put("signerName", "Bea"), "signatureImage",
                "Let the client sign on the pad, or confirm that the typed name is the signature");

        assertThat(storedFor(caseNumber)).isZero();
        assertThat(consentsFor(caseNumber)).isZero();
    }

    @Test
    void aPart2ConsentMissingToWhomOrItsEndIsRefusedFieldByFieldInTheReadersLanguage() throws Exception {
        String caseNumber = cases.open("Max", "Missing", "en");
        ObjectNode form = json.createObjectNode().put("kind", "PART2_CONSENT").put("signerName", "Max Missing")
                .put("signatureImage", drawn());

        mvc.perform(post("/api/cases/{n}/consent-forms", caseNumber).with(httpBasic("cora", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(form.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'recipient')].message").value(
                        "Name the provider or organisation, or choose any provider for service arrangement."))
                .andExpect(jsonPath("$.errors[?(@.field == 'validUntil')].message").value(
                        "Enter the day the consent ends: a Part 2 consent needs an end date."));
        mvc.perform(post("/api/cases/{n}/consent-forms", caseNumber).with(httpBasic("cora", "demo"))
                        .header("Accept-Language", "es").contentType(MediaType.APPLICATION_JSON)
                        .content(form.put("validUntil", LocalDate.now().minusDays(1).toString())
                                .put("recipient", "Clínica Esperanza").put("signerName", "").toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'signerName')].message").value(
                        "Escriba el nombre de la persona que firma."))
                .andExpect(jsonPath("$.errors[?(@.field == 'validUntil')]").exists());

        assertThat(storedFor(caseNumber)).isZero();
        assertThat(consentsFor(caseNumber)).isZero();
    }

    @Test
    void whenTheConsentIsRefusedAfterTheFormWasStoredNeitherIsKept() {
        String caseNumber = cases.open("Tom", "Together", "en");
        ConsentFormRequest form = new ConsentFormRequest();
        form.setKind(DocumentKind.PART2_CONSENT);
        form.setRecipient("Clínica Esperanza");
        form.setAnyProvider(true); // both a name and any provider: the consent module refuses it
        form.setValidUntil(LocalDate.now().plusDays(10));
        form.setSignerName("Tom Together");
        form.setTypedSignature(true);

        assertThatThrownBy(() -> caseSupport.as("cora", () -> consentForms.sign(caseNumber, form, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not both");
        assertThat(storedFor(caseNumber)).isZero();
        assertThat(consentsFor(caseNumber)).isZero();
    }

    @Test
    void anotherTeamCannotOpenPreviewOrSignTheCasesConsentForms() throws Exception {
        String caseNumber = cases.open("Pat", "Private", "en");
        ObjectNode form = part2Form(LocalDate.now().plusDays(30)).put("signerName", "Pat").put("typedSignature", true);

        mvc.perform(get("/cases/{n}/consent-forms", caseNumber).param("kind", "PART2_CONSENT").with(Users.dana()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("Pat Private"))));
        mvc.perform(post("/cases/{n}/consent-forms", caseNumber).with(Users.dana()).with(csrf())
                        .param("kind", "PART2_CONSENT").param("recipient", "Clínica Esperanza")
                        .param("validUntil", LocalDate.now().plusDays(30).toString()).param("signerName", "Pat")
                        .param("typedSignature", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/cases/{n}/consent-forms/preview", caseNumber).with(httpBasic("dana", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(form.toString()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("%PDF"))));
        mvc.perform(post("/api/cases/{n}/consent-forms", caseNumber).with(httpBasic("dana", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(form.toString()))
                .andExpect(status().isForbidden());

        assertThat(storedFor(caseNumber)).isZero();
        assertThat(consentsFor(caseNumber)).isZero();
    }

    @Test
    void theSigningPageSpeaksTheReadersLanguageAndShowsEachErrorNextToItsField() throws Exception {
        String caseNumber = cases.open("Lu", "Pagina", "es");
        mvc.perform(get("/cases/{n}/consent-forms", caseNumber).param("kind", "PART2_CONSENT").with(Users.cora())
                        .header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Firmar: consentimiento de la Parte 2")))
                .andExpect(content().string(containsString("Firme aquí con el dedo o un lápiz táctil")))
                .andExpect(content().string(containsString("Testigo: Cora Lindqvist (usted)")))
                .andExpect(content().string(containsString("value=\"Lu Pagina\"")));

        mvc.perform(post("/cases/{n}/consent-forms", caseNumber).with(Users.cora()).with(csrf())
                        .header("Accept-Language", "es").param("kind", "PART2_CONSENT").param("signerName", "Lu"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"consent-form-valid-until-error\"")))
                .andExpect(content().string(containsString("un consentimiento de la Parte 2 necesita una fecha")))
                .andExpect(content().string(containsString("id=\"consent-form-recipient-error\"")))
                .andExpect(content().string(containsString("id=\"consent-form-signature-error\"")));
        assertThat(storedFor(caseNumber)).isZero();

        mvc.perform(post("/cases/{n}/consent-forms", caseNumber).with(Users.cora()).with(csrf())
                        .param("kind", "PART2_CONSENT").param("recipient", "Clínica Esperanza")
                        .param("validUntil", LocalDate.now().plusDays(90).toString()).param("signerName", "Lu Pagina")
                        .param("typedSignature", "true"))
                .andExpect(redirectedUrl("/cases/" + caseNumber + "#consents"));
        assertThat(storedFor(caseNumber)).isOne();
        assertThat(consentsFor(caseNumber)).isOne();
    }

    @Test
    void aConsentFormIsNotMadeFromTheDocumentsButton() throws Exception {
        String caseNumber = cases.open("Ned", "Nobutton", "en");
        mvc.perform(post("/api/cases/{n}/documents", caseNumber).with(httpBasic("cora", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"PART2_CONSENT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(get("/cases/{n}", caseNumber).with(Users.cora()))
                .andExpect(content().string(containsString("Part 2 consent (substance use): sign on the tablet")))
                .andExpect(content().string(not(containsString("Make the Part 2 consent"))));
        assertThat(storedFor(caseNumber)).isZero();
    }

    private ObjectNode part2Form(LocalDate until) {
        return json.createObjectNode().put("kind", "PART2_CONSENT").put("recipient", "Clínica Esperanza")
                .put("validUntil", until.toString());
    }

    private JsonNode sign(String caseNumber, ObjectNode form) throws Exception {
        return json.readTree(mvc.perform(post("/api/cases/{n}/consent-forms", caseNumber)
                        .with(httpBasic("cora", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(form.toString()))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString());
    }

    private void refused(String caseNumber, ObjectNode form, String field, String words) throws Exception {
        mvc.perform(post("/api/cases/{n}/consent-forms", caseNumber).with(httpBasic("cora", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(form.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(containsString(words)));
    }

    private byte[] download(String caseNumber, long id) throws Exception {
        return mvc.perform(get("/api/cases/{n}/documents/{id}/content", caseNumber, id)
                        .with(httpBasic("cora", "demo")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    private int storedFor(String caseNumber) {
        return jdbc.queryForObject("select count(*) from case_document d join care_case c on c.id = d.case_id"
                + " where c.case_number = ?", Integer.class, caseNumber);
    }

    private int consentsFor(String caseNumber) {
        return jdbc.queryForObject("select count(*) from client_consent k join care_case c"
                + " on c.id = k.recorded_from_case where c.case_number = ?", Integer.class, caseNumber);
    }

    /** A signature as the pad draws it: a dark stroke on a transparent ground, as a data URL. */
    static String drawn() throws IOException {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(image("png", true));
    }

    private static byte[] image(String format, boolean stroke) throws IOException {
        BufferedImage image = new BufferedImage(600, 150, format.equals("png") ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
        if (stroke) {
            Graphics2D g = image.createGraphics();
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(3));
            g.drawLine(20, 100, 200, 40);
            g.drawLine(200, 40, 380, 110);
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static int images(PDPage page) throws IOException {
        int count = 0;
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().isImageXObject(name)) {
                count++;
            }
        }
        return count;
    }

    /** The form prints when it was signed in the agency's zone (the tests' business calendar: Europe/Berlin). */
    private static LocalDate signingDay() {
        return LocalDate.now(ZoneId.of("Europe/Berlin"));
    }

    private static String day(LocalDate day, String language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.forLanguageTag(language))
                .format(day);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return words(new PDFTextStripper().getText(document));
        }
    }

    private static String words(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
