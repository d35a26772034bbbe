package org.casecoordination.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers as people type them, kept in E.164 and shown in the region's own format (libphonenumber's plan data). */
class PhoneNumbersTests {

    private final PhoneNumbers us = new PhoneNumbers(new ContactProperties("US"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "(212) 555-0123 | +12125550123",
            "212.555.0123 | +12125550123",
            "212 555 0123 | +12125550123",
            "1-212-555-0123 | +12125550123",
            "+1 212 555 0123 | +12125550123",
            "+52 55 1234 5678 | +525512345678",
            "+44 20 7946 0958 | +442079460958"})
    void nationalAndInternationalFormatsAreStoredInE164(String typed, String e164) {
        assertThat(us.e164(typed)).contains(e164);
    }

    @ParameterizedTest
    @ValueSource(strings = {"555-0199", "(555) 010-2000", "call me", "123", "+1 212 555 01234567", "ana@example.org"})
    void whatIsNoNumberIsRefused(String typed) {
        assertThat(us.e164(typed)).isEmpty();
    }

    @Test
    void theDefaultRegionDecidesHowANumberWithoutCountryCodeIsRead() {
        PhoneNumbers mexico = new PhoneNumbers(new ContactProperties("mx"));
        assertThat(mexico.e164("55 1234 5678")).contains("+525512345678");
        assertThat(mexico.forPeople("+525512345678")).isEqualTo("55 1234 5678");
        assertThat(mexico.forPeople("+12125550123")).isEqualTo("+1 212-555-0123");
    }

    @Test
    void numbersOfTheRegionAreShownInItsNationalFormatOthersInternationally() {
        assertThat(us.forPeople("+12125550123")).isEqualTo("(212) 555-0123");
        assertThat(us.forPeople("+442079460958")).isEqualTo("+44 20 7946 0958");
        assertThat(us.forPeople(null)).isEmpty();
    }

    @Test
    void onlyNumbersThatCanTakeATextAreTextable() {
        assertThat(us.takesTexts("(212) 555-0123")).as("US: mobile or landline, the plan cannot tell").isTrue();
        assertThat(us.takesTexts("+44 7400 123456")).as("UK mobile").isTrue();
        assertThat(us.takesTexts("+44 20 7946 0958")).as("UK landline").isFalse();
        assertThat(us.takesTexts("(800) 555-0199")).as("toll-free").isFalse();
    }

    @Test
    void aRegionThatIsNoCountryStopsTheStart() {
        assertThatThrownBy(() -> new PhoneNumbers(new ContactProperties("XX")))
                .hasMessageContaining("case-coordination.contacts.phone-region");
    }
}
