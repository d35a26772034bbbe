package org.casecoordination.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.casecoordination.forms.FieldError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** The answer checks of the scorers and form keys, which live outside Spring, read in the request's language. */
class AnswerWordsTests {

    @AfterEach
    void forgetTheLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aDriftedOptionIsRefusedInTheReadersLanguage() {
        Map<String, Object> drifted = Map.of("phq9Interest", "7");

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(refusalOf(drifted)).isEqualTo("\u201c7\u201d is not one of the fixed answers (0, 1, 2, 3).");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("es-US"));
        assertThat(refusalOf(drifted)).isEqualTo("\u201c7\u201d no es una de las respuestas fijas (0, 1, 2, 3).");
    }

    @Test
    void anInstrumentNotNamedIsRefusedInSpanish() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
        assertThatThrownBy(() -> Instrument.ofCode(" "))
                .isInstanceOfSatisfying(InvalidAnswersException.class, e -> assertThat(e.errors().get(0).message())
                        .startsWith("Obligatorio: uno de PHQ9, GAD7"));
    }

    private static String refusalOf(Map<String, Object> values) {
        try {
            AnswerKeys.of(Instrument.PHQ9).toAnswers(values);
        } catch (InvalidAnswersException e) {
            return e.errors().stream().filter(error -> "phq9Interest".equals(error.field()))
                    .map(FieldError::message).findFirst().orElseThrow();
        }
        throw new AssertionError("the drifted answer was taken");
    }
}
