package org.casecoordination.security.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The database's own guard that audit_event stays append-only, beyond the application's (an immutable entity, a
 * repository without updates): on PostgreSQL a trigger refuses UPDATE, TRUNCATE, and any DELETE but the
 * retention cleanup's, which says so with a transaction-local setting. Trigger languages differ between
 * databases, so this cannot live in the portable V2 migration: Flyway calls this after every migrate and it
 * (re)installs the trigger there. H2 (development and tests) has no such guard: its triggers are Java classes
 * the database loads by name, which is more reach into the application than a development database needs.
 */
@Component
class AppendOnlyGuard implements Callback {

    private static final Logger log = LoggerFactory.getLogger(AppendOnlyGuard.class);
    static final String RETENTION_SETTING = "case_coordination.audit_retention";

    private static final List<String> POSTGRESQL = List.of("""
            create or replace function audit_event_append_only() returns trigger language plpgsql as $$
            begin
              if tg_op = 'DELETE' and coalesce(current_setting('%s', true), '') = 'on' then
                return old;
              end if;
              raise exception 'audit_event is append-only: %% refused', tg_op using errcode = 'insufficient_privilege';
            end $$""".formatted(RETENTION_SETTING),
            "drop trigger if exists audit_event_append_only on audit_event",
            "create trigger audit_event_append_only before update or delete on audit_event"
                    + " for each row execute function audit_event_append_only()",
            "drop trigger if exists audit_event_no_truncate on audit_event",
            "create trigger audit_event_no_truncate before truncate on audit_event"
                    + " for each statement execute function audit_event_append_only()");

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        Connection connection = context.getConnection();
        try {
            String database = connection.getMetaData().getDatabaseProductName();
            if (!isPostgreSql(database)) {
                log.info("audit_event is append-only in the application only: no database guard for {}", database);
                return;
            }
            try (Statement statement = connection.createStatement()) {
                for (String sql : POSTGRESQL) {
                    statement.execute(sql);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not install the append-only guard of audit_event", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "audit_event append-only guard";
    }

    /** Lets the retention cleanup delete in the current transaction (PostgreSQL; nothing to do elsewhere). */
    void permitRetentionDelete(JdbcTemplate jdbc) {
        String database = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        if (isPostgreSql(database)) {
            jdbc.queryForObject("select set_config(?, 'on', true)", String.class, RETENTION_SETTING);
        }
    }

    private static boolean isPostgreSql(String database) {
        return "PostgreSQL".equalsIgnoreCase(database);
    }
}
