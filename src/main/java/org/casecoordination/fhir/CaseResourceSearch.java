package org.casecoordination.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.security.audit.AuditEvent;
import org.casecoordination.security.audit.AuditLog;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;

/**
 * Reads and searches of the resources made from a whole case (CareTeam, CarePlan, Goal, Condition): a read opens
 * the case by the page rules and finds the resource among the case's; a search walks the caller's teams' cases in
 * case order, a batch at a time, keeping the resources that match until the page (and one more) is full. Each read
 * and search is audited before the answer leaves, naming the cases.
 */
@Component
class CaseResourceSearch {

    /** Cases read at a time while filling a page. */
    private static final int BATCH = 50;

    record Found<R>(CareCase careCase, R resource) {
    }

    private final VisibleCases cases;
    private final AuditLog auditLog;

    CaseResourceSearch(VisibleCases cases, AuditLog auditLog) {
        this.cases = cases;
        this.auditLog = auditLog;
    }

    /** The resource {@code id} of the case {@code caseNumber}, if the caller may see the case; else 404. */
    <R extends Resource> R read(String type, String id, String caseNumber, Function<CareCase, List<R>> forCase) {
        CareCase careCase = caseNumber == null ? null : cases.byNumber(caseNumber).orElse(null);
        R found = careCase == null ? null : forCase.apply(careCase).stream()
                .filter(resource -> id.equals(resource.getIdElement().getIdPart())).findFirst().orElse(null);
        if (found == null) {
            throw new UnknownResourceException(type, id);
        }
        auditLog.record(AuditAction.VIEW_RECORD, careCase.getCaseNumber(), "FHIR " + type + "/" + id,
                AuditEvent.SUCCESS);
        return found;
    }

    /** A page of the resources matching {@code filter} (one more than the page when there is more), audited. */
    <R extends Resource> List<Found<R>> search(String type, String patient, Function<CareCase, List<R>> forCase,
            Predicate<R> filter, SearchPage page) {
        Long clientId = patient == null ? null : FhirIds.clientId(patient);
        if (patient != null && clientId == null) {
            throw new InvalidSearchException("patient", patient);
        }
        List<Found<R>> found = new ArrayList<>();
        int skip = page.offset;
        int from = 0;
        List<CareCase> batch;
        do {
            batch = cases.search(clientId, null, from, BATCH);
            for (CareCase careCase : batch.subList(0, Math.min(batch.size(), BATCH))) {
                for (R resource : forCase.apply(careCase)) {
                    if (!filter.test(resource)) {
                        continue;
                    }
                    if (skip > 0) {
                        skip--;
                    } else if (found.size() <= page.count) {
                        found.add(new Found<>(careCase, resource));
                    }
                }
                if (found.size() > page.count) {
                    break;
                }
            }
            from += BATCH;
        } while (batch.size() > BATCH && found.size() <= page.count);
        auditLog.recordListView("FHIR " + type + " search", found.stream().limit(page.count)
                .map(f -> f.careCase().getCaseNumber()).distinct().toList());
        return found;
    }
}
