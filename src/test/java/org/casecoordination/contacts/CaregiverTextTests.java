package org.casecoordination.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one-line caregiver of the referral page and of records before V52, read into a name and a phone, or kept whole. */
class CaregiverTextTests {

    private final PhoneNumbers phones = new PhoneNumbers(new ContactProperties("US"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Maria Lopez, (212) 555-0123 | Maria Lopez | +12125550123",
            "Maria (daughter), 212-555-0199 | Maria (daughter) | +12125550199",
            "(212) 555-0123 - Pedro Marquez | Pedro Marquez | +12125550123",
            "Ana Ruiz +52 55 1234 5678 | Ana Ruiz | +525512345678",
            "212 555 0123 | - | +12125550123",
            "José Núñez | José Núñez | -"})
    void aNameAndOneNumberAreReadApart(String written, String name, String phone) {
        CaregiverText caregiver = CaregiverText.read(written, phones);
        assertThat(caregiver.name()).isEqualTo(name);
        assertThat(caregiver.phone()).isEqualTo(phone);
        assertThat(caregiver.note()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Maria, 555-0199",
            "Maria 212 555 0123 or 212 555 0124",
            "Son lives at 14 Oak St, (212) 555-0123",
            "Maria, ext 12"})
    void whatCannotBeReadWithCertaintyIsKeptWholeAsTheNote(String written) {
        CaregiverText caregiver = CaregiverText.read(written, phones);
        assertThat(caregiver.note()).isEqualTo(written);
        assertThat(caregiver.name()).isNull();
        assertThat(caregiver.phone()).isNull();
    }
}
