package org.casecoordination.supervision.notice;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Whether staff emails go out and how: only with a mail server ({@code spring.mail.host}, {@code MAIL_HOST}) and
 * the app's public address for the links ({@code case-coordination.notice-email.public-url}, {@code PUBLIC_URL}).
 * Without either, notices stay in the app only, which is said once at start, as for referral emails.
 */
@Component
@EnableConfigurationProperties(NoticeEmailProperties.class)
class StaffMail {

    private static final Logger LOG = LoggerFactory.getLogger(StaffMail.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;
    private volatile String host;
    private volatile String publicUrl;

    StaffMail(@Value("${spring.mail.host:}") String host, NoticeEmailProperties properties,
            ObjectProvider<JavaMailSender> mailSender) {
        this.mailSender = mailSender;
        this.from = properties.mailFrom();
        reconfigure(host, properties.publicUrl());
    }

    boolean on() {
        return StringUtils.hasText(host) && StringUtils.hasText(publicUrl) && mailSender.getIfAvailable() != null;
    }

    /** An absolute link to a page of the app: {@code /tasks/…} becomes {@code https://cases.agency.org/tasks/…}. */
    String link(String path) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + path;
    }

    /** Throws the mail server's failure: the caller records it and tries again later. */
    void send(String to, String subject, String text) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(to);
        mail.setSubject(subject);
        mail.setText(text);
        mailSender.getObject().send(mail);
    }

    /** The settings as read at start; tests switch them, as they switch the mail sender's port. */
    final void reconfigure(String host, String publicUrl) {
        this.host = host == null ? "" : host.strip();
        this.publicUrl = publicUrl == null ? "" : publicUrl.strip();
    }

    @EventListener(ApplicationReadyEvent.class)
    void reportAtStart() {
        if (!StringUtils.hasText(host)) {
            LOG.warn("Staff notice emails are off: no mail server configured (set MAIL_HOST or spring.mail.host). "
                    + "Notices are shown in the app only.");
        } else if (!StringUtils.hasText(publicUrl)) {
            LOG.warn("Staff notice emails are off: no public address for their links (set PUBLIC_URL or "
                    + "case-coordination.notice-email.public-url). Notices are shown in the app only.");
        }
    }
}
