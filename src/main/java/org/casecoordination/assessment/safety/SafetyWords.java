package org.casecoordination.assessment.safety;

import static org.casecoordination.casefile.TimelineText.Words.label;
import java.util.Arrays;
import java.util.Date;
import java.util.stream.Collectors;
import org.casecoordination.casefile.TimelineText;
import org.casecoordination.system.Words;
import org.springframework.stereotype.Component;

/** The words of safety concerns that take more than one message: a flag's instruments, the urgent notice. */
@Component
class SafetyWords {

    private final Words words;

    SafetyWords(Words words) {
        this.words = words;
    }

    /** "PHQ-9 (depression), AHC social needs screening" for the flag's reason "PHQ9, AHCHRSN". */
    String instruments(String reason) {
        return Arrays.stream(reason.split(",\\s*")).map(code -> words.label("instrument", code))
                .collect(Collectors.joining(", "));
    }

    /** The urgent notice: the case number and what to do by when; no client data. Read in each recipient's language. */
    static TimelineText notice(String caseNumber, String instrument, Date due) {
        return due == null ? TimelineText.of("notice.safety.noTask", caseNumber, label("instrument", instrument))
                : TimelineText.of("notice.safety", caseNumber, label("instrument", instrument), due.toInstant());
    }
}
