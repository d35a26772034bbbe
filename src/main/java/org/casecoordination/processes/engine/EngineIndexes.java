package org.casecoordination.processes.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's schema lacks for statements it runs on every completion. Completing a task deletes its
 * subtasks, found by {@code select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?}; Camunda 7.24 creates no index on
 * that column (neither for H2 nor for PostgreSQL), so every completion read every open task: at 100,000 open
 * tasks most of a completion's CPU. Created once the engine has created or checked its own tables, which is why
 * this is not a Flyway migration: on a fresh database Flyway may run before the engine's tables exist.
 */
@Component
public class EngineIndexes extends AbstractProcessEnginePlugin {

    static final String TASK_PARENT = "create index if not exists CC_IDX_TASK_PARENT on ACT_RU_TASK(PARENT_TASK_ID_)";
    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

    private final DataSource dataSource;

    EngineIndexes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        try {
            createOn(dataSource);
        } catch (SQLException e) {
            // another node created it at the same moment, or the database refused: completions still work, slower
            log.warn("Could not create the index on ACT_RU_TASK(PARENT_TASK_ID_): {}", e.getMessage());
        }
    }

    /** Creates the indexes on the engine's tables there, unless they exist (public for the benchmark's bare engine). */
    public static void createOn(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement create = connection.createStatement()) {
            create.execute(TASK_PARENT);
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }
}
