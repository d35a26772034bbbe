package org.casecoordination.messaging;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Locale;
import org.casecoordination.system.Words;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Sends one logged email to a client or caregiver, for an engine job to call (a reminder's send step), through the
 * configured SMTP server as provider emails go: an address that unsubscribed gets nothing, no mail server means
 * "not sent: no mail server configured" on the case, and a server that fails throws after noting the attempt, so
 * the engine tries again. Every email carries a {@code List-Unsubscribe} header (one click, RFC 8058) and the same
 * link under the text. Calling it again for an email that went out changes nothing.
 */
@Service
public class EmailDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(EmailDelivery.class);

    private final OutgoingMessageRepository messages;
    private final OptOuts optOuts;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final EmailSettings settings;
    private final Words words;
    private final TransactionTemplate separately;
    private final boolean configured;

    EmailDelivery(OutgoingMessageRepository messages, OptOuts optOuts, ObjectProvider<JavaMailSender> mailSender,
            EmailSettings settings, Words words, PlatformTransactionManager transactions,
            @Value("${spring.mail.host:}") String host) {
        this.messages = messages;
        this.optOuts = optOuts;
        this.mailSender = mailSender;
        this.settings = settings;
        this.words = words;
        this.configured = StringUtils.hasText(host) && settings.hasPublicUrl();
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener(ApplicationReadyEvent.class)
    void reportAtStart() {
        if (!configured) {
            LOG.warn("Emails to clients and caregivers are off: no mail server configured (MAIL_HOST) or no public "
                    + "address for their unsubscribe link (PUBLIC_URL). Cases show each email as not sent.");
        }
    }

    /** Sends the email now if it may go; see the class comment. */
    @Transactional
    public DeliveryStatus deliver(long messageId) {
        OutgoingMessage message = messages.findById(messageId)
                .orElseThrow(() -> new IllegalArgumentException("no email " + messageId));
        Instant now = Instant.now();
        if (message.getStatus() != DeliveryStatus.QUEUED) {
            return message.getStatus();
        }
        JavaMailSender sender = configured ? mailSender.getIfAvailable() : null;
        if (optOuts.hasOptedOut(message.getRecipient())) {
            message.notSent(DeliveryStatus.NOT_SENT_OPTED_OUT, now);
        } else if (sender == null) {
            message.notSent(DeliveryStatus.NOT_SENT_NO_MAIL_SERVER, now);
        } else {
            send(sender, message, now);
        }
        return message.getStatus();
    }

    private void send(JavaMailSender sender, OutgoingMessage message, Instant now) {
        long id = message.getId();
        try {
            sender.send(mail(sender, message));
        } catch (MailException | MessagingException e) {
            String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.warn("Email {} of case {} not sent, to be tried again: {}", id, message.getCaseNumber(),
                    e.getClass().getSimpleName());
            // this transaction rolls back with the job; the attempt is kept
            separately.executeWithoutResult(status -> messages.findById(id).ifPresent(m -> m.attemptFailed(reason,
                    now)));
            throw new IllegalStateException("The mail server did not take email " + id, e);
        }
        message.sent(null, now);
    }

    private MimeMessage mail(JavaMailSender sender, OutgoingMessage message) throws MessagingException {
        String link = settings.unsubscribeUrl(message.getUnsubscribeToken());
        MimeMessage mail = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mail, false, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(message.getRecipient());
        helper.setSubject(message.getSubject());
        helper.setText(message.getBody() + "\n\n--\n" + words.text(Locale.forLanguageTag(message.getLanguage()),
                "clientEmail.unsubscribe", link));
        mail.setHeader("List-Unsubscribe", "<" + link + ">");
        mail.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return mail;
    }
}
