package org.casecoordination.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.security.audit.AuditLog;
import org.casecoordination.supervision.notice.Notice;
import org.casecoordination.supervision.notice.Notices;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.casecoordination.system.InvalidInputException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A text message's life in the running app, against a fake of Twilio's API over HTTP: logged on the case, sent by
 * the engine's job after the commit with the right request, retried while Twilio is down, moved by signed status
 * callbacks, refused to a number that texted STOP, held through quiet hours, and shown on the case and the API.
 */
@ApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class TextMessageApplicationTests {

    static final String TOKEN = "test-auth-token";
    static final String PUBLIC = "https://cases.example.org";

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    TextMessages textMessages;
    @Autowired
    TextMessageDelivery delivery;
    @Autowired
    OutgoingMessageRepository log;
    @Autowired
    OptOuts optOuts;
    @Autowired
    QuietHours configuredQuietHours;
    @Autowired
    TwilioClient twilioClient;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Notices notices;
    @Autowired
    AuditLog auditLog;
    @Autowired
    ObjectMapper json;

    FakeTwilio twilio;
    java.net.URI configuredBase;
    static int numbers = 1000;

    @BeforeEach
    void startTwilio() throws Exception {
        twilio = new FakeTwilio();
        configuredBase = twilioClient.apiBase();
        twilioClient.pointAt(twilio.base());
    }

    @AfterEach
    void stopTwilio() {
        twilioClient.pointAt(configuredBase);
        twilio.close();
    }

    /** A phone number no other test uses, so STOPs do not cross tests. */
    static synchronized String newNumber() {
        return "+1555010" + (numbers++);
    }

    long send(String caseNumber, String phone, String body) {
        return new TransactionTemplate(transactions).execute(status -> textMessages.send(
                TextMessageRequest.of(caseNumber, phone, body, "es", MessagePurpose.APPOINTMENT)));
    }

    Job sendJob(String caseNumber) {
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(org.casecoordination.processes.TextMessageProcess.PROCESS_KEY).singleResult().getId();
        return managementService.createJobQuery().processInstanceId(instance).singleResult();
    }

    OutgoingMessage logged(long id) {
        return log.findById(id).orElseThrow();
    }

    @Test
    void aTextIsSentByTheEngineAfterTheCommitAsTwilioExpects() {
        String caseNumber = cases.open("team-north");
        String phone = newNumber();
        long id = send(caseNumber, phone, "Recordatorio: su cita es mañana a las 10:00.");
        assertThat(logged(id).getStatus()).isEqualTo(DeliveryStatus.QUEUED);
        assertThat(twilio.requests()).as("nothing before the job runs").isEmpty();

        managementService.executeJob(sendJob(caseNumber).getId());

        assertThat(twilio.requests()).hasSize(1);
        FakeTwilio.Request request = twilio.requests().get(0);
        assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/AC00000000000000000000000000000000/Messages.json");
        assertThat(request.authorization()).isEqualTo("Basic " + Base64.getEncoder().encodeToString(
                ("AC00000000000000000000000000000000:" + TOKEN).getBytes(StandardCharsets.UTF_8)));
        assertThat(request.form()).containsEntry("To", phone).containsEntry("From", "+15005550006")
                .containsEntry("Body", "Recordatorio: su cita es mañana a las 10:00.")
                .containsEntry("StatusCallback", PUBLIC + "/api/sms/twilio/status");
        OutgoingMessage sent = logged(id);
        assertThat(sent.getStatus()).isEqualTo(DeliveryStatus.SENT);
        assertThat(sent.getProviderMessageId()).startsWith("SM");
        assertThat(sent.getSentAt()).isNotNull();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(org.casecoordination.processes.TextMessageProcess.PROCESS_KEY).count()).as("done").isZero();
    }

    @Test
    void aRolledBackChangeTextsNobody() {
        String caseNumber = cases.open("team-north");
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            textMessages.send(TextMessageRequest.of(caseNumber, newNumber(), "Hola", "es", MessagePurpose.APPOINTMENT));
            status.setRollbackOnly();
        });
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(org.casecoordination.processes.TextMessageProcess.PROCESS_KEY).count()).isZero();
    }

    @Test
    void twilioDownFailsTheJobForTheEngineToRetryAndTheCaseSaysSo() throws Exception {
        String caseNumber = cases.open("team-north");
        long id = send(caseNumber, newNumber(), "Recordatorio");
        Job job = sendJob(caseNumber);

        twilio.answerNext(500, "{\"code\": 20500, \"message\": \"Internal Server Error\", \"status\": 500}");
        assertThatThrownBy(() -> managementService.executeJob(job.getId())).isNotNull();

        assertThat(sendJob(caseNumber).getRetries()).as("R4: three more tries").isEqualTo(3);
        OutgoingMessage waiting = logged(id);
        assertThat(waiting.getStatus()).isEqualTo(DeliveryStatus.QUEUED);
        assertThat(waiting.getAttempts()).isEqualTo(1);
        assertThat(panel(caseNumber, null).select("[data-message-id=" + id + "] .text-message-reason").text())
                .contains("could not be reached (1 tries so far)");

        managementService.executeJob(job.getId());

        assertThat(twilio.requests()).hasSize(2);
        assertThat(logged(id).getStatus()).isEqualTo(DeliveryStatus.SENT);
        assertThat(logged(id).getAttempts()).isEqualTo(2);
        assertThat(panel(caseNumber, null).select("[data-message-id=" + id + "] .text-message-reason")).isEmpty();
    }

    @Test
    void aNumberTwilioRefusesFailsForGoodWithTheReasonInWords() throws Exception {
        String caseNumber = cases.open("team-north");
        long id = send(caseNumber, "+15550100", "Recordatorio");
        twilio.answerNext(400, "{\"code\": 21211, \"message\": \"The 'To' number +15550100 is not a valid phone"
                + " number.\", \"status\": 400}");

        managementService.executeJob(sendJob(caseNumber).getId());

        assertThat(logged(id).getStatus()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(logged(id).getErrorCode()).isEqualTo("21211");
        var item = panel(caseNumber, null).select("[data-message-id=" + id + "]");
        assertThat(item.select(".text-message-status").text()).startsWith("Failed");
        assertThat(item.select(".text-message-reason").text()).isEqualTo("The phone number is not valid.");
        assertThat(panel(caseNumber, "es").select("[data-message-id=" + id + "] .text-message-reason").text())
                .isEqualTo("El número de teléfono no es válido.");
    }

    @Test
    void signedStatusCallbacksMoveTheLogAndUnsignedOnesChangeNothing() throws Exception {
        String caseNumber = cases.open("team-north");
        long id = send(caseNumber, newNumber(), "Recordatorio");
        managementService.executeJob(sendJob(caseNumber).getId());
        String sid = logged(id).getProviderMessageId();

        Map<String, String> delivered = Map.of("MessageSid", sid, "MessageStatus", "delivered",
                "AccountSid", "AC00000000000000000000000000000000", "To", logged(id).getRecipient());
        mvc.perform(webhook("/api/sms/twilio/status", delivered, "bm90IHRoZSBzaWduYXR1cmU="))
                .andExpect(status().isForbidden());
        mvc.perform(webhook("/api/sms/twilio/status", delivered, null)).andExpect(status().isForbidden());
        // signed for other parameters: a tampered status
        String signedForSent = signature(PUBLIC + "/api/sms/twilio/status", Map.of("MessageSid", sid,
                "MessageStatus", "sent", "AccountSid", "AC00000000000000000000000000000000",
                "To", logged(id).getRecipient()));
        mvc.perform(webhook("/api/sms/twilio/status", delivered, signedForSent)).andExpect(status().isForbidden());
        assertThat(logged(id).getStatus()).as("nothing changed").isEqualTo(DeliveryStatus.SENT);

        mvc.perform(signed("/api/sms/twilio/status", delivered)).andExpect(status().isOk());
        assertThat(logged(id).getStatus()).isEqualTo(DeliveryStatus.DELIVERED);

        // Twilio does not promise the order of its callbacks: a late "sent" does not move it back
        mvc.perform(signed("/api/sms/twilio/status", Map.of("MessageSid", sid, "MessageStatus", "sent")))
                .andExpect(status().isOk());
        assertThat(logged(id).getStatus()).isEqualTo(DeliveryStatus.DELIVERED);

        mvc.perform(signed("/api/sms/twilio/status", Map.of("MessageSid", "SMunknown", "MessageStatus", "delivered")))
                .andExpect(status().isOk());
    }

    @Test
    void anUndeliveredTextShowsWhyInTheReadersLanguage() throws Exception {
        String caseNumber = cases.open("team-north");
        long id = send(caseNumber, newNumber(), "Recordatorio");
        managementService.executeJob(sendJob(caseNumber).getId());

        mvc.perform(signed("/api/sms/twilio/status", Map.of("MessageSid", logged(id).getProviderMessageId(),
                "MessageStatus", "undelivered", "ErrorCode", "30003"))).andExpect(status().isOk());

        assertThat(logged(id).getStatus()).isEqualTo(DeliveryStatus.UNDELIVERED);
        var english = panel(caseNumber, null).select("[data-message-id=" + id + "]");
        assertThat(english.select(".text-message-status").text()).startsWith("Not delivered");
        assertThat(english.select(".text-message-reason").text()).contains("The phone could not be reached");
        var spanish = panel(caseNumber, "es").select("[data-message-id=" + id + "]");
        assertThat(spanish.select(".text-message-status").text()).startsWith("No entregado");
        assertThat(spanish.select(".text-message-reason").text()).contains("No se pudo comunicar con el teléfono");
    }

    @Test
    void stopThenNothingIsSentStartThenItIs() throws Exception {
        String caseNumber = cases.open("team-north");
        String phone = newNumber();

        mvc.perform(webhook("/api/sms/twilio/inbound", Map.of("From", phone, "Body", "STOP"), "forged"))
                .andExpect(status().isForbidden());
        assertThat(optOuts.hasOptedOut(phone)).as("an unsigned STOP is not taken").isFalse();

        mvc.perform(signed("/api/sms/twilio/inbound", Map.of("From", phone, "Body", " parar. ", "To", "+15005550006")))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("<Response>"));
        assertThat(optOuts.hasOptedOut(phone)).isTrue();

        long stopped = send(caseNumber, phone, "Recordatorio");
        managementService.executeJob(sendJob(caseNumber).getId());
        assertThat(twilio.requests()).as("nothing to a number that said STOP").isEmpty();
        assertThat(logged(stopped).getStatus()).isEqualTo(DeliveryStatus.NOT_SENT_OPTED_OUT);
        assertThat(panel(caseNumber, null).select("[data-message-id=" + stopped + "] .text-message-status").text())
                .startsWith("Not sent: recipient opted out");
        assertThat(panel(caseNumber, "es").select("[data-message-id=" + stopped + "] .text-message-status").text())
                .startsWith("No enviado: el destinatario pidió no recibir mensajes");

        mvc.perform(signed("/api/sms/twilio/inbound", Map.of("From", phone, "Body", "Start")))
                .andExpect(status().isOk());
        assertThat(optOuts.hasOptedOut(phone)).isFalse();
        long again = send(caseNumber, phone, "Recordatorio");
        managementService.executeJob(sendJob(caseNumber).getId());
        assertThat(twilio.requests()).hasSize(1);
        assertThat(logged(again).getStatus()).isEqualTo(DeliveryStatus.SENT);
    }

    @Test
    void everyStopWordCountsAndOtherWordsDoNot() {
        for (String word : new String[] {"STOP", "stopall", "Unsubscribe", "CANCEL", "end", "QUIT", "Parar", "ALTO!"}) {
            assertThat(OptOuts.keywordOf(word)).as(word).isPresent();
            assertThat(OptOuts.STOP_WORDS).contains(OptOuts.keywordOf(word).get());
        }
        assertThat(OptOuts.keywordOf("unstop")).contains("UNSTOP");
        assertThat(OptOuts.keywordOf("Please stop calling at night")).isEmpty();
        assertThat(OptOuts.keywordOf("Gracias")).isEmpty();
    }

    @Test
    void aReplyIsPassedToTheCoordinatorWithoutWhatItSays() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        String phone = newNumber();
        send(caseNumber, phone, "Recordatorio");
        managementService.executeJob(sendJob(caseNumber).getId());

        mvc.perform(signed("/api/sms/twilio/inbound", Map.of("From", phone, "Body", "My daughter will call you")))
                .andExpect(status().isOk());

        Notice notice = notices.of("cora").stream().filter(n -> caseNumber.equals(n.getCaseNumber())).findFirst()
                .orElseThrow();
        assertThat(notice.getMessage()).isEqualTo("A text message arrived from " + phone)
                .doesNotContain("daughter");
        assertThat(optOuts.hasOptedOut(phone)).isFalse();
    }

    @Test
    void quietHoursHoldATextUntilTheyEndUnlessItIsUrgent() {
        String caseNumber = cases.open("team-north");
        ZoneId chicago = ZoneId.of("America/Chicago");
        QuietHours night = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0), chicago);
        TextMessageDelivery atNight = new TextMessageDelivery(log, optOuts, new SmsProvider(true), night,
                twilioClient, transactions);
        Instant lateEvening = LocalDateTime.parse("2026-11-05T22:30").atZone(chicago).toInstant();
        long routine = recordOnly(TextMessageRequest.of(caseNumber, newNumber(), "Recordatorio", "es",
                MessagePurpose.APPOINTMENT));
        long urgent = recordOnly(TextMessageRequest.of(caseNumber, newNumber(), "Su transporte llega en 1 hora",
                "es", MessagePurpose.TRANSPORT_PICKUP).urgently());

        TextMessageDelivery.Outcome held = inTransaction(() -> atNight.deliver(routine, lateEvening));
        TextMessageDelivery.Outcome sentAnyway = inTransaction(() -> atNight.deliver(urgent, lateEvening));

        Instant morning = LocalDateTime.parse("2026-11-06T08:00").atZone(chicago).toInstant();
        assertThat(held.held()).isTrue();
        assertThat(held.holdUntil()).isEqualTo(morning);
        assertThat(logged(routine).getStatus()).isEqualTo(DeliveryStatus.NOT_SENT_QUIET_HOURS);
        assertThat(logged(routine).getHoldUntil()).isEqualTo(morning);
        assertThat(sentAnyway.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(twilio.requests()).hasSize(1);

        TextMessageDelivery.Outcome later = inTransaction(() -> atNight.deliver(routine, morning));
        assertThat(later.held()).isFalse();
        assertThat(logged(routine).getStatus()).isEqualTo(DeliveryStatus.SENT);
        assertThat(logged(routine).getHoldUntil()).isNull();
        assertThat(twilio.requests()).hasSize(2);
    }

    @Test
    void aSentTextIsNotSentAgainWhenTheJobRunsAgain() {
        String caseNumber = cases.open("team-north");
        long id = recordOnly(TextMessageRequest.of(caseNumber, newNumber(), "Hola", "es", MessagePurpose.APPOINTMENT));
        inTransaction(() -> delivery.deliver(id));
        inTransaction(() -> delivery.deliver(id));
        assertThat(twilio.requests()).hasSize(1);
    }

    @Test
    void withoutAProviderTheCaseSaysNotSentInEachLanguage(CapturedOutput output) throws Exception {
        String caseNumber = cases.open("team-north");
        SmsProvider none = new SmsProvider(false);
        TextMessageDelivery unconfigured = new TextMessageDelivery(log, optOuts, none, configuredQuietHours,
                twilioClient, transactions);
        long id = recordOnly(TextMessageRequest.of(caseNumber, newNumber(), "Hola", "es", MessagePurpose.APPOINTMENT));

        // as the sending job would run it: no exception, so no failed step
        inTransaction(() -> unconfigured.deliver(id));

        assertThat(twilio.requests()).isEmpty();
        assertThat(logged(id).getStatus()).isEqualTo(DeliveryStatus.NOT_SENT_NO_PROVIDER);
        assertThat(panel(caseNumber, null).select("[data-message-id=" + id + "] .text-message-status").text())
                .startsWith("Not sent: no SMS provider configured");
        assertThat(panel(caseNumber, "es").select("[data-message-id=" + id + "] .text-message-status").text())
                .startsWith("No enviado: no hay un proveedor de SMS configurado");

        none.reportAtStart();
        assertThat(output).contains("Text messages are off: no SMS provider configured");
        int before = output.length();
        new SmsProvider(true).reportAtStart();
        assertThat(output.toString().substring(before)).doesNotContain("Text messages are off");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsLogged() {
        String caseNumber = cases.open("team-north");
        long before = log.count();
        assertThatThrownBy(() -> recordOnly(new TextMessageRequest(caseNumber, "555-0100", null, " ", "xx",
                MessagePurpose.APPOINTMENT, false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(org.casecoordination.forms.FieldError::field)
                        .containsExactly("recipient", "body", "language"))
                .hasMessage("Enter the phone number in international form, such as +15551234567.");
        assertThat(log.count()).isEqualTo(before);
    }

    @Test
    void theApiListsTheLogToTheCasesTeamOnlyAndAuditsTheRead() throws Exception {
        String caseNumber = cases.open("team-north");
        long id = recordOnly(TextMessageRequest.of(caseNumber, newNumber(), "Hola", "es", MessagePurpose.APPOINTMENT));

        JsonNode list = json.readTree(mvc.perform(get("/api/cases/{n}/messages", caseNumber)
                        .with(httpBasic("cora", "demo")).header("Accept-Language", "es"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("id").asLong()).isEqualTo(id);
        assertThat(list.get(0).get("status").asText()).isEqualTo("QUEUED");
        assertThat(list.get(0).get("statusText").asText()).isEqualTo("En espera de envío");
        assertThat(list.get(0).get("purposeText").asText()).isEqualTo("Recordatorio: cita");
        assertThat(list.get(0).get("channel").asText()).isEqualTo("SMS");

        mvc.perform(get("/api/cases/{n}/messages", caseNumber).with(httpBasic("dana", "demo")))
                .andExpect(status().isForbidden());
        assertThat(auditLog.newestOfCase(caseNumber, 20)).anySatisfy(event -> {
            assertThat(event.getAction()).isEqualTo(AuditAction.VIEW_RECORD);
            assertThat(event.getActor()).isEqualTo("cora");
            assertThat(event.getResource()).contains("/messages");
            assertThat(event.getOutcome()).isEqualTo("200");
        });
        assertThat(Jsoup.parse(mvc.perform(get("/cases/{n}", caseNumber).with(Users.dana())).andReturn()
                .getResponse().getContentAsString()).select("#text-messages")).isEmpty();
    }

    private long recordOnly(TextMessageRequest request) {
        return new TransactionTemplate(transactions).execute(status -> textMessages.record(request));
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> work.get());
    }

    private org.jsoup.select.Elements panel(String caseNumber, String language) throws Exception {
        MockHttpServletRequestBuilder page = get("/cases/{n}", caseNumber).with(Users.cora());
        if (language != null) {
            page = page.header("Accept-Language", language);
        }
        Document document = Jsoup.parse(mvc.perform(page).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        return document.select("#text-messages");
    }

    private MockHttpServletRequestBuilder signed(String path, Map<String, String> form) throws Exception {
        return webhook(path, form, signature(PUBLIC + path, form));
    }

    private static MockHttpServletRequestBuilder webhook(String path, Map<String, String> form, String signature) {
        MockHttpServletRequestBuilder request = post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        form.forEach(request::param);
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return request;
    }

    /**
     * Twilio's signature, written out here rather than with the SDK the app uses: Base64 of HMAC-SHA1, keyed with
     * the auth token, of the URL followed by each parameter's name and value, sorted by name.
     */
    static String signature(String url, Map<String, String> form) throws Exception {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(form).forEach((name, value) -> data.append(name).append(value));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
