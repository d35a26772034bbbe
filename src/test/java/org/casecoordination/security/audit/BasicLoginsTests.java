package org.casecoordination.security.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BasicLoginsTests {

    private final BasicLogins logins = new BasicLogins(Duration.ofMinutes(30));
    private final Instant nine = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void aBasicCallerCountsAsLoggingInOncePerIntervalAndAddress() {
        assertThat(logins.isNew("cora", "10.0.0.1", nine)).isTrue();
        assertThat(logins.isNew("cora", "10.0.0.1", nine.plusSeconds(60))).isFalse();
        assertThat(logins.isNew("cora", "10.0.0.2", nine.plusSeconds(60))).as("another address").isTrue();
        assertThat(logins.isNew("colin", "10.0.0.1", nine.plusSeconds(60))).as("another user").isTrue();
        assertThat(logins.isNew("cora", "10.0.0.1", nine.plus(Duration.ofMinutes(30)))).as("interval over").isTrue();
        assertThat(logins.isNew("cora", "10.0.0.1", nine.plus(Duration.ofMinutes(31)))).isFalse();
    }
}
