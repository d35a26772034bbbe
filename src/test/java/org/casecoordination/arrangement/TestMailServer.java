package org.casecoordination.arrangement;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Test helper: an in-process SMTP server (GreenMail) on a free port that the application's mail sender points at
 * while it runs, or a port where nothing listens, for a failing mail server.
 */
@Component
class TestMailServer {

    private final JavaMailSenderImpl mailSender;
    private final int configuredPort;
    private GreenMail greenMail;

    TestMailServer(JavaMailSenderImpl mailSender) {
        this.mailSender = mailSender;
        this.configuredPort = mailSender.getPort();
    }

    void start() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        mailSender.setPort(greenMail.getSmtp().getPort());
    }

    /** Until {@link #up()}, sending fails as with a mail server that is down. */
    void down() throws java.io.IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            mailSender.setPort(socket.getLocalPort());
        }
    }

    void up() {
        mailSender.setPort(greenMail.getSmtp().getPort());
    }

    MimeMessage[] received() {
        return greenMail.getReceivedMessages();
    }

    void stop() {
        mailSender.setPort(configuredPort);
        if (greenMail != null) {
            greenMail.stop();
        }
    }
}
