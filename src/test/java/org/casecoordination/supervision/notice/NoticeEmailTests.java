package org.casecoordination.supervision.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casecoordination.casefile.TimelineText.Words.person;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.casefile.TimelineText;
import org.casecoordination.security.People;
import org.casecoordination.security.language.UserLanguage;
import org.casecoordination.supervision.calendar.BusinessHours;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff emails of notices, through a fake SMTP server (GreenMail, as the referral mail tests use): in the reader's
 * language, with a link to the task, without the client's name, concern or case number; the person's settings
 * respected and urgent ones always sent; the daily digest sent once per person and day whatever runs it; a mail
 * server that is down or missing never breaks the action.
 */
@ApplicationTest
class NoticeEmailTests {

    static final String PUBLIC_URL = "https://cases.example.org";
    /** What a hand-over reason typed by a supervisor may say: client details that must never reach an email. */
    static final String TYPED_REASON = "Mrs Quintanilla's dementia is worse, call her daughter";

    @Autowired Notices notices;
    @Autowired NoticeRepository repository;
    @Autowired NoticeEmails emails;
    @Autowired NoticeDigests digests;
    @Autowired NoticeEmailSettings settings;
    @Autowired StaffMail staffMail;
    @Autowired JavaMailSenderImpl mailSender;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;
    @Autowired Cases cases;
    @Autowired PlatformTransactionManager transactions;
    @Autowired NoticeDigestRepository digestRepository;
    @Autowired NoticeEmailWords words;
    @Autowired People people;
    @Autowired NoticeEmailProperties properties;
    @Autowired BusinessHours hours;

    GreenMail greenMail;
    int configuredPort;

    @BeforeEach
    void startMailServer() {
        configuredPort = mailSender.getPort();
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        mailSender.setPort(greenMail.getSmtp().getPort());
        staffMail.reconfigure("127.0.0.1", PUBLIC_URL);
    }

    @AfterEach
    void stopMailServer() {
        staffMail.reconfigure("127.0.0.1", "");
        mailSender.setPort(configuredPort);
        greenMail.stop();
        identityService.deleteUserInfo("cora", UserLanguage.USER_INFO_KEY);
        jdbc.update("delete from notice_email_setting where user_id in ('cora', 'sam')");
        jdbc.update("delete from notice_digest where recipient in ('cora', 'sam')");
        jdbc.update("update notice set email_state = 'NONE' where email_state in ('AT_ONCE', 'SENDING', 'DIGEST')");
    }

    @Test
    void aTaskHandedOverIsEmailedAtOnceInEnglishWithALinkToTheTaskAndNoClientDetails() throws Exception {
        String caseNumber = cases.open("team-north", "Quintanilla", "Rosario");
        Task intake = cases.task(caseNumber, "Task_Intake");

        handOver("cora", caseNumber, intake);

        MimeMessage mail = onlyMailTo("cora@example.org");
        String text = body(mail);
        assertThat(mail.getSubject()).isEqualTo("A task was handed to you");
        assertThat(text).contains("Task: \u201cContact client and complete intake\u201d").contains(PUBLIC_URL + "/tasks/" + intake.getId())
                .contains(PUBLIC_URL + "/account/notifications");
        assertThat(mail.getSubject() + text).doesNotContain("Quintanilla", "Rosario", "dementia", "Dementia",
                caseNumber, "daughter");
        assertThat(state(caseNumber)).isEqualTo(NoticeEmailState.SENT);
    }

    @Test
    void aPersonWhoReadsSpanishGetsTheEmailInSpanish() throws Exception {
        identityService.setUserInfo("cora", UserLanguage.USER_INFO_KEY, "es");
        String caseNumber = cases.open("team-north", "Quintanilla", "Rosario");
        Task intake = cases.task(caseNumber, "Task_Intake");

        handOver("cora", caseNumber, intake);

        MimeMessage mail = onlyMailTo("cora@example.org");
        String text = body(mail);
        assertThat(mail.getSubject()).isEqualTo("Le pasaron una tarea");
        assertThat(text).contains("Tarea: \u201c").contains("Ábralo en Coordinación de casos")
                .contains(PUBLIC_URL + "/tasks/" + intake.getId()).doesNotContain("Open it", "handed");
        assertThat(mail.getSubject() + text).doesNotContain("Quintanilla", "Rosario", "demencia", caseNumber);
    }

    @Test
    void aCaseWithoutATaskIsLinkedThroughTheNoticeSoTheEmailCarriesNoCaseNumber() throws Exception {
        String caseNumber = cases.open("team-north");
        tx(() -> notices.send("cora", caseNumber, null, TimelineText.of("notice.handOver.case",
                person("colin"), person("cora"), person("sam"), TYPED_REASON)));

        String text = body(onlyMailTo("cora@example.org"));
        long id = latest("cora", caseNumber).getId();
        assertThat(text).contains(PUBLIC_URL + "/notices/" + id + "/open").doesNotContain(caseNumber, "Quintanilla");
    }

    @Test
    void noEmailAndTheDigestAreRespectedButUrgentNoticesAreAlwaysEmailedAtOnce() throws Exception {
        settings.save("cora", Map.of(NoticeKind.TASK_HANDED_OVER, EmailChoice.NONE,
                NoticeKind.OVERDUE, EmailChoice.DIGEST, NoticeKind.CASE_HANDED_OVER, EmailChoice.NONE));
        String caseNumber = cases.open("team-north");
        Task intake = cases.task(caseNumber, "Task_Intake");

        handOver("cora", caseNumber, intake);
        tx(() -> notices.send("cora", caseNumber, intake.getId(), TimelineText.of("notice.overdue", intake,
                Instant.now())));
        tx(() -> notices.sendUrgent("cora", caseNumber, intake.getId(), TimelineText.of("notice.safety", caseNumber,
                person("colin"), Instant.now())));

        MimeMessage mail = onlyMailTo("cora@example.org");
        assertThat(mail.getSubject()).isEqualTo("Urgent: a safety concern needs your response");
        assertThat(repository.findTop50ByRecipientOrderByCreatedAtDescIdDesc("cora").stream()
                .filter(n -> n.getCaseNumber().equals(caseNumber)).map(Notice::getEmailState))
                .containsExactlyInAnyOrder(NoticeEmailState.NONE, NoticeEmailState.DIGEST, NoticeEmailState.SENT);
        emails.sendDue();
        assertThat(mailsTo("cora@example.org")).hasSize(1);
    }

    @Test
    void theDigestGoesOutOncePerPersonAndDayWhateverRunsItAndTheNextDayAgain() throws Exception {
        settings.save("cora", Map.of(NoticeKind.OVERDUE, EmailChoice.DIGEST));
        String caseNumber = cases.open("team-north", "Quintanilla", "Rosario");
        Task intake = cases.task(caseNumber, "Task_Intake");
        tx(() -> notices.send("cora", caseNumber, intake.getId(), TimelineText.of("notice.overdue", intake,
                Instant.now())));
        tx(() -> notices.send("cora", caseNumber, intake.getId(), TimelineText.of("notice.overdue", intake,
                Instant.now())));
        LocalDate day = firstDigestDayAfter(Instant.now());
        Instant justAfter = digestTime(day).plus(1, ChronoUnit.MINUTES);

        digests.sendDue(digestTime(day).minus(1, ChronoUnit.MINUTES)); // the day before's digest: these are newer
        assertThat(mailsTo("cora@example.org")).isEmpty();
        digests.sendDue(justAfter);
        digests.sendDue(justAfter.plus(5, ChronoUnit.MINUTES));
        anotherNode().sendDue(justAfter.plus(10, ChronoUnit.MINUTES)); // a second node, or this one restarted

        List<MimeMessage> first = mailsTo("cora@example.org");
        assertThat(first).hasSize(1);
        String text = body(first.get(0));
        assertThat(first.get(0).getSubject()).startsWith("Your notices: ");
        assertThat(text).contains("Notices since your last daily email: 2.");
        assertThat(text.split(PUBLIC_URL + "/tasks/" + intake.getId(), -1)).hasSize(3);
        assertThat(first.get(0).getSubject() + text).doesNotContain("Quintanilla", "Rosario", "ementia", caseNumber);

        tx(() -> notices.send("cora", caseNumber, intake.getId(), TimelineText.of("notice.overdue", intake,
                Instant.now())));
        Instant nextDay = digestTime(day.plusDays(1)).plus(1, ChronoUnit.MINUTES);
        digests.sendDue(nextDay);
        anotherNode().sendDue(nextDay);
        assertThat(mailsTo("cora@example.org")).hasSize(2);
        assertThat(body(mailsTo("cora@example.org").get(1)))
                .contains("Notices since your last daily email: 1.");
    }

    @Test
    void aNodeThatWasDownAtTheHourSendsTheMissedDigestWhenBackAndADayAnotherNodeTookIsLeftAlone() throws Exception {
        settings.save("cora", Map.of(NoticeKind.OVERDUE, EmailChoice.DIGEST));
        String caseNumber = cases.open("team-north");
        Task intake = cases.task(caseNumber, "Task_Intake");
        tx(() -> notices.send("cora", caseNumber, intake.getId(), TimelineText.of("notice.overdue", intake,
                Instant.now())));
        LocalDate day = firstDigestDayAfter(Instant.now());
        // another node has just taken cora's digest of that day (its row is there, its email not yet)
        jdbc.update("insert into notice_digest (id, recipient, digest_day, state, attempts, next_try, created_at)"
                + " values (next value for notice_digest_seq, 'cora', ?, 'SENDING', 0, ?, ?)", day,
                java.sql.Timestamp.from(Instant.now().plus(1, ChronoUnit.DAYS)), java.sql.Timestamp.from(Instant.now()));
        digests.sendDue(digestTime(day).plus(1, ChronoUnit.MINUTES));
        assertThat(greenMail.waitForIncomingEmail(1000, 1)).as("the other node sends that day's").isFalse();
        jdbc.update("delete from notice_digest where recipient = 'cora'");

        // down over the digest hour; back the next morning, before that day's hour
        Instant nextMorning = digestTime(day).plus(15, ChronoUnit.HOURS);
        anotherNode().sendDue(nextMorning);
        assertThat(onlyMailTo("cora@example.org").getSubject()).startsWith("Your notices: ");
        digests.sendDue(digestTime(day.plusDays(1)).plus(1, ChronoUnit.MINUTES));
        assertThat(mailsTo("cora@example.org")).as("nothing new the next day, no digest").hasSize(1);
    }

    @Test
    void aMailServerThatIsDownNeverBreaksTheActionAndTheEmailIsSentLater() throws Exception {
        try (ServerSocket closed = new ServerSocket(0)) {
            mailSender.setPort(closed.getLocalPort());
        }
        String caseNumber = cases.open("team-north");
        Task intake = cases.task(caseNumber, "Task_Intake");

        handOver("cora", caseNumber, intake); // commits although the mail server is down

        Notice failed = waitForAttempt(caseNumber);
        assertThat(failed.getEmailState()).isEqualTo(NoticeEmailState.AT_ONCE);
        assertThat(failed.getEmailError()).isNotBlank();
        mailSender.setPort(greenMail.getSmtp().getPort());
        jdbc.update("update notice set email_next_try = ? where id = ?", java.sql.Timestamp.from(Instant.now()
                .minusSeconds(1)), failed.getId()); // the wait is over
        emails.sendDue();

        assertThat(onlyMailTo("cora@example.org").getSubject()).isEqualTo("A task was handed to you");
        assertThat(state(caseNumber)).isEqualTo(NoticeEmailState.SENT);
    }

    @Test
    void anEmailThatFailsEveryTryIsRecordedAsFailedAndTheNoticeStays() throws Exception {
        try (ServerSocket closed = new ServerSocket(0)) {
            mailSender.setPort(closed.getLocalPort());
        }
        String caseNumber = cases.open("team-north");
        Task intake = cases.task(caseNumber, "Task_Intake");
        handOver("cora", caseNumber, intake);
        Notice notice = waitForAttempt(caseNumber);

        jdbc.update("update notice set email_attempts = ?, email_next_try = ? where id = ?", properties.attempts() - 1,
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)), notice.getId()); // all tries but the last
        emails.sendDue();

        Notice failed = latest("cora", caseNumber);
        assertThat(failed.getEmailState()).isEqualTo(NoticeEmailState.FAILED);
        assertThat(failed.getEmailAttempts()).isEqualTo(properties.attempts());
        assertThat(failed.getEmailError()).isNotBlank();
        mailSender.setPort(greenMail.getSmtp().getPort());
        emails.sendDue();
        assertThat(greenMail.waitForIncomingEmail(1000, 1)).as("given up: not sent any more").isFalse();
        assertThat(notices.of("cora")).extracting(Notice::getId).contains(failed.getId());
    }

    @Test
    void withoutAMailServerNothingIsSentAndNothingFails() throws Exception {
        staffMail.reconfigure("", PUBLIC_URL);
        String caseNumber = cases.open("team-north");
        Task intake = cases.task(caseNumber, "Task_Intake");

        handOver("cora", caseNumber, intake);
        tx(() -> notices.sendUrgent("cora", caseNumber, intake.getId(), TimelineText.of("notice.crisis", caseNumber,
                person("colin"), Instant.now())));
        emails.sendDue();
        digests.sendDue(Instant.now().plus(2, ChronoUnit.DAYS));

        assertThat(greenMail.waitForIncomingEmail(1000, 1)).isFalse();
        assertThat(repository.findTop50ByRecipientOrderByCreatedAtDescIdDesc("cora").stream()
                .filter(n -> n.getCaseNumber().equals(caseNumber)).map(Notice::getEmailState))
                .containsOnly(NoticeEmailState.NOT_SENT).hasSize(2);
    }

    // --- helpers

    private void handOver(String to, String caseNumber, Task task) {
        tx(() -> notices.send(to, caseNumber, task.getId(), TimelineText.of("notice.handOver.task", task,
                person(to), person("sam"), TYPED_REASON)));
    }

    /** The text as the reader sees it (the wire form is quoted-printable). */
    private static String body(MimeMessage mail) throws Exception {
        return mail.getContent().toString();
    }

    private void tx(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
    }

    private MimeMessage onlyMailTo(String address) throws Exception {
        greenMail.waitForIncomingEmail(10_000, 1);
        Thread.sleep(300); // a second email, if one were wrongly sent, would arrive as quickly
        List<MimeMessage> mails = mailsTo(address);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(mail -> {
            try {
                return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                        .anyMatch(to -> to.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private Notice latest(String recipient, String caseNumber) {
        return repository.findTop50ByRecipientOrderByCreatedAtDescIdDesc(recipient).stream()
                .filter(n -> n.getCaseNumber().equals(caseNumber)).findFirst().orElseThrow();
    }

    private NoticeEmailState state(String caseNumber) {
        return latest("cora", caseNumber).getEmailState();
    }

    private Notice waitForAttempt(String caseNumber) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Notice notice = latest("cora", caseNumber);
            if (notice.getEmailAttempts() > 0) {
                return notice;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the email was never tried");
    }

    private Instant digestTime(LocalDate day) {
        return day.atTime(properties.digestAt()).atZone(hours.zone()).toInstant();
    }

    private LocalDate firstDigestDayAfter(Instant now) {
        LocalDate today = now.atZone(hours.zone()).toLocalDate();
        return digestTime(today).isAfter(now) ? today : today.plusDays(1);
    }

    /** The same job on another node (or after a restart): a fresh instance on the same database. */
    private NoticeDigests anotherNode() {
        return new NoticeDigests(repository, digestRepository, staffMail, words, people, properties, hours,
                transactions);
    }
}
