package org.casecoordination.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.casecoordination.arrangement.ServiceType;
import org.casecoordination.casefile.Acuity;
import org.casecoordination.processes.CaseStage;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Codes read as words, in English and in Spanish. */
class WordsTests {

    private final Words words = new Words(bundle());

    @Test
    void aCodeReadsAsWords() {
        assertThat(words.label(ServiceType.HOME_CARE)).isEqualTo("Home care");
        assertThat(words.label(Acuity.CRITICAL)).isEqualTo("Critical");
        assertThat(words.label(CaseStage.SERVICE_ARRANGEMENT)).isEqualTo("Services");
        assertThat(words.label("band", "MODERATELY_SEVERE")).isEqualTo("Moderately severe");
    }

    @Test
    void wordsAreInTheRequestsLanguageOrInTheOneAskedFor() {
        Locale spanish = Locale.forLanguageTag("es");
        LocaleContextHolder.setLocale(spanish);
        try {
            assertThat(words.label(Acuity.CRITICAL)).isEqualTo(words.label(spanish, "acuity.CRITICAL"))
                    .isNotEqualTo(words.label(Locale.ENGLISH, "acuity.CRITICAL"));
            assertThat(words.text("nav.notices")).isEqualTo("Avisos");
            assertThat(words.text(Locale.ENGLISH, "nav.notices")).isEqualTo("Notices");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        assertThat(words.label("band", "NOT_A_BAND")).as("a code without words shows as the code")
                .isEqualTo("NOT_A_BAND");
    }

    @Test
    void everyConstantOfTheCodesPeopleSeeHasWords() {
        for (Class<? extends Enum<?>> type : java.util.List.of(ServiceType.class, Acuity.class, CaseStage.class,
                org.casecoordination.closure.EarlyClosureReason.class,
                org.casecoordination.arrangement.ProviderReferralStatus.class,
                org.casecoordination.client.PrimaryConcern.class, org.casecoordination.assessment.Instrument.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                assertThat(words.label(constant)).as(type.getSimpleName() + "." + constant.name())
                        .isNotEqualTo(constant.name());
            }
        }
    }

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        Locale.setDefault(Locale.ENGLISH);
        return source;
    }
}
