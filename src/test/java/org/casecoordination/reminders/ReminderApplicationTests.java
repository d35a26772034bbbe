package org.casecoordination.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.casecoordination.appointments.Appointment;
import org.casecoordination.appointments.AppointmentKind;
import org.casecoordination.appointments.AppointmentRequest;
import org.casecoordination.appointments.Appointments;
import org.casecoordination.arrangement.ProviderDirectory;
import org.casecoordination.arrangement.ProviderReferralAnswer;
import org.casecoordination.arrangement.ProviderReferralStatus;
import org.casecoordination.arrangement.ProviderReferrals;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.arrangement.ProviderSearch;
import org.casecoordination.arrangement.ServiceType;
import org.casecoordination.casefile.CaseClosed;
import org.casecoordination.contacts.Channel;
import org.casecoordination.contacts.ClientContacts;
import org.casecoordination.contacts.ContactRequest;
import org.casecoordination.contacts.Relationship;
import org.casecoordination.messaging.DeliveryStatus;
import org.casecoordination.messaging.MessagePurpose;
import org.casecoordination.messaging.OptOuts;
import org.casecoordination.messaging.OutgoingMessage;
import org.casecoordination.messaging.TextMessages;
import org.casecoordination.messaging.TwilioForTests;
import org.casecoordination.processes.ClientReminderProcess;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reminder's whole life in the running app with the engine's clock: set when an appointment is scheduled, sent
 * the day before and two hours before by text (a fake of Twilio's API over HTTP) and email (GreenMail) to the client
 * and each contact with consent, in each one's language; moved, cancelled, skipped when its moment had passed,
 * retried while Twilio is down, never sent to a number that texted STOP or an address that unsubscribed.
 */
@ApplicationTest
class ReminderApplicationTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    Cases cases;
    @Autowired
    Appointments appointments;
    @Autowired
    ClientContacts contacts;
    @Autowired
    TextMessages log;
    @Autowired
    OptOuts optOuts;
    @Autowired
    ProviderDirectory providers;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    ReminderTimes times;
    @Autowired
    JavaMailSenderImpl mailSender;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.casecoordination.casefile.CaseRepository caseRepository;
    @Autowired
    ProviderReferrals serviceReferrals;

    TwilioForTests twilio;
    GreenMail mail;
    int configuredMailPort;
    static int numbers = 3000;

    @BeforeEach
    void startGateways() throws Exception {
        twilio = TwilioForTests.start(context);
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        configuredMailPort = mailSender.getPort();
        mailSender.setPort(mail.getSmtp().getPort());
    }

    @AfterEach
    void stopGateways() {
        ClockUtil.reset();
        twilio.close();
        mailSender.setPort(configuredMailPort);
        mail.stop();
    }

    static synchronized String newNumber() {
        return "+1212555" + (numbers++);
    }

    ZoneId zone() {
        return times.zone();
    }

    Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(zone()).toInstant();
    }

    void clockAt(String dateTime) {
        ClockUtil.setCurrentTime(Date.from(local(dateTime)));
    }

    /** A case whose client is reachable by text and email, with a Spanish-speaking daughter reachable by text. */
    record Family(String caseNumber, String clientPhone, String clientEmail, String daughterPhone) {
    }

    Family family() {
        String caseNumber = cases.open("team-north");
        Family family = new Family(caseNumber, newNumber(), "client" + numbers + "@example.org", newNumber());
        ContactRequest self = contact(Relationship.SELF, "Rosa Diaz", family.clientPhone(), family.clientEmail(),
                null, Set.of(Channel.SMS, Channel.EMAIL));
        ContactRequest daughter = contact(Relationship.FAMILY, "Ana Diaz", family.daughterPhone(), null, "es",
                Set.of(Channel.SMS));
        ContactRequest neighbour = contact(Relationship.FRIEND_OR_NEIGHBOUR, "Ed Brown", newNumber(), null, null,
                Set.of());
        cases.as("cora", () -> contacts.add(caseNumber, self));
        cases.as("cora", () -> contacts.add(caseNumber, daughter));
        cases.as("cora", () -> contacts.add(caseNumber, neighbour));
        return family;
    }

    static ContactRequest contact(Relationship relationship, String name, String phone, String email,
            String language, Set<Channel> consents) {
        ContactRequest request = new ContactRequest();
        request.setRelationship(relationship);
        request.setName(name);
        request.setPhone(phone);
        request.setEmail(email);
        request.setLanguage(language);
        request.setConsents(new LinkedHashSet<>(consents));
        return request;
    }

    Appointment schedule(String caseNumber, AppointmentKind kind, String localTime, String place, Long providerId) {
        return cases.as("cora", () -> appointments.schedule(caseNumber,
                new AppointmentRequest(kind, local(localTime), place, providerId, null)));
    }

    List<ProcessInstance> reminders(String caseNumber) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(ClientReminderProcess.PROCESS_KEY).list();
    }

    List<Job> timers(String caseNumber) {
        return reminders(caseNumber).stream().flatMap(instance -> managementService.createJobQuery()
                .processInstanceId(instance.getId()).timers().list().stream())
                .sorted(Comparator.comparing(Job::getDuedate)).toList();
    }

    /** Fires the earliest timer at its moment, then runs every send job it made. */
    void fireNextTimer(String caseNumber) {
        Job timer = timers(caseNumber).get(0);
        ClockUtil.setCurrentTime(timer.getDuedate());
        managementService.executeJob(timer.getId());
        sendAll(caseNumber);
    }

    void sendAll(String caseNumber) {
        for (ProcessInstance instance : reminders(caseNumber)) {
            for (Job job : managementService.createJobQuery().processInstanceId(instance.getId()).messages().list()) {
                managementService.executeJob(job.getId());
            }
        }
    }

    List<OutgoingMessage> logOf(String caseNumber) {
        return cases.as("cora", () -> log.of(caseNumber));
    }

    Map<String, String> textTo(String phone) {
        return twilio.sent().stream().filter(form -> phone.equals(form.get("To"))).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void anAppointmentIsRemindedTheDayBeforeAndTwoHoursBeforeToEachOneWithConsentInTheirLanguage() throws Exception {
        clockAt("2026-11-02T09:00");
        Family family = family();
        schedule(family.caseNumber(), AppointmentKind.APPOINTMENT, "2026-11-04T10:30", "12 Main Street", null);

        assertThat(timers(family.caseNumber())).extracting(job -> job.getDuedate().toInstant())
                .containsExactly(local("2026-11-03T18:00"), local("2026-11-04T08:30"));
        assertThat(logOf(family.caseNumber())).as("nothing written before the moment").isEmpty();

        fireNextTimer(family.caseNumber());

        List<OutgoingMessage> dayBefore = logOf(family.caseNumber());
        assertThat(dayBefore).hasSize(3).allSatisfy(m -> {
            assertThat(m.getPurpose()).isEqualTo(MessagePurpose.APPOINTMENT);
            assertThat(m.getStatus()).isEqualTo(DeliveryStatus.SENT);
        });
        assertThat(twilio.sent()).extracting(form -> form.get("To"))
                .containsExactlyInAnyOrder(family.clientPhone(), family.daughterPhone());
        assertThat(textTo(family.clientPhone()).get("Body")).startsWith("Reminder: appointment on Wednesday, November 4"
                + " at 10:30 AM, at 12 Main Street.").contains("Reply STOP");
        assertThat(textTo(family.daughterPhone()).get("Body")).startsWith("Recordatorio: cita el miércoles 4 de"
                + " noviembre a las 10:30, en 12 Main Street.").contains("Responda STOP");
        MimeMessage email = mail.getReceivedMessages()[0];
        assertThat(email.getAllRecipients()[0].toString()).isEqualTo(family.clientEmail());
        assertThat(email.getSubject()).isEqualTo("Appointment reminder");
        assertThat(email.getHeader("List-Unsubscribe")[0]).matches("<https://cases.example.org/unsubscribe/[\\w-]+>")
                .doesNotContain(family.caseNumber()).doesNotContain("client");
        assertThat(email.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");

        fireNextTimer(family.caseNumber());

        assertThat(logOf(family.caseNumber())).hasSize(6);
        assertThat(twilio.sent()).hasSize(4);
        assertThat(reminders(family.caseNumber())).as("all sent: the reminder ended").isEmpty();
    }

    @Test
    void aMovedAppointmentIsRemindedAtItsNewTimeOnlyAndACancelledOneNotAtAll() {
        clockAt("2026-11-02T09:00");
        Family family = family();
        Appointment moving = schedule(family.caseNumber(), AppointmentKind.TRANSPORT_PICKUP, "2026-11-04T10:30",
                "12 Main Street", null);
        List<String> oldTimers = timers(family.caseNumber()).stream().map(Job::getId).toList();

        cases.as("cora", () -> appointments.move(family.caseNumber(), moving.getId(), local("2026-11-06T15:00"),
                "40 Oak Avenue"));

        List<Job> moved = timers(family.caseNumber());
        assertThat(moved).extracting(Job::getId).doesNotContainAnyElementsOf(oldTimers);
        assertThat(moved).extracting(job -> job.getDuedate().toInstant())
                .containsExactly(local("2026-11-05T18:00"), local("2026-11-06T13:00"));
        fireNextTimer(family.caseNumber());
        assertThat(textTo(family.clientPhone()).get("Body")).startsWith("Reminder: ride pickup on Friday,"
                + " November 6 at 3:00 PM, at 40 Oak Avenue.");

        cases.as("cora", () -> appointments.cancel(family.caseNumber(), moving.getId()));

        assertThat(reminders(family.caseNumber())).isEmpty();
        assertThat(timers(family.caseNumber())).isEmpty();
        assertThat(logOf(family.caseNumber())).as("only the day-before reminder").hasSize(3);

        // cancelled while its messages wait to be sent: not sent, and the case says they are no longer needed
        Appointment waiting = schedule(family.caseNumber(), AppointmentKind.APPOINTMENT, "2026-11-10T10:30",
                "12 Main Street", null);
        Job timer = timers(family.caseNumber()).get(0);
        ClockUtil.setCurrentTime(timer.getDuedate());
        managementService.executeJob(timer.getId());
        cases.as("cora", () -> appointments.cancel(family.caseNumber(), waiting.getId()));

        List<OutgoingMessage> newestFirst = logOf(family.caseNumber());
        assertThat(newestFirst).hasSize(6);
        assertThat(newestFirst.subList(0, 3)).extracting(OutgoingMessage::getStatus)
                .containsOnly(DeliveryStatus.NOT_SENT_WITHDRAWN);
        assertThat(newestFirst.subList(3, 6)).extracting(OutgoingMessage::getStatus)
                .containsOnly(DeliveryStatus.SENT);
        assertThat(twilio.sent()).as("nothing more went out").hasSize(2);
    }

    @Test
    void anAppointmentBookedAnHourAheadGetsNoLateReminders() {
        clockAt("2026-11-02T09:00");
        Family family = family();
        schedule(family.caseNumber(), AppointmentKind.APPOINTMENT, "2026-11-02T10:00", "12 Main Street", null);

        // both moments (yesterday 18:00, today 8:00) were past when the reminder was set: the timers fire at once
        for (Job timer : timers(family.caseNumber())) {
            managementService.executeJob(timer.getId());
        }
        sendAll(family.caseNumber());

        assertThat(logOf(family.caseNumber())).isEmpty();
        assertThat(twilio.sent()).isEmpty();
        assertThat(reminders(family.caseNumber())).isEmpty();
    }

    @Test
    void twilioDownFailsTheSendJobForTheEngineToRetryAndTheCaseSaysWhy() throws Exception {
        clockAt("2026-11-02T09:00");
        String caseNumber = cases.open("team-north");
        String phone = newNumber();
        cases.as("cora", () -> contacts.add(caseNumber, contact(Relationship.SELF, "Rosa Diaz", phone, null, null,
                Set.of(Channel.SMS))));
        schedule(caseNumber, AppointmentKind.APPOINTMENT, "2026-11-04T10:30", "12 Main Street", null);
        Job timer = timers(caseNumber).get(0);
        ClockUtil.setCurrentTime(timer.getDuedate());
        managementService.executeJob(timer.getId());
        Job send = managementService.createJobQuery().processInstanceId(reminders(caseNumber).get(0).getId())
                .messages().singleResult();

        twilio.answerNext(503, "{\"code\": 20503, \"message\": \"Service Unavailable\", \"status\": 503}");
        assertThatThrownBy(() -> managementService.executeJob(send.getId())).isNotNull();

        assertThat(managementService.createJobQuery().jobId(send.getId()).singleResult().getRetries())
                .as("R4: three more tries").isEqualTo(3);
        OutgoingMessage waiting = logOf(caseNumber).get(0);
        assertThat(waiting.getStatus()).isEqualTo(DeliveryStatus.QUEUED);
        assertThat(panel(caseNumber).select("[data-message-id=" + waiting.getId() + "] .text-message-reason").text())
                .contains("could not be reached (1 tries so far)");

        managementService.executeJob(send.getId());
        assertThat(logOf(caseNumber).get(0).getStatus()).isEqualTo(DeliveryStatus.SENT);
        assertThat(twilio.sent()).hasSize(2);
    }

    @Test
    void aMailServerThatIsDownIsRetriedByTheEngineAndTheCaseSaysWhy() throws Exception {
        clockAt("2026-11-02T09:00");
        String caseNumber = cases.open("team-north");
        String address = "rosa" + numbers++ + "@example.org";
        cases.as("cora", () -> contacts.add(caseNumber, contact(Relationship.SELF, "Rosa Diaz", null, address, "es",
                Set.of(Channel.EMAIL))));
        schedule(caseNumber, AppointmentKind.APPOINTMENT, "2026-11-04T10:30", "12 Main Street", null);
        Job timer = timers(caseNumber).get(0);
        ClockUtil.setCurrentTime(timer.getDuedate());
        managementService.executeJob(timer.getId());
        Job send = managementService.createJobQuery().processInstanceId(reminders(caseNumber).get(0).getId())
                .messages().singleResult();
        try (var closed = new java.net.ServerSocket(0)) {
            mailSender.setPort(closed.getLocalPort() + 0);
        }

        assertThatThrownBy(() -> managementService.executeJob(send.getId())).isNotNull();

        OutgoingMessage waiting = logOf(caseNumber).get(0);
        assertThat(waiting.getStatus()).isEqualTo(DeliveryStatus.QUEUED);
        assertThat(panel(caseNumber).select("[data-message-id=" + waiting.getId() + "] .text-message-reason").text())
                .isEqualTo("The mail server could not be reached (1 tries so far). The system will try again.");

        mailSender.setPort(mail.getSmtp().getPort());
        managementService.executeJob(send.getId());

        assertThat(logOf(caseNumber).get(0).getStatus()).isEqualTo(DeliveryStatus.SENT);
        assertThat(mail.getReceivedMessages()).singleElement().satisfies(email -> {
            assertThat(email.getSubject()).isEqualTo("Recordatorio de cita");
            assertThat(email.getContent().toString()).startsWith("Recordatorio: cita el miércoles 4 de noviembre")
                    .contains("Para no recibir más correos como este, abra https://cases.example.org/unsubscribe/");
        });
    }

    @Test
    void aNumberThatTextedStopGetsNothingMoreAndTheCaseSaysSo() throws Exception {
        clockAt("2026-11-02T09:00");
        Family family = family();
        optOuts.record(family.daughterPhone(), "STOP");
        schedule(family.caseNumber(), AppointmentKind.APPOINTMENT, "2026-11-04T10:30", "12 Main Street", null);

        fireNextTimer(family.caseNumber());

        assertThat(twilio.sent()).extracting(form -> form.get("To")).containsExactly(family.clientPhone());
        OutgoingMessage toDaughter = logOf(family.caseNumber()).stream()
                .filter(m -> m.getRecipient().equals(family.daughterPhone())).findFirst().orElseThrow();
        assertThat(toDaughter.getStatus()).isEqualTo(DeliveryStatus.NOT_SENT_OPTED_OUT);
        Document page = panel(family.caseNumber());
        String line = page.select("[data-message-id=" + toDaughter.getId() + "]").text();
        assertThat(line).contains("Not sent: recipient opted out").contains("To Ana Diaz (Family member)")
                .contains("in Spanish");
        assertThat(page.select(".message-recipient").eachText()).anyMatch(text -> text.startsWith("To the client:"));
        Document spanish = panel(family.caseNumber(), "es");
        assertThat(spanish.select("[data-message-id=" + toDaughter.getId() + "]").text())
                .contains("No enviado: el destinatario pidió no recibir mensajes").contains("A Ana Diaz (Familiar)")
                .contains("en Español");
        assertThat(spanish.select(".message-channel").eachText()).contains("Mensaje de texto", "Correo electrónico");
    }

    @Test
    void anAddressThatUnsubscribedGetsNoMoreEmailsAndTheLinkShowsNoClientData() throws Exception {
        clockAt("2026-11-02T09:00");
        Family family = family();
        schedule(family.caseNumber(), AppointmentKind.APPOINTMENT, "2026-11-04T10:30", "12 Main Street", null);
        fireNextTimer(family.caseNumber());
        String header = mail.getReceivedMessages()[0].getHeader("List-Unsubscribe")[0];
        Matcher link = Pattern.compile("https://cases.example.org(/unsubscribe/[\\w-]+)").matcher(header);
        assertThat(link.find()).isTrue();

        var askedResponse = mvc.perform(get(link.group(1))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(askedResponse.getHeader("Referrer-Policy")).as("the token never leaves in a Referer")
                .isEqualTo("no-referrer");
        String asked = askedResponse.getContentAsString();
        assertThat(Jsoup.parse(asked).select("#unsubscribe-question").text())
                .isEqualTo("Do you want to stop getting reminder emails at this address?");
        assertThat(asked).doesNotContain(family.clientEmail()).doesNotContain(family.caseNumber())
                .doesNotContain("Rosa");
        String done = mvc.perform(post(link.group(1))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(done).select("#unsubscribe-done").text()).startsWith("Done.");
        mvc.perform(get("/unsubscribe/no-such-token")).andExpect(status().isNotFound());

        fireNextTimer(family.caseNumber());

        assertThat(mail.getReceivedMessages()).as("no second email").hasSize(1);
        assertThat(logOf(family.caseNumber()).stream().filter(OutgoingMessage::isEmail).map(OutgoingMessage::getStatus))
                .containsExactly(DeliveryStatus.NOT_SENT_OPTED_OUT, DeliveryStatus.SENT);
        assertThat(twilio.sent()).as("texts still go").hasSize(4);

        com.fasterxml.jackson.databind.JsonNode api = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                mvc.perform(get("/api/cases/{n}/messages", family.caseNumber()).with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("cora", "demo"))).andExpect(status().isOk()).andReturn().getResponse()
                        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(api.findValues("channel")).extracting(node -> node.asText()).contains("EMAIL", "SMS");
        assertThat(api.findValuesAsText("subject")).contains("Appointment reminder");
        assertThat(api.findValuesAsText("statusText")).contains("Not sent: recipient opted out");
    }

    @Test
    void theSameLinkUndoesAnUnsubscribeAndEmailsGoAgain() throws Exception {
        clockAt("2026-11-02T09:00");
        Family family = family();
        schedule(family.caseNumber(), AppointmentKind.APPOINTMENT, "2026-11-04T10:30", "12 Main Street", null);
        fireNextTimer(family.caseNumber());
        Matcher link = Pattern.compile("https://cases.example.org(/unsubscribe/[\\w-]+)")
                .matcher(mail.getReceivedMessages()[0].getHeader("List-Unsubscribe")[0]);
        assertThat(link.find()).isTrue();
        mvc.perform(post(link.group(1))).andExpect(status().isOk());

        Document again = Jsoup.parse(mvc.perform(get(link.group(1))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(again.select("#unsubscribe-done").text()).isEqualTo("This address gets no reminder emails.");
        assertThat(again.select("#unsubscribe-question")).as("not asked twice").isEmpty();
        Document resubscribed = Jsoup.parse(mvc.perform(post(link.group(1) + "/resubscribe"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(resubscribed.select("#resubscribe-done").text())
                .isEqualTo("Done. This address will get reminder emails again.");
        assertThat(resubscribed.text()).doesNotContain(family.clientEmail()).doesNotContain(family.caseNumber());

        fireNextTimer(family.caseNumber());

        assertThat(mail.getReceivedMessages()).as("the two-hours reminder goes out again").hasSize(2);
        mvc.perform(post("/unsubscribe/no-such-token/resubscribe")).andExpect(status().isNotFound());
    }

    @Test
    void aReminderSaysWhereAndWhenButNeverWhy() {
        clockAt("2026-11-02T09:00");
        Family family = family();
        long clinic = cases.as("cora", () -> providers.search(ProviderSearch.of(ServiceType.MENTAL_HEALTH_CLINIC,
                null, null)).get(0).getId());
        String clinicName = cases.as("cora", () -> providers.find(clinic).getName());
        schedule(family.caseNumber(), AppointmentKind.APPOINTMENT, "2026-11-04T10:30", "12 Main Street", clinic);

        fireNextTimer(family.caseNumber());

        assertThat(logOf(family.caseNumber())).hasSize(3).allSatisfy(message -> assertThat(message.getBody())
                .contains("12 Main Street").doesNotContain(clinicName).doesNotContainIgnoringCase("mental")
                .doesNotContainIgnoringCase("dementia").doesNotContainIgnoringCase("clinic")
                .doesNotContainIgnoringCase("salud"));
    }

    @Test
    void aClosedCaseEndsItsRemindersWithNothingSent() {
        clockAt("2026-11-02T09:00");
        Family family = family();
        schedule(family.caseNumber(), AppointmentKind.APPOINTMENT, "2026-11-04T10:30", "12 Main Street", null);
        assertThat(reminders(family.caseNumber())).hasSize(1);

        long caseId = caseRepository.findByCaseNumber(family.caseNumber()).orElseThrow().getId();
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(
                new CaseClosed(caseId, family.caseNumber())));

        assertThat(reminders(family.caseNumber())).isEmpty();
        assertThat(logOf(family.caseNumber())).isEmpty();
    }

    long providerOf(ServiceType type) {
        return cases.as("cora", () -> providers.search(ProviderSearch.of(type, null, null)).get(0).getId());
    }

    /** A referral of the case to this provider, sent and accepted with this first day, as the provider would. */
    long acceptedReferral(String caseNumber, ServiceType type, long providerId, LocalDate startDate) {
        cases.giveConsentToShare("cora", caseNumber);
        return cases.as("cora", () -> {
            CareCase careCase = caseRepository.findByCaseNumber(caseNumber).orElseThrow();
            long id = serviceReferrals.draft(careCase, type, providerId, "cora").getId();
            serviceReferrals.request(id, "cora");
            serviceReferrals.answer(id, new ProviderReferralAnswer(true, null, startDate), "provider:" + providerId);
            return id;
        });
    }

    @Test
    void anAcceptedReferralIsAnnouncedSoonAfterAndItsFirstDayRemindedWithoutATellingProviderName() {
        clockAt("2026-11-02T09:00");
        Family family = family();
        long clinic = providerOf(ServiceType.MENTAL_HEALTH_CLINIC);
        String clinicName = cases.as("cora", () -> providers.find(clinic).getName());
        acceptedReferral(family.caseNumber(), ServiceType.MENTAL_HEALTH_CLINIC, clinic, LocalDate.of(2026, 11, 9));

        assertThat(timers(family.caseNumber())).extracting(job -> job.getDuedate().toInstant())
                .containsExactly(local("2026-11-02T09:10"), local("2026-11-08T18:00"));

        fireNextTimer(family.caseNumber());
        assertThat(textTo(family.clientPhone()).get("Body")).startsWith("Good news: the request for a service was"
                + " accepted.");
        assertThat(textTo(family.daughterPhone()).get("Body")).startsWith("Buenas noticias:");

        fireNextTimer(family.caseNumber());
        assertThat(textTo(family.clientPhone()).get("Body")).startsWith("Reminder: the service starts on Monday,"
                + " November 9.");
        assertThat(logOf(family.caseNumber())).hasSize(6).allSatisfy(message -> assertThat(message.getBody())
                .doesNotContain(clinicName).doesNotContainIgnoringCase("mental").doesNotContainIgnoringCase("salud"));
        assertThat(logOf(family.caseNumber())).extracting(OutgoingMessage::getPurpose).containsOnly(
                MessagePurpose.REFERRAL_ACCEPTED, MessagePurpose.SERVICE_START);
    }

    @Test
    void aServiceStartNamesAProviderThatTellsNothingAndEndsWithTheService() {
        clockAt("2026-11-02T09:00");
        Family family = family();
        long homeCare = providerOf(ServiceType.HOME_CARE);
        String name = cases.as("cora", () -> providers.find(homeCare).getName());
        long referral = acceptedReferral(family.caseNumber(), ServiceType.HOME_CARE, homeCare,
                LocalDate.of(2026, 11, 9));
        fireNextTimer(family.caseNumber());

        cases.as("cora", () -> {
            serviceReferrals.confirm(referral, LocalDate.of(2026, 11, 16), null);
            return null;
        });
        assertThat(timers(family.caseNumber())).as("the agreed start moved").extracting(job -> job.getDuedate()
                .toInstant()).containsExactly(local("2026-11-15T18:00"));
        fireNextTimer(family.caseNumber());
        assertThat(textTo(family.clientPhone()).get("Body")).startsWith("Reminder: the service starts on Monday,"
                + " November 16, with " + name + ".");

        long second = acceptedReferral(family.caseNumber(), ServiceType.HOME_CARE, homeCare,
                LocalDate.of(2026, 11, 23));
        cases.as("cora", () -> {
            serviceReferrals.recordDelivery(second, ProviderReferralStatus.CANCELLED, "cora", "The client moved away");
            return null;
        });
        assertThat(reminders(family.caseNumber())).as("the ended service's reminders end").isEmpty();
    }

    Document panel(String caseNumber) throws Exception {
        return panel(caseNumber, "en");
    }

    Document panel(String caseNumber, String language) throws Exception {
        return Jsoup.parse(mvc.perform(get("/cases/{n}", caseNumber).with(Users.cora())
                .header("Accept-Language", language)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
