package org.casecoordination.services;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The referral email: the minimum a provider needs to pick it up in the app (no client details in the mail; the
 * inbox has them), plus the redisclosure notice when Part 2 information is involved.
 */
@Service
class ReferralMailer {

    private static final Logger LOG = LoggerFactory.getLogger(ReferralMailer.class);

    private final ReferralRepository referrals;
    private final JavaMailSender mailSender;
    private final TransactionTemplate separately;
    private final String from;

    ReferralMailer(ReferralRepository referrals, JavaMailSender mailSender, PlatformTransactionManager transactions,
            @Value("${case-coordination.referrals.mail-from:referrals@case-coordination.example.org}") String from) {
        this.referrals = referrals;
        this.mailSender = mailSender;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.from = from;
    }

    @Transactional
    public void send(long referralId) {
        Referral referral = referrals.findById(referralId).orElseThrow(() -> new ReferralNotFoundException(referralId));
        String address = referral.getProvider().getEmail();
        if (address == null || referral.getStatus() != ReferralStatus.REQUESTED) {
            return;
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(address);
        mail.setSubject("New referral " + referral.getId() + ": " + referral.getServiceType().label());
        mail.setText(text(referral));
        try {
            mailSender.send(mail);
        } catch (MailException e) {
            LOG.warn("Referral {} email failed: {}", referralId, e.getClass().getSimpleName());
            String error = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage());
            separately.executeWithoutResult(status -> referrals.findById(referralId).ifPresent(r ->
                    r.emailFailed(error.length() > 500 ? error.substring(0, 500) : error, Instant.now())));
            throw e;
        }
        referral.emailSent(Instant.now());
    }

    private static String text(Referral referral) {
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
