package org.casecoordination.security.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.casecoordination.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit log's own transaction and its retention, on the real schema. */
@ApplicationTest
class AuditLogApplicationTests {

    @Autowired
    AuditLog auditLog;
    @Autowired
    AuditRetention retention;
    @Autowired
    AuditProperties properties;
    @Autowired
    PlatformTransactionManager transactions;
    @PersistenceContext
    EntityManager em;

    @Test
    void anEventStaysWhenTheActionAroundItRollsBack() {
        new TransactionTemplate(transactions).executeWithoutResult(action -> {
            auditLog.write(event("AUDIT-TX-1", Instant.now()));
            action.setRollbackOnly();
        });
        assertThat(AuditRows.ofCase(em, "AUDIT-TX-1")).hasSize(1);
    }

    @Test
    void retentionIsSixYearsByDefault() {
        assertThat(properties.retention()).isEqualTo(Duration.ofDays(2190));
    }

    @Test
    void theCleanupDeletesOnlyEventsOlderThanTheRetention() {
        Instant now = Instant.now();
        auditLog.write(event("AUDIT-RET-1", now.minus(Duration.ofDays(2191))));
        auditLog.write(event("AUDIT-RET-1", now.minus(Duration.ofDays(2189))));
        auditLog.write(event("AUDIT-RET-1", now));

        assertThat(retention.deleteExpired(now)).isEqualTo(1);

        assertThat(AuditRows.ofCase(em, "AUDIT-RET-1")).extracting(AuditEvent::getOccurredAt)
                .allMatch(occurred -> occurred.isAfter(now.minus(Duration.ofDays(2190))));
        assertThat(AuditRows.ofCase(em, "AUDIT-RET-1")).hasSize(2);
    }

    private static AuditEvent event(String caseNumber, Instant occurredAt) {
        return new AuditEvent(occurredAt, "audit-test", AuditAction.VIEW_RECORD, caseNumber,
                "GET /cases/" + caseNumber, "200", "127.0.0.1");
    }
}
