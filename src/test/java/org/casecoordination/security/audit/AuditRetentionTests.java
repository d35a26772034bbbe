package org.casecoordination.security.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The cutoff, without a scheduler or a database; the delete itself is in AuditLogApplicationTests. */
class AuditRetentionTests {

    @Test
    void theDefaultRetentionOf2190DaysReachesBackAboutSixYears() {
        // 2024 and 2028 are leap years: six calendar years are 2192 days
        assertThat(AuditRetention.cutoff(Instant.parse("2030-01-01T00:00:00Z"), Duration.parse("P2190D")))
                .isEqualTo(Instant.parse("2024-01-03T00:00:00Z"));
    }

    @Test
    void aRetentionThatWouldDeleteTheWholeLogIsRefusedAtStart() {
        for (Duration retention : new Duration[] {Duration.ZERO, Duration.ofDays(-1)}) {
            assertThatThrownBy(() -> new AuditRetention(null, null, null, null,
                    new AuditProperties(retention, "-", Duration.ofMinutes(30), Duration.ofMinutes(1))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be positive");
        }
    }
}
