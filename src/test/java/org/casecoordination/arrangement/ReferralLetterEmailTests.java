package org.casecoordination.arrangement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.casecoordination.consent.RedisclosureNotice;
import org.casecoordination.support.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With a mail server, the referral email carries the referral letter as a PDF, says so in plain words, and the
 * letter is kept with the case once: a failed send keeps nothing, a retry or a repeated email attaches the same file.
 * (Without a mail server no letter is made: ReferralEmailTests.)
 */
@ApplicationTest
class ReferralLetterEmailTests {

    @Autowired
    ArrangedCases arranged;
    @Autowired
    TestMailServer mail;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ProviderReferralMailer mailer;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void stopMailServer() {
        mail.stop();
    }

    @Test
    void theReferralEmailCarriesTheLetterKeptWithTheCaseOnce() throws Exception {
        mail.start();
        ProviderReferral referral = arranged.sent("Northside Home Care");
        String caseNumber = arranged.caseNumberOf(referral);
        Job email = emailJob(caseNumber);

        mail.down();
        assertThatThrownBy(() -> managementService.executeJob(email.getId())).isNotNull();
        assertThat(letters(caseNumber)).as("a failed send keeps no letter").isZero();

        mail.up();
        managementService.executeJob(email.getId());
        MimeMessage[] received = mail.received();
        assertThat(received).hasSize(1);
        assertThat(text(received[0])).startsWith("The referral letter is attached to this email as a PDF file"
                        + " (referral-letter-" + caseNumber + "-" + referral.getId() + "-en.pdf).")
                .contains("A case coordinator has referred a client to Northside Home Care for Home care.");
        List<Part> attachments = attachments(received[0]);
        assertThat(attachments).hasSize(1);
        assertThat(attachments.get(0).getFileName()).isEqualTo("referral-letter-" + caseNumber + "-"
                + referral.getId() + "-en.pdf");
        assertThat(attachments.get(0).getContentType()).startsWith("application/pdf");
        String letter = pdfText(attachments.get(0));
        assertThat(letter).contains("Referral for Home care", "Northside Home Care", caseNumber);
        assertThat(letter).as("no Part 2 consent, no notice").doesNotContain("42 CFR");
        assertThat(letters(caseNumber)).isEqualTo(1);

        // the same email again (as a repeated job would send it): the same letter, not a second one
        new TransactionTemplate(transactions).executeWithoutResult(
                status -> mailer.send(referral.getId(), ProviderReferralEmailKind.REFERRAL));
        assertThat(mail.received()).hasSize(2);
        assertThat(attachments(mail.received()[1]).get(0).getInputStream().readAllBytes())
                .isEqualTo(attachments.get(0).getInputStream().readAllBytes());
        assertThat(letters(caseNumber)).isEqualTo(1);
    }

    @Test
    void theLetterCarriesThePart2NoticeWhenTheReferralReliesOnThatConsent() throws Exception {
        mail.start();
        ProviderReferral referral = arranged.sent("Northside Home Care");
        // as ProviderReferrals stores it when the referral relies on a consent to disclose substance-use information
        jdbc.update("update provider_referral set redisclosure_notice = ? where id = ?", RedisclosureNotice.TEXT,
                referral.getId());

        managementService.executeJob(emailJob(arranged.caseNumberOf(referral)).getId());

        String letter = pdfText(attachments(mail.received()[0]).get(0));
        assertThat(letter).contains("Notice to the recipient of this information", "(42 CFR part 2)");
    }

    private int letters(String caseNumber) {
        return jdbc.queryForObject("select count(*) from case_document d join care_case c on c.id = d.case_id"
                + " where c.case_number = ? and d.kind = 'REFERRAL_LETTER'", Integer.class, caseNumber);
    }

    private Job emailJob(String caseNumber) {
        String arrangement = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey("ServiceArrangement").singleResult().getId();
        return managementService.createJobQuery().processInstanceId(arrangement).activityId("Task_EmailReferral")
                .singleResult();
    }

    private static String text(MimeMessage message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            String text = textOf(parts.getBodyPart(i));
            if (text != null) {
                return text.replace("\r\n", "\n");
            }
        }
        throw new AssertionError("no text part");
    }

    private static String textOf(Part part) throws Exception {
        if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart inner) {
            for (int i = 0; i < inner.getCount(); i++) {
                String text = textOf(inner.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static List<Part> attachments(MimeMessage message) throws Exception {
        List<Part> found = new ArrayList<>();
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                found.add(part);
            }
        }
        return found;
    }

    private static String pdfText(Part attachment) throws Exception {
        try (PDDocument document = Loader.loadPDF(attachment.getInputStream().readAllBytes())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
