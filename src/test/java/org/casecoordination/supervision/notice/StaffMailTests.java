package org.casecoordination.supervision.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Staff emails are on only with a mail server and a public address; the log says once at start which is missing. */
@ExtendWith(OutputCaptureExtension.class)
class StaffMailTests {

    static final NoticeEmailProperties NO_ADDRESS = new NoticeEmailProperties("", "notices@example.org",
            LocalTime.of(17, 0), Duration.ofMinutes(1), 6, Duration.ofMinutes(1), Duration.ofMinutes(5));
    static final NoticeEmailProperties WITH_ADDRESS = new NoticeEmailProperties("https://cases.example.org/",
            "notices@example.org", LocalTime.of(17, 0), Duration.ofMinutes(1), 6, Duration.ofMinutes(1), Duration.ofMinutes(5));

    @Test
    void withoutAMailServerEmailsAreOffAndTheStartSaysSoOnce(CapturedOutput output) {
        StaffMail mail = new StaffMail("", WITH_ADDRESS, sender());

        mail.reportAtStart();

        assertThat(mail.on()).isFalse();
        assertThat(output.getOut().split("Staff notice emails are off: no mail server configured", -1)).hasSize(2);
    }

    @Test
    void withoutThePublicAddressEmailsAreOffToo(CapturedOutput output) {
        StaffMail mail = new StaffMail("smtp.example.org", NO_ADDRESS, sender());

        mail.reportAtStart();

        assertThat(mail.on()).isFalse();
        assertThat(output.getOut()).contains("no public address for their links (set PUBLIC_URL");
    }

    @Test
    void withBothEmailsAreOnAndLinksAreAbsolute(CapturedOutput output) {
        StaffMail mail = new StaffMail("smtp.example.org", WITH_ADDRESS, sender());

        mail.reportAtStart();

        assertThat(mail.on()).isTrue();
        assertThat(mail.link("/tasks/abc")).isEqualTo("https://cases.example.org/tasks/abc");
        assertThat(output.getOut()).doesNotContain("Staff notice emails are off");
    }

    private static org.springframework.beans.factory.ObjectProvider<JavaMailSender> sender() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", new JavaMailSenderImpl());
        return beans.getBeanProvider(JavaMailSender.class);
    }
}
