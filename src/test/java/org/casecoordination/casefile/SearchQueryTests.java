package org.casecoordination.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casecoordination.client.SearchKeys;
import org.junit.jupiter.api.Test;

/** Reading what was typed into the search box, and the keys a client is found by; no Spring. */
class SearchQueryTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void datesOfBirthInTheFormsPeopleTypeThem() {
        LocalDate born = LocalDate.of(1941, 3, 14);
        for (String typed : List.of("03/14/1941", "3/14/1941", "3/14/41", "03-14-1941", "1941-03-14", " 1941-3-14 ")) {
            assertThat(SearchQuery.parse(typed, TODAY).dateOfBirth()).as(typed).isEqualTo(born);
        }
        assertThat(SearchQuery.parse("1/2/26", TODAY).dateOfBirth()).as("this year's two digits: a century ago")
                .isEqualTo(LocalDate.of(1926, 1, 2));
        assertThat(SearchQuery.parse("1/2/27", TODAY).dateOfBirth()).as("never in the future")
                .isEqualTo(LocalDate.of(1927, 1, 2));
        assertThat(SearchQuery.parse("02/30/1941", TODAY).dateOfBirth()).as("no such day").isNull();
    }

    @Test
    void phoneNumbersByTheirDigitsCaseNumbersAndNameWords() {
        assertThat(SearchQuery.parse("+1 (555) 010-0142", TODAY).phoneDigits()).isEqualTo("5550100142");
        assertThat(SearchQuery.parse("555 0142", TODAY).phoneDigits()).isEqualTo("5550142");
        assertThat(SearchQuery.parse("cc-2026-000123", TODAY).caseNumber()).isEqualTo("CC-2026-000123");
        assertThat(SearchQuery.parse("2026-000123", TODAY).caseNumber()).isEqualTo("CC-2026-000123");
        SearchQuery name = SearchQuery.parse("Muñoz  o'brien 03/14/1941", TODAY);
        assertThat(name.nameWords()).containsExactly("MUNOZ", "OBRIEN");
        assertThat(name.dateOfBirth()).isEqualTo(LocalDate.of(1941, 3, 14));
        assertThat(SearchQuery.parse("%_!", TODAY).isEmpty()).as("nothing to search for").isTrue();
        assertThat(SearchQuery.parse("12", TODAY).isEmpty()).as("too few digits for a phone").isTrue();
    }

    @Test
    void aClientIsFoundByEachNameWholeAndEachWordWithoutAccents() {
        assertThat(SearchKeys.nameTerms("José María", "García-Márquez O'Neil")).containsExactlyInAnyOrder(
                "JOSEMARIA", "JOSE", "MARIA", "GARCIAMARQUEZONEIL", "GARCIAMARQUEZ", "GARCIA", "MARQUEZ",
                "ONEIL", "O", "NEIL");
        assertThat(SearchKeys.normalise("Groß Øster Łukasz")).isEqualTo("GROSSOSTERLUKASZ");
    }
}
