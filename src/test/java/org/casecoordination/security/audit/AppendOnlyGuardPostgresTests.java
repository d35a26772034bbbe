package org.casecoordination.security.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The database guard on PostgreSQL: the real migrations and {@link AppendOnlyGuard} in a schema of their own.
 * Runs only where a PostgreSQL is given, e.g.
 * {@code AUDIT_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}.
 */
@EnabledIfEnvironmentVariable(named = "AUDIT_TEST_POSTGRES_URL", matches = ".+")
class AppendOnlyGuardPostgresTests {

    private final String url = System.getenv("AUDIT_TEST_POSTGRES_URL");
    private final String schema = "audit_guard_" + System.nanoTime();
    private Connection connection;

    @BeforeEach
    void migrate() throws SQLException {
        Flyway.configure().dataSource(url, null, null).schemas(schema).locations("classpath:db/migration")
                .callbacks(new AppendOnlyGuard()).load().migrate();
        connection = DriverManager.getConnection(url);
        execute("set search_path to " + schema);
        execute("insert into audit_event (id, occurred_at, actor, action, case_number, resource, outcome)"
                + " values (1, now() - interval '7 years', 'cora', 'VIEW_RECORD', 'CC-1', 'GET /cases/CC-1', '200')");
    }

    @AfterEach
    void dropSchema() throws SQLException {
        connection.setAutoCommit(true);
        execute("drop schema " + schema + " cascade");
        connection.close();
    }

    @Test
    void updatesDeletesAndTruncatesAreRefused() {
        assertThatThrownBy(() -> execute("update audit_event set actor = 'mallory'"))
                .hasMessageContaining("append-only: UPDATE refused");
        assertThatThrownBy(() -> execute("delete from audit_event"))
                .hasMessageContaining("append-only: DELETE refused");
        assertThatThrownBy(() -> execute("truncate audit_event"))
                .hasMessageContaining("append-only: TRUNCATE refused");
    }

    @Test
    void theRetentionCleanupMayDeleteInItsOwnTransactionOnly() throws SQLException {
        connection.setAutoCommit(false);
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        new AppendOnlyGuard().permitRetentionDelete(jdbc);
        assertThat(jdbc.update("delete from audit_event where occurred_at < now() - interval '6 years'"))
                .isEqualTo(1);
        connection.commit();

        execute("insert into audit_event (id, occurred_at, actor, action, resource, outcome)"
                + " values (2, now() - interval '7 years', 'cora', 'LOGIN', 'POST /login', 'SUCCESS')");
        connection.commit();
        assertThatThrownBy(() -> execute("delete from audit_event")).hasMessageContaining("append-only");
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
