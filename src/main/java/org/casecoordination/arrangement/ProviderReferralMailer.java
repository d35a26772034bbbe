package org.casecoordination.arrangement;

import java.time.Instant;
import java.util.Locale;
import org.casecoordination.system.Languages;
import org.casecoordination.system.Words;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.MailPreparationException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.io.ByteArrayResource;
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
    private final Words words;
    private final Languages languages;
    private final ObjectProvider<ReferralLetters> letters;

    ProviderReferralMailer(ProviderReferralRepository referrals, MailServer mailServer, ObjectProvider<JavaMailSender> mailSender,
            PlatformTransactionManager transactions, ReferralMailProperties properties, Words words,
            Languages languages, ObjectProvider<ReferralLetters> letters) {
        this.letters = letters;
        this.words = words;
        this.languages = languages;
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
        try {
            ReferralLetters.Letter letter = kind == ProviderReferralEmailKind.REFERRAL
                    ? letters.stream().findFirst().flatMap(l -> l.letterFor(referral)).orElse(null) : null;
            if (letter == null) {
                SimpleMailMessage mail = new SimpleMailMessage();
                mail.setFrom(from);
                mail.setTo(address);
                mail.setSubject(subject(referral, kind));
                mail.setText(text(referral, kind));
                sender.send(mail);
            } else {
                sender.send(withLetter(sender, address, referral, kind, letter));
            }
        } catch (MailException e) {
            LOG.warn("Referral {} email ({}) failed: {}", referralId, kind, e.getClass().getSimpleName());
            String error = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage());
            separately.executeWithoutResult(status -> referrals.findById(referralId).ifPresent(r ->
                    r.emailFailed(error.length() > 500 ? error.substring(0, 500) : error, Instant.now())));
            throw e;
        }
        referral.emailSent(Instant.now());
    }

    /** The same mail, saying in plain words that the referral letter is attached, with the PDF. */
    private MimeMessage withLetter(JavaMailSender sender, String address, ProviderReferral referral,
            ProviderReferralEmailKind kind, ReferralLetters.Letter letter) {
        MimeMessage mail = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(mail, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(address);
            helper.setSubject(subject(referral, kind));
            helper.setText(words.text(language(), "providerEmail.referral.letterAttached", letter.fileName())
                    + "\n\n" + text(referral, kind));
            helper.addAttachment(letter.fileName(), new ByteArrayResource(letter.content()), "application/pdf");
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        return mail;
    }

    private String subject(ProviderReferral referral, ProviderReferralEmailKind kind) {
        String key = kind == ProviderReferralEmailKind.CANCELLATION ? "providerEmail.cancelled.subject"
                : "providerEmail.referral.subject";
        return words.text(language(), key, String.valueOf(referral.getId()), service(referral));
    }

    private String text(ProviderReferral referral, ProviderReferralEmailKind kind) {
        Locale language = language();
        if (kind == ProviderReferralEmailKind.CANCELLATION) {
            return words.text(language, "providerEmail.cancelled.text", String.valueOf(referral.getId()),
                    referral.getProvider().getName(), service(referral));
        }
        String text = words.text(language, "providerEmail.referral.text", String.valueOf(referral.getId()),
                referral.getProvider().getName(), service(referral));
        // the notice's words are the rule's own, stored with the referral as it was sent
        return referral.getRedisclosureNotice() == null ? text : text + "\n\n" + referral.getRedisclosureNotice() + "\n";
    }

    private String service(ProviderReferral referral) {
        return words.label(language(), Words.labelKey(referral.getServiceType()));
    }

    /** Providers read the agency's own language (the first configured): they are not the app's users. */
    private Locale language() {
        return languages.defaultLanguage();
    }
}
