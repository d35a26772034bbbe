package org.casecoordination.security.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes audit events in transactions of their own (REQUIRES_NEW), never in the caller's: a refused or
 * rolled-back action is still audited, and a long business transaction does not hold audit rows back.
 */
class AuditTransactions implements GroupCommit.Writes {

    private final AuditEventRepository events;
    private final TransactionTemplate ownTransaction;
    private final AuditProperties properties;

    AuditTransactions(AuditEventRepository events, PlatformTransactionManager transactions,
            AuditProperties properties) {
        this.events = events;
        this.properties = properties;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public List<AuditEvent> together(List<GroupCommit.Entry> batch) {
        return ownTransaction.execute(status -> {
            List<AuditEvent> rows = new ArrayList<>(batch.size());
            // in order, each view's check in this transaction: the second of two equal views sees the first
            batch.forEach(entry -> rows.add(save(entry, entry.event())));
            return rows;
        });
    }

    @Override
    public AuditEvent alone(GroupCommit.Entry entry) {
        // an event of a batch that was rolled back has its id already: a fresh copy takes a new one
        AuditEvent event = entry.event().getId() == null ? entry.event() : entry.event().unsaved();
        return ownTransaction.execute(status -> save(entry, event));
    }

    /** Several events, all or none, with no check for repeated views (a bulk export's step). */
    void all(List<AuditEvent> batch) {
        ownTransaction.executeWithoutResult(status -> batch.forEach(events::save));
    }

    private AuditEvent save(GroupCommit.Entry entry, AuditEvent event) {
        return entry.view() && repeatsARecentView(event) ? null : events.save(event);
    }

    /**
     * The same user viewed the same record with the same outcome within
     * {@code case-coordination.audit.repeated-view-window}; refused views always count.
     */
    private boolean repeatsARecentView(AuditEvent view) {
        Duration window = properties.repeatedViewWindow();
        boolean mayBeRepeat = !view.isRefused() && view.getCaseNumber() != null && !window.isNegative()
                && !window.isZero();
        return mayBeRepeat && events.existsByCaseNumberAndActorAndActionAndOutcomeAndOccurredAtAfter(
                view.getCaseNumber(), view.getActor(), view.getAction(), view.getOutcome(),
                view.getOccurredAt().minus(window));
    }
}
