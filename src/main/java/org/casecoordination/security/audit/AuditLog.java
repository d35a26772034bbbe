package org.casecoordination.security.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends to the audit log. Every event is written in its own transaction (REQUIRES_NEW), never in the caller's:
 * a refused or rolled-back action is still audited, and a long business transaction does not hold audit rows back.
 * Events of requests that write at the same moment share that transaction and its commit ({@link GroupCommit});
 * each caller returns only once its own row is committed.
 *
 * <p>When an event cannot be written, this class throws and the caller decides, by this rule (HIPAA audit
 * controls, 45 CFR 164.312(b)): <b>an access to a record that cannot be audited does not happen</b> where that is
 * still possible. A view is held back: {@link RecordAccessAuditFilter} buffers the response and answers 500
 * instead of the record. Code that discloses outside a record request (an export) calls {@link #record} before
 * it discloses anything, so a failure stops it and rolls back the caller. A change has already committed when
 * its outcome is known; failing the response then would not undo it and would invite a duplicate retry, so the
 * filter logs the failure (ids only) at ERROR for operations and lets the response through. Login events are
 * logged the same way: a login discloses no record.
 */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final AuditTransactions transactions;
    private final GroupCommit groupCommit;

    AuditLog(AuditEventRepository events, PlatformTransactionManager transactions, AuditProperties properties) {
        this.events = events;
        this.transactions = new AuditTransactions(events, transactions, properties);
        this.groupCommit = new GroupCommit(this.transactions);
    }

    /** The newest {@code limit} events of one case, newest first: "who accessed this record". */
    public List<AuditEvent> newestOfCase(String caseNumber, int limit) {
        return events.findByCaseNumberOrderByOccurredAtDescIdDesc(caseNumber, Limit.of(limit));
    }

    /** Writes one event in its own transaction; throws when it cannot be written. */
    public AuditEvent write(AuditEvent event) {
        return write(new GroupCommit.Entry(event, false));
    }

    /**
     * Writes several events in one transaction of their own (all or none); throws when they cannot be written. For
     * background work that audits many cases at once (a bulk export's step): one commit instead of one per case,
     * each of which waits for the disk while pages wait for the same database.
     */
    public void writeAll(List<AuditEvent> batch) {
        if (!batch.isEmpty()) {
            transactions.all(batch);
        }
    }

    /**
     * Writes a view of a record unless the same user viewed the same record with the same outcome within
     * {@code case-coordination.audit.repeated-view-window}: Camunda's Tasklist asks for one task several times
     * (task, form, variables, ...) each time it is opened, and a row for each says nothing more about who saw what.
     * Refused views are always written. Throws when the event cannot be written.
     */
    public void writeView(AuditEvent view) {
        write(new GroupCommit.Entry(view, true));
    }

    /** Events waiting for the batch being written (tests). */
    int eventsWaitingForCommit() {
        return groupCommit.waiting();
    }

    /**
     * A caller inside a transaction holds a connection: waiting for another caller's batch with it could leave every
     * pooled connection held by a waiting caller and none for the batch. It writes alone, as it always did (one
     * more connection, for its own transaction); callers that hold none share the commit.
     */
    private AuditEvent write(GroupCommit.Entry entry) {
        boolean holdsAConnection = TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.getResourceMap().isEmpty();
        return holdsAConnection ? transactions.alone(entry) : groupCommit.write(entry);
    }

    /**
     * One row for a list that shows clients' names (the task list, possible duplicate clients): which list, and
     * every case it showed, in the order shown. Nothing when the list is empty. Call it before the list is shown;
     * it throws when the event cannot be written.
     */
    public void recordListView(String list, Collection<String> caseNumbers) {
        List<String> shown = caseNumbers.stream().filter(Objects::nonNull).distinct().toList();
        if (!shown.isEmpty()) {
            record(AuditAction.VIEW_LIST, null, list + ": " + String.join(", ", shown), AuditEvent.SUCCESS);
        }
    }

    /**
     * For actions that are not a request to a record path (an export, an emergency access): the current user and
     * address come from the request being served. Call it before disclosing anything; it throws when the event
     * cannot be written.
     */
    public AuditEvent record(AuditAction action, String caseNumber, String resource, String outcome) {
        var request = Callers.currentRequest();
        return write(new AuditEvent(Instant.now(), Callers.actor(request.orElse(null)), action,
                caseNumber, resource, outcome, request.map(Callers::remoteAddress).orElse(null)));
    }

    /**
     * Like {@link #record} for someone the engine knows as {@code actor} (Camunda's webapps and REST API log in
     * their own way); no case. Throws when the event cannot be written.
     */
    public AuditEvent recordAs(String actor, AuditAction action, String resource, String outcome) {
        var request = Callers.currentRequest();
        return write(new AuditEvent(Instant.now(), actor == null ? Callers.actor(request.orElse(null)) : actor,
                action, null, resource, outcome, request.map(Callers::remoteAddress).orElse(null)));
    }
}
