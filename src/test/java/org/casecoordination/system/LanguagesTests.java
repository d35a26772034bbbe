package org.casecoordination.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** Languages as ISO 639-1 codes: what old free text maps to (V47, CSV import) and the names people read. */
class LanguagesTests {

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void namesInEnglishOrSpanishInAnyCaseWithOrWithoutAccentsAndCodesBecomeCodes() {
        assertThat(List.of("Spanish", "español", "Espanol", "ESPAÑOL", " es ", "ES", "castellano"))
                .allSatisfy(text -> assertThat(Languages.codeOf(text)).as(text).contains("es"));
        assertThat(List.of("English", "english", "inglés", "Ingles", "en"))
                .allSatisfy(text -> assertThat(Languages.codeOf(text)).as(text).contains("en"));
        assertThat(Languages.codeOf("Vietnamese")).contains("vi");
        assertThat(Languages.codeOf("vietnamita")).contains("vi");
        assertThat(Languages.codeOf("Mandarin")).contains("zh");
        assertThat(Languages.codeOf("chino")).contains("zh");
        assertThat(Languages.codeOf("Haitian Creole")).contains("ht");
        assertThat(Languages.codeOf("Tagalog")).contains("tl");
        assertThat(Languages.codeOf("polaco")).contains("pl");
    }

    @Test
    void textThatNamesNoLanguageHasNoCode() {
        assertThat(Languages.codeOf("Klingon")).isEmpty();
        assertThat(Languages.codeOf("Spanish, some English")).isEmpty();
        assertThat(Languages.codeOf("xx")).isEmpty();
        assertThat(Languages.codeOf("  ")).isEmpty();
        assertThat(Languages.codeOf(null)).isEmpty();
    }

    @Test
    void aCodeReadsAsItsNameInTheReadersLanguageCapitalised() {
        Languages languages = new Languages(new LanguageProperties(List.of("en", "es")));
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(languages.name("es")).isEqualTo("Spanish");
        assertThat(languages.names(List.of("en", "pl"))).isEqualTo("English, Polish");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
        assertThat(languages.name("es")).isEqualTo("Español");
        assertThat(languages.name("en")).isEqualTo("Inglés");
        assertThat(languages.name("zh")).isEqualTo("Chino");
        assertThat(languages.name("Klingon")).as("text that is no code, as written").isEqualTo("Klingon");
        assertThat(languages.ownName("es")).isEqualTo("Español");
        assertThat(languages.common()).startsWith("en", "es").contains("zh", "vi", "tl", "ko", "ru", "ar", "ht");
    }

    @Test
    void theScreenLanguagesComeFromTheConfigurationEnglishFirstAndOnlyThose() {
        Languages languages = new Languages(new LanguageProperties(List.of("en", " es")));
        assertThat(languages.supported()).extracting(Locale::getLanguage).containsExactly("en", "es");
        assertThat(languages.defaultLanguage()).isEqualTo(Locale.ENGLISH);
        assertThat(languages.supported("ES")).map(Locale::getLanguage).contains("es");
        assertThat(languages.supported("fr")).isEmpty();
    }

    @Test
    void providerLanguagesBecomeCodesInTheirOrderAndANameThatIsNoLanguageStaysAsWritten() {
        assertThat(LanguageCodesMigration.providerCodes("english,spanish,polish")).isEqualTo("en,es,pl");
        assertThat(LanguageCodesMigration.providerCodes("english, klingon, English")).isEqualTo("en,klingon");
    }
}
