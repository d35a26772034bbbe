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
            assertThat(SearchQuery.parse(typed, ENGLISH, TODAY).datesOfBirth()).as(typed).containsExactly(born);
        }
        assertThat(SearchQuery.parse("6/24/25", ENGLISH, TODAY).datesOfBirth())
                .as("two digits: the elder and the baby, each could be a client")
                .containsExactly(LocalDate.of(1925, 6, 24), LocalDate.of(2025, 6, 24));
        assertThat(SearchQuery.parse("1/2/26", ENGLISH, TODAY).datesOfBirth()).as("earlier this year: both")
                .containsExactly(LocalDate.of(1926, 1, 2), LocalDate.of(2026, 1, 2));
        assertThat(SearchQuery.parse("12/31/26", ENGLISH, TODAY).datesOfBirth()).as("never in the future")
                .containsExactly(LocalDate.of(1926, 12, 31));
        assertThat(SearchQuery.parse("1/2/27", ENGLISH, TODAY).datesOfBirth()).as("never in the future")
                .containsExactly(LocalDate.of(1927, 1, 2));
        assertThat(SearchQuery.parse("2/29/24", ENGLISH, TODAY).datesOfBirth()).as("both leap years")
                .containsExactly(LocalDate.of(1924, 2, 29), LocalDate.of(2024, 2, 29));
        assertThat(SearchQuery.parse("2/29/25", ENGLISH, TODAY).datesOfBirth()).as("no such day").isEmpty();
        assertThat(SearchQuery.parse("02/30/1941", ENGLISH, TODAY).datesOfBirth()).as("no such day").isEmpty();
    }

    @Test
    void aSpanishReaderTypesTheDayFirstAndIsoStillWorks() {
        assertThat(SPANISH).isEqualTo(DateOrder.DAY_MONTH_YEAR);
        assertThat(ENGLISH).isEqualTo(DateOrder.MONTH_DAY_YEAR);
        LocalDate born = LocalDate.of(1948, 3, 5);
        for (String typed : List.of("05/03/1948", "5/3/1948", "5/3/48", "05-03-48", "05-03-1948", "1948-03-05")) {
            assertThat(SearchQuery.parse(typed, SPANISH, TODAY).datesOfBirth()).as(typed).containsExactly(born);
        }
        assertThat(SearchQuery.parse("5/3/48", ENGLISH, TODAY).datesOfBirth()).as("the same digits in English")
                .containsExactly(LocalDate.of(1948, 5, 3));
        assertThat(SearchQuery.parse("14/3/41", SPANISH, TODAY).datesOfBirth())
                .containsExactly(LocalDate.of(1941, 3, 14));
        assertThat(SearchQuery.parse("14/3/41", ENGLISH, TODAY).datesOfBirth()).as("no 14th month").isEmpty();
        assertThat(SearchQuery.parse("3/14/41", SPANISH, TODAY).datesOfBirth()).as("no 14th month").isEmpty();
        assertThat(SearchQuery.parse("31/12/26", SPANISH, TODAY).datesOfBirth()).as("a 2-digit year: never ahead")
                .containsExactly(LocalDate.of(1926, 12, 31));
        assertThat(SearchQuery.parse("muñoz 14/03/1941", SPANISH, TODAY).datesOfBirth())
                .containsExactly(LocalDate.of(1941, 3, 14));
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
            assertThat(SearchQuery.parse(typed, order, TODAY).datesOfBirth()).as("what the hint shows is read back")
                    .containsExactly(born);
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
        assertThat(name.datesOfBirth()).containsExactly(LocalDate.of(1941, 3, 14));
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
