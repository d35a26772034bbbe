package org.casecoordination.security.audit;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes audit events older than case-coordination.audit.retention, once a day. The only delete the audit log
 * knows; each node of a cluster may run it, deleting the same rows is harmless.
 */
@Component
class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

    private final AuditEventRepository events;
    private final AppendOnlyGuard guard;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Duration retention;

    AuditRetention(AuditEventRepository events, AppendOnlyGuard guard, JdbcTemplate jdbc,
            PlatformTransactionManager transactions, AuditProperties properties) {
        if (properties.retention().isNegative() || properties.retention().isZero()) {
            throw new IllegalArgumentException("case-coordination.audit.retention must be positive, not "
                    + properties.retention() + ": it would delete the whole audit log");
        }
        this.events = events;
        this.guard = guard;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.retention = properties.retention();
    }

    /** Events that occurred before this moment are past the retention. */
    static Instant cutoff(Instant now, Duration retention) {
        return now.minus(retention);
    }

    @Scheduled(cron = "${case-coordination.audit.cleanup-cron:0 30 3 * * *}")
    void deleteExpiredDaily() {
        int deleted = deleteExpired(Instant.now());
        log.info("Audit retention: deleted {} events older than {}", deleted, retention);
    }

    /** Deletes the events older than the retention, counted back from now; returns how many. */
    int deleteExpired(Instant now) {
        Instant cutoff = cutoff(now, retention);
        Integer deleted = transaction.execute(status -> {
            guard.permitRetentionDelete(jdbc);
            return events.deleteOccurredBefore(cutoff);
        });
        return deleted == null ? 0 : deleted;
    }
}
