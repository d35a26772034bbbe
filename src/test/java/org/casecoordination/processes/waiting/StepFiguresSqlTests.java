package org.casecoordination.processes.waiting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The figures' one query gives the same answers on H2 (tests, small installations) and PostgreSQL (production), on
 * a table shaped like the engine's history of activities. The PostgreSQL half runs when
 * {@code AUDIT_TEST_POSTGRES_URL} is set, as CI sets it ({@code .ci/run}), in a schema of its own.
 */
class StepFiguresSqlTests {

    @Test
    void onH2() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:step-figures-" + System.nanoTime())) {
            figuresAreRight(new JdbcTemplate(new SingleConnectionDataSource(connection, true)), "STEPS");
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "AUDIT_TEST_POSTGRES_URL", matches = ".+")
    void onPostgreSql() throws SQLException {
        String schema = "step_figures_" + System.nanoTime();
        try (Connection connection = DriverManager.getConnection(System.getenv("AUDIT_TEST_POSTGRES_URL"))) {
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            jdbc.execute("create schema " + schema);
            try {
                figuresAreRight(jdbc, schema + ".STEPS");
            } finally {
                jdbc.execute("drop schema " + schema + " cascade");
            }
        }
    }

    /**
     * Eleven cases spent 1..11 days in "review" (one of them twice, 1 hour the first time), two wait there now; a
     * step of another version is left out.
     */
    private static void figuresAreRight(JdbcTemplate jdbc, String table) {
        jdbc.execute("create table " + table + " (ID_ varchar(64) primary key, ACT_ID_ varchar(255),"
                + " PROC_INST_ID_ varchar(64), PROC_DEF_ID_ varchar(64), END_TIME_ timestamp, DURATION_ bigint)");
        Instant end = Instant.parse("2026-03-02T09:00:00Z");
        int row = 0;
        for (int i = 1; i <= 11; i++) {
            insert(jdbc, table, ++row, "review", "case-" + i, "v1", end, Duration.ofDays(i).toMillis());
        }
        insert(jdbc, table, ++row, "review", "case-1", "v1", end, Duration.ofHours(1).toMillis());
        insert(jdbc, table, ++row, "review", "case-12", "v1", null, null);
        insert(jdbc, table, ++row, "review", "case-13", "v1", null, null);
        insert(jdbc, table, ++row, "review", "case-14", "v2", end, Duration.ofDays(90).toMillis());

        Map<String, StepFigures.Raw> figures = StepFigures.of(jdbc, table, "v1").stream()
                .collect(Collectors.toMap(StepFigures.Raw::activityId, Function.identity()));

        StepFigures.Raw review = figures.get("review");
        assertThat(review.passed()).as("cases, not visits").isEqualTo(11);
        assertThat(review.waiting()).isEqualTo(2);
        // 12 visits: 1 h, 1..11 days; the median lies between the 6th (5 days) and the 7th (6 days)
        assertThat(review.medianMillis()).isEqualTo((double) Duration.ofDays(5).plusHours(12).toMillis());
        // p90 at position 0.9 × 11 = 9.9: the 10th (9 days) and 9/10 of the way to the 11th (10 days)
        assertThat(review.p90Millis()).isEqualTo((double) Duration.ofDays(9).plusMinutes(9 * 144).toMillis());
        assertThat(figures).containsOnlyKeys("review");
    }

    private static void insert(JdbcTemplate jdbc, String table, int id, String activity, String instance,
            String definition, Instant end, Long millis) {
        jdbc.update("insert into " + table + " values (?, ?, ?, ?, ?, ?)", String.valueOf(id), activity, instance,
                definition, end == null ? null : Timestamp.from(end), millis);
    }
}
