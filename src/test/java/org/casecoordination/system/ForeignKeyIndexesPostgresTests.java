package org.casecoordination.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * On PostgreSQL every foreign key of the app's tables has an index that starts with its column (issue #17), and the
 * task list's name search has an index for its prefix: H2
 * makes one for each foreign key by itself, PostgreSQL does not, and a look-up by such a column (a case's consents,
 * a referral's transport) would read the whole table there, which no test on H2 can notice. The real migrations in
 * a schema of their own; runs where a server is given, as CI gives it ({@code AUDIT_TEST_POSTGRES_URL}).
 */
@EnabledIfEnvironmentVariable(named = "AUDIT_TEST_POSTGRES_URL", matches = ".+")
class ForeignKeyIndexesPostgresTests {

    private final String url = System.getenv("AUDIT_TEST_POSTGRES_URL");
    private final String schema = "fk_indexes_" + System.nanoTime();

    @BeforeEach
    void migrate() {
        Flyway.configure().dataSource(url, null, null).schemas(schema).locations("classpath:db/migration").load()
                .migrate();
    }

    @AfterEach
    void dropSchema() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.createStatement().execute("drop schema if exists " + schema + " cascade");
        }
    }

    @Test
    void everyForeignKeyHasAnIndexStartingWithItsColumn() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url)) {
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            List<String> foreignKeys = jdbc.queryForList("""
                    select c.conrelid::regclass::text || '.' || a.attname
                    from pg_constraint c
                    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                    where c.contype = 'f' and c.connamespace = ?::regnamespace
                    order by 1""", String.class, schema);
            List<String> withoutIndex = jdbc.queryForList("""
                    select c.conrelid::regclass::text || '.' || a.attname
                    from pg_constraint c
                    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                    where c.contype = 'f' and c.connamespace = ?::regnamespace
                      and not exists (select 1 from pg_index i
                                      where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])
                    order by 1""", String.class, schema);

            assertThat(foreignKeys).as("the migrations' foreign keys").hasSizeGreaterThan(15)
                    .anyMatch(key -> key.endsWith("provider_referral.serves_referral_id"));
            assertThat(withoutIndex).as("foreign keys whose look-ups would read the whole table").isEmpty();
        }
    }

    /**
     * The task list's search by the start of a name (TaskListTable.page: {@code list_key = ? and name_key like
     * 'ZAN%'}) has an index PostgreSQL can read as a range: it turns a LIKE prefix into a range only with pattern
     * operators unless the database's collation is C (the CI server's C.UTF-8 is not). Which index the planner
     * picks depends on the table's statistics (an empty table here); the plans on a seeded database are in
     * docs/benchmarks.md.
     */
    @Test
    void theTaskListSearchByNameHasAnIndexForItsPrefix() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url)) {
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            assertThat(jdbc.queryForList("select indexdef from pg_indexes where schemaname = ?"
                    + " and tablename = 'task_list_row'", String.class, schema))
                    .anyMatch(index -> index.contains("(list_key, name_key varchar_pattern_ops)"));
        }
    }
}
