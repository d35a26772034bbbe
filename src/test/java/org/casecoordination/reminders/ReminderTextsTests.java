package org.casecoordination.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.casecoordination.messaging.MessagePurpose;
import org.casecoordination.system.Words;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * What a reminder says, from the bundles: where and when in the recipient's language, never why (no diagnosis, no
 * program or service type), and short: one or two SMS segments with a typical address.
 */
class ReminderTextsTests {

    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    static final Instant STARTS = LocalDateTime.parse("2026-11-04T10:30").atZone(CHICAGO).toInstant();
    static final String PLACE = "1200 West Harrison Street, Suite 300";
    /** Words that would say why: diagnoses, programs and service types in both languages. */
    static final List<String> WHY = List.of("mental", "substance", "alcohol", "drug", "dementia", "depression",
            "therapy", "clinic", "rehab", "program", "salud", "sustancia", "droga", "demencia", "terapia", "clínica",
            "programa", "rehabilitación", "nursing", "hospice");

    final ReminderTexts texts = new ReminderTexts(words(), new ReminderTimes(LocalTime.of(18, 0), CHICAGO),
            new ReminderSettings(LocalTime.of(18, 0), "(555) 010-0100"));

    static Words words() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages/reminders");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return new Words(source);
    }

    @Test
    void anAppointmentInEnglishAndSpanishSaysWhereAndWhen() {
        ReminderTexts.About about = new ReminderTexts.About(MessagePurpose.APPOINTMENT, STARTS, PLACE);
        assertThat(texts.sms(about, Locale.ENGLISH)).isEqualTo("Reminder: appointment on Wednesday, November 4 at"
                + " 10:30 AM, at " + PLACE + ". Questions: (555) 010-0100. Reply STOP to stop texts.");
        assertThat(texts.sms(about, Locale.forLanguageTag("es"))).isEqualTo("Recordatorio: cita el miércoles 4 de"
                + " noviembre a las 10:30, en " + PLACE + ". Preguntas: (555) 010-0100. Responda STOP para no recibir"
                + " mensajes.");
        ReminderTexts.Email email = texts.email(about, Locale.forLanguageTag("es"));
        assertThat(email.subject()).isEqualTo("Recordatorio de cita");
        assertThat(email.body()).startsWith("Recordatorio: cita el miércoles").endsWith("¿Preguntas? Llame al (555)"
                + " 010-0100.");
    }

    @Test
    void everyReminderInEveryLanguageFitsTwoSegmentsAndSaysNothingOfWhy() {
        for (MessagePurpose purpose : List.of(MessagePurpose.APPOINTMENT, MessagePurpose.TRANSPORT_PICKUP,
                MessagePurpose.SERVICE_START, MessagePurpose.REFERRAL_ACCEPTED)) {
            for (String where : new String[] {PLACE, null}) {
                for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
                    ReminderTexts.About about = new ReminderTexts.About(purpose, STARTS, where);
                    String sms = texts.sms(about, language);
                    ReminderTexts.Email email = texts.email(about, language);
                    assertThat(segments(sms)).as("%s in %s: %s", purpose, language, sms).isBetween(1, 2);
                    assertThat(sms).doesNotContain("{").doesNotContain("null");
                    for (String why : WHY) {
                        assertThat(sms.toLowerCase(Locale.ROOT)).as(sms).doesNotContain(why);
                        assertThat((email.subject() + email.body()).toLowerCase(Locale.ROOT)).doesNotContain(why);
                    }
                }
            }
        }
    }

    /**
     * SMS segments as carriers count them: GSM-7 text 160 characters alone or 153 a part, any other character makes
     * the whole text UCS-2 (70 alone, 67 a part).
     */
    static int segments(String text) {
        String gsm = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§"
                + "¿abcdefghijklmnopqrstuvwxyzäöñüà";
        boolean plain = text.chars().allMatch(c -> gsm.indexOf(c) >= 0);
        int single = plain ? 160 : 70;
        int part = plain ? 153 : 67;
        return text.length() <= single ? 1 : (text.length() + part - 1) / part;
    }
}
