package org.casecoordination.processes.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Nodes of a cluster that start together on an empty PostgreSQL database would both create Camunda's tables, and
 * one fails ("relation already exists"; seen in PostgresClusterIT). This plugin holds a PostgreSQL advisory lock
 * from before the engine is built (schema creation or check) until it is built, so the nodes take turns; the
 * second finds the schema in place. Deployment needs nothing of this: the engine's deployment lock covers it.
 * On H2 (one process only) it does nothing.
 */
@Component
class EngineStartLock extends AbstractProcessEnginePlugin {

    /** Any fixed number, the same on every node: "CCENGINE" in ASCII. */
    private static final long LOCK_KEY = 0x4343454E47494E45L;
    private static final Logger log = LoggerFactory.getLogger(EngineStartLock.class);

    private final DataSource dataSource;
    private Connection held;

    EngineStartLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        try {
            Connection connection = dataSource.getConnection();
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                connection.close();
                return;
            }
            try (Statement lock = connection.createStatement()) {
                lock.execute("select pg_advisory_lock(" + LOCK_KEY + ")");
            }
            held = connection;
            log.info("Holding the engine start lock while the engine's schema is created or checked");
        } catch (SQLException e) {
            throw new ProcessEngineException("Could not take the engine start lock", e);
        }
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        if (held == null) {
            return;
        }
        try (Connection connection = held; Statement unlock = connection.createStatement()) {
            unlock.execute("select pg_advisory_unlock(" + LOCK_KEY + ")");
        } catch (SQLException e) {
            // closing the session releases its advisory locks anyway
            log.warn("Could not release the engine start lock explicitly: {}", e.getMessage());
        } finally {
            held = null;
        }
    }
}
