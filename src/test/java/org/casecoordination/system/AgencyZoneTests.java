package org.casecoordination.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.casecoordination.supervision.calendar.BusinessHours;
import org.junit.jupiter.api.Test;

/** An agency that sets no zone gets its server's clock, not some other city's; a set zone wins. */
class AgencyZoneTests {

    @Test
    void unsetMeansTheServersZone() {
        assertThat(Dates.agencyZone("")).isEqualTo(ZoneId.systemDefault());
        assertThat(Dates.agencyZone(null)).isEqualTo(ZoneId.systemDefault());
        assertThat(new BusinessHours(null, Set.of(DayOfWeek.MONDAY), LocalTime.of(8, 0), LocalTime.of(18, 0)).zone())
                .isEqualTo(ZoneId.systemDefault());
    }

    @Test
    void aSetZoneIsUsedForEveryTimeOnThePages() {
        assertThat(Dates.agencyZone(" America/Chicago ")).isEqualTo(ZoneId.of("America/Chicago"));
        assertThat(new Dates(Dates.agencyZone("America/Chicago")).zone()).isEqualTo(ZoneId.of("America/Chicago"));
    }
}
