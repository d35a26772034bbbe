package org.casecoordination.security.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The audit log's only doors: append, read one record's accesses, and the retention cleanup. A plain
 * {@link Repository}, not a JpaRepository, so there is no update or delete of single events to call by mistake.
 */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByCaseNumberOrderByOccurredAtDescIdDesc(String caseNumber, Limit limit);

    boolean existsByCaseNumberAndActorAndActionAndOutcomeAndOccurredAtAfter(String caseNumber, String actor,
            AuditAction action, String outcome, Instant after);

    /** Retention only (native: the entity is immutable to HQL). Run by {@link AuditRetention}. */
    @Modifying
    @Query(value = "delete from audit_event where occurred_at < :cutoff", nativeQuery = true)
    int deleteOccurredBefore(Instant cutoff);
}
