package org.casecoordination.assessment.safety;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Date;
import java.util.stream.Collectors;
import org.casecoordination.system.Labels;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The words of safety concerns (messages.properties, "safety and crisis"), with times as the pages show them. */
@Component
class SafetyWords {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;
    private final Labels labels;

    SafetyWords(MessageSource messages, Labels labels) {
        this.messages = messages;
        this.labels = labels;
    }

    String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    /** "PHQ-9 (depression), AHC social needs screening" for the flag's reason "PHQ9, AHCHRSN". */
    String instruments(String reason) {
        return Arrays.stream(reason.split(",\\s*")).map(code -> labels.of("instrument", code))
                .collect(Collectors.joining(", "));
    }

    /** The urgent notice: the case number and what to do by when; no client data. */
    String notice(String caseNumber, String instrument, Date due) {
        return due == null ? get("safety.notice.noTask", caseNumber, instruments(instrument))
                : get("safety.notice", caseNumber, instruments(instrument), when(due));
    }

    static String when(Date date) {
        return date == null ? "" : WHEN.format(date.toInstant().atZone(ZoneId.systemDefault()));
    }
}
