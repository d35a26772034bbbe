package org.casecoordination.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.casecoordination.client.SearchKeys;
import org.junit.jupiter.api.Test;

/** Reading what was typed into the search box, and the keys a client is found by; no Spring. */
class SearchQueryTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final DateOrder ENGLISH = DateOrder.of(Locale.forLanguageTag("en"));
    private static final DateOrder SPANISH = DateOrder.of(Locale.forLanguageTag("es"));

    @Test
    void datesOfBirthInTheFormsPeopleTypeThem() {
        LocalDate born = LocalDate.of(1941, 3, 14);
        for (String typed : List.of("03/14/1941", "3/14/1941", "3/14/41", "03-14-1941", "03-14-41", "1941-03-14",
                " 1941-3-14 ", "1941/03/14")) {
            assertThat(SearchQuery.parse(typed, ENGLISH, TODAY).dateOfBirth()).as(typed).isEqualTo(born);
        }
        assertThat(SearchQuery.parse("1/2/26", ENGLISH, TODAY).dateOfBirth())
                .as("this year's two digits: a century ago")
                .isEqualTo(LocalDate.of(1926, 1, 2));
        assertThat(SearchQuery.parse("1/2/27", ENGLISH, TODAY).dateOfBirth()).as("never in the future")
                .isEqualTo(LocalDate.of(1927, 1, 2));
        assertThat(SearchQuery.parse("02/30/1941", ENGLISH, TODAY).dateOfBirth()).as("no such day").isNull();
    }

    @Test
    void aSpanishReaderTypesTheDayFirstAndIsoStillWorks() {
        assertThat(SPANISH).isEqualTo(DateOrder.DAY_MONTH_YEAR);
        assertThat(ENGLISH).isEqualTo(DateOrder.MONTH_DAY_YEAR);
        LocalDate born = LocalDate.of(1948, 3, 5);
        for (String typed : List.of("05/03/1948", "5/3/1948", "5/3/48", "05-03-48", "05-03-1948", "1948-03-05")) {
            assertThat(SearchQuery.parse(typed, SPANISH, TODAY).dateOfBirth()).as(typed).isEqualTo(born);
        }
        assertThat(SearchQuery.parse("5/3/48", ENGLISH, TODAY).dateOfBirth()).as("the same digits in English")
                .isEqualTo(LocalDate.of(1948, 5, 3));
        assertThat(SearchQuery.parse("14/3/41", SPANISH, TODAY).dateOfBirth()).isEqualTo(LocalDate.of(1941, 3, 14));
        assertThat(SearchQuery.parse("14/3/41", ENGLISH, TODAY).dateOfBirth()).as("no 14th month").isNull();
        assertThat(SearchQuery.parse("3/14/41", SPANISH, TODAY).dateOfBirth()).as("no 14th month").isNull();
        assertThat(SearchQuery.parse("2/1/26", SPANISH, TODAY).dateOfBirth()).as("a 2-digit year: a century ago")
                .isEqualTo(LocalDate.of(1926, 1, 2));
        assertThat(SearchQuery.parse("muñoz 14/03/1941", SPANISH, TODAY).dateOfBirth())
                .isEqualTo(LocalDate.of(1941, 3, 14));
        assertThat(SearchQuery.parse("14/03/1941", SPANISH, TODAY).nameWords()).isEmpty();
    }

    @Test
    void theHintsExampleIsWrittenInTheReadersOrder() {
        LocalDate born = LocalDate.of(1941, 3, 14);
        assertThat(ENGLISH.example(born)).isEqualTo("03/14/1941");
        assertThat(SPANISH.example(born)).isEqualTo("14/03/1941");
        assertThat(DateOrder.of(Locale.JAPANESE).example(born)).isEqualTo("1941-03-14");
        for (String typed : List.of("03/14/1941", "14/03/1941")) {
            DateOrder order = typed.startsWith("14") ? SPANISH : ENGLISH;
            assertThat(SearchQuery.parse(typed, order, TODAY).dateOfBirth()).as("what the hint shows is read back")
                    .isEqualTo(born);
        }
    }

    @Test
    void phoneNumbersByTheirDigitsCaseNumbersAndNameWords() {
        assertThat(SearchQuery.parse("+1 (555) 010-0142", ENGLISH, TODAY).phoneDigits()).isEqualTo("5550100142");
        assertThat(SearchQuery.parse("555 0142", ENGLISH, TODAY).phoneDigits()).isEqualTo("5550142");
        assertThat(SearchQuery.parse("cc-2026-000123", ENGLISH, TODAY).caseNumber()).isEqualTo("CC-2026-000123");
        assertThat(SearchQuery.parse("2026-000123", ENGLISH, TODAY).caseNumber()).isEqualTo("CC-2026-000123");
        SearchQuery name = SearchQuery.parse("Muñoz  o'brien 03/14/1941", ENGLISH, TODAY);
        assertThat(name.nameWords()).containsExactly("MUNOZ", "OBRIEN");
        assertThat(name.dateOfBirth()).isEqualTo(LocalDate.of(1941, 3, 14));
        assertThat(SearchQuery.parse("%_!", ENGLISH, TODAY).isEmpty()).as("nothing to search for").isTrue();
        assertThat(SearchQuery.parse("12", ENGLISH, TODAY).isEmpty()).as("too few digits for a phone").isTrue();
    }

    @Test
    void aClientIsFoundByEachNameWholeAndEachWordWithoutAccents() {
        assertThat(SearchKeys.nameTerms("José María", "García-Márquez O'Neil")).containsExactlyInAnyOrder(
                "JOSEMARIA", "JOSE", "MARIA", "GARCIAMARQUEZONEIL", "GARCIAMARQUEZ", "GARCIA", "MARQUEZ",
                "ONEIL", "O", "NEIL");
        assertThat(SearchKeys.normalise("Groß Øster Łukasz")).isEqualTo("GROSSOSTERLUKASZ");
    }
}
