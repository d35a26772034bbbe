package org.casecoordination.documents;

import java.util.Locale;
import java.util.stream.Collectors;
import org.casecoordination.assessment.InstrumentResult;
import org.springframework.context.MessageSource;

/**
 * The bundles in one document's language, for every document made from a case: a label never falls back to its
 * code, and an instrument result reads as the timeline says it.
 */
final class DocumentWords {

    private final MessageSource messages;
    private final Locale language;

    DocumentWords(MessageSource messages, Locale language) {
        this.messages = messages;
        this.language = language;
    }

    Locale language() {
        return language;
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, language);
    }

    String label(String kind, Object code) {
        return code == null ? "" : messages.getMessage(kind + "." + code, null, "", language);
    }

    /** As assessment.AssessmentResult#describe says it, in the document's language. */
    String result(InstrumentResult result) {
        if ("LAWTONIADL".equals(result.instrument()) && result.score() != null) {
            return text("assessment.result.lawton", 8 - result.score(), result.score());
        }
        if ("AHCHRSN".equals(result.instrument())) {
            return result.positiveDomains().isEmpty() ? text("assessment.result.noPositiveDomain")
                    : text("assessment.result.positive", result.positiveDomains().stream()
                            .map(domain -> label("socialNeed", domain)).collect(Collectors.joining(", ")));
        }
        return text("assessment.result.score", result.score(), label("band", result.band()));
    }
}
