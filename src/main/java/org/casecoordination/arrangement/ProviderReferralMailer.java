package org.casecoordination.arrangement;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The emails to a provider about a referral: the minimum a provider needs to pick it up in the app (no client
 * details in the mail; the inbox has them), plus the redisclosure notice when Part 2 information is involved.
 * Without a mail server the referral notes that no email went out; a failing one is noted and rethrown, so the
 * engine's job retries it.
 */
@Service
class ProviderReferralMailer {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderReferralMailer.class);

    private final ProviderReferralRepository referrals;
    private final MailServer mailServer;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate separately;
    private final String from;

    ProviderReferralMailer(ProviderReferralRepository referrals, MailServer mailServer, ObjectProvider<JavaMailSender> mailSender,
            PlatformTransactionManager transactions,
            ReferralMailProperties properties) {
        this.referrals = referrals;
        this.mailServer = mailServer;
        this.mailSender = mailSender;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.from = properties.mailFrom();
    }

    @Transactional
    public void send(long referralId, ProviderReferralEmailKind kind) {
        ProviderReferral referral = referrals.findById(referralId).orElseThrow(() -> new ProviderReferralNotFoundException(referralId));
        String address = referral.getProvider().getEmail();
        if (address == null || !kind.stillTrueFor(referral)) {
            return;
        }
        JavaMailSender sender = mailServer.configured() ? mailSender.getIfAvailable() : null;
        if (sender == null) {
            referral.emailNotSent(MailServer.NOT_CONFIGURED);
            return;
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(address);
        mail.setSubject(subject(referral, kind));
        mail.setText(text(referral, kind));
        try {
            sender.send(mail);
        } catch (MailException e) {
            LOG.warn("Referral {} email ({}) failed: {}", referralId, kind, e.getClass().getSimpleName());
            String error = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage());
            separately.executeWithoutResult(status -> referrals.findById(referralId).ifPresent(r ->
                    r.emailFailed(error.length() > 500 ? error.substring(0, 500) : error, Instant.now())));
            throw e;
        }
        referral.emailSent(Instant.now());
    }

    private static String subject(ProviderReferral referral, ProviderReferralEmailKind kind) {
        String what = kind == ProviderReferralEmailKind.CANCELLATION ? "Referral cancelled " : "New referral ";
        return what + referral.getId() + ": " + referral.getServiceType().label();
    }

    private static String text(ProviderReferral referral, ProviderReferralEmailKind kind) {
        if (kind == ProviderReferralEmailKind.CANCELLATION) {
            return new StringBuilder()
                    .append("Referral number ").append(referral.getId()).append(" to ")
                    .append(referral.getProvider().getName()).append(" for ").append(referral.getServiceType().label())
                    .append(" is cancelled: the service is no longer needed from you.\n\n")
                    .append("It has left your referral inbox. Its status and the reason: GET /api/provider/referrals/")
                    .append(referral.getId()).append("\n")
                    .toString();
        }
        StringBuilder text = new StringBuilder()
                .append("A case coordinator has referred a client to ").append(referral.getProvider().getName())
                .append(" for ").append(referral.getServiceType().label()).append(".\n\n")
                .append("Referral number: ").append(referral.getId()).append("\n")
                .append("Open your referral inbox (GET /api/provider/referrals) to see the details and answer ")
                .append("(POST /api/referrals/").append(referral.getId()).append("/response).\n");
        if (referral.getRedisclosureNotice() != null) {
            text.append("\n").append(referral.getRedisclosureNotice()).append("\n");
        }
        return text.toString();
    }
}
