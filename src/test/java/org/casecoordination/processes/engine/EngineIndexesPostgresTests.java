package org.casecoordination.processes.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The index the engine lacks ({@link EngineIndexes}) is there on PostgreSQL too: the engine creates its tables on an
 * empty database (as the {@code postgres} profile does), then the plugin adds {@code CC_IDX_TASK_PARENT}, and the
 * subtask look-up every completion makes can use it. Runs where a server is given, as CI gives it
 * ({@code AUDIT_TEST_POSTGRES_URL}, {@code .ci/run}); makes a database of its own there and drops it.
 */
@EnabledIfEnvironmentVariable(named = "AUDIT_TEST_POSTGRES_URL", matches = ".+")
class EngineIndexesPostgresTests {

    private static final String SERVER = System.getenv("AUDIT_TEST_POSTGRES_URL");

    private final String database = "cc_engine_indexes_" + System.nanoTime();
    private ProcessEngine engine;

    @BeforeEach
    void createDatabase() throws SQLException {
        try (Connection server = DriverManager.getConnection(SERVER)) {
            server.createStatement().execute("create database " + database);
        }
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (engine != null) {
            engine.close();
        }
        try (Connection server = DriverManager.getConnection(SERVER)) {
            server.createStatement().execute("drop database if exists " + database + " with (force)");
        }
    }

    @Test
    void theSubtaskLookUpHasItsIndexOnAFreshPostgreSqlDatabase() throws SQLException {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                SERVER.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database));

        engine = engineOn(dataSource);

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForList("select indexdef from pg_indexes where tablename = 'act_ru_task'"
                + " and indexname = 'cc_idx_task_parent'", String.class))
                .singleElement(InstanceOfAssertFactories.STRING).contains("(parent_task_id_)");
        assertThat(planOfTheSubtaskLookUp(dataSource)).contains("cc_idx_task_parent");

        // a second start on the same database finds the index there and goes on
        engine.close();
        engine = engineOn(dataSource);
        assertThat(jdbc.queryForObject("select count(*) from pg_indexes where indexname = 'cc_idx_task_parent'",
                Integer.class)).isEqualTo(1);
    }

    /** An engine as the postgres profile has it: it creates its tables on an empty database, with the plugin. */
    private ProcessEngine engineOn(DataSource dataSource) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setDataSource(dataSource);
        configuration.setProcessEngineName(database);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setJobExecutorActivate(false);
        configuration.getProcessEnginePlugins().add(new EngineIndexes(dataSource));
        return configuration.buildProcessEngine();
    }

    /**
     * The plan of the statement Camunda runs to delete a completed task's subtasks. The table is empty, where the
     * planner would read it whole anyway, so scans are made expensive: what is left is whether an index serves it.
     */
    private static String planOfTheSubtaskLookUp(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("set enable_seqscan = off");
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = statement.executeQuery(
                    "explain select * from ACT_RU_TASK where PARENT_TASK_ID_ = 'a-task'")) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }
}
