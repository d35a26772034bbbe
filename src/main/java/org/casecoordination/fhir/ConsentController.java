package org.casecoordination.fhir;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.consent.Consent;
import org.casecoordination.consent.ConsentPurpose;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.security.audit.AuditEvent;
import org.casecoordination.security.audit.AuditLog;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Consent.ConsentState;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Clients' consents, for staff who may see one of the client's cases; searched by patient, status and
 * _lastUpdated, paged in the database. A consent to disclose substance-use information is never served
 * ({@link Part2Rule}): 404, never in a search. Reads audited first, naming the client's newest case.
 */
@RestController
@RequestMapping("/fhir/Consent")
class ConsentController {

    private static final String FETCH = "select c from Consent c join fetch c.client where c.purpose <> :part2";
    /** A consent in force today, or not yet: FHIR's active (ConsentState ACTIVE and NOT_YET_VALID). */
    private static final String IN_FORCE = "((c.revokedOn is null or c.revokedOn > :today)"
            + " and (c.validUntil is null or c.validUntil >= :today))";

    private final EntityManager entityManager;
    private final VisibleCases cases;
    private final CurrentUser currentUser;
    private final ConsentResources consents;
    private final AuditLog auditLog;

    ConsentController(EntityManager entityManager, VisibleCases cases, CurrentUser currentUser,
            ConsentResources consents, AuditLog auditLog) {
        this.entityManager = entityManager;
        this.cases = cases;
        this.currentUser = currentUser;
        this.consents = consents;
        this.auditLog = auditLog;
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    org.hl7.fhir.r4.model.Consent read(@PathVariable String id) {
        Long number = TaskController.parse(id);
        Consent consent = number == null ? null : entityManager.createQuery(FETCH + " and c.id = :id", Consent.class)
                .setParameter("part2", ConsentPurpose.SUBSTANCE_USE_DISCLOSURE).setParameter("id", number)
                .getResultList().stream().findFirst().orElse(null);
        List<CareCase> visible = consent == null ? List.of() : cases.ofClient(consent.getClient().getId());
        if (visible.isEmpty() || !Part2Rule.served(consent)) {
            throw new UnknownResourceException("Consent", id);
        }
        auditLog.record(AuditAction.VIEW_RECORD, visible.get(0).getCaseNumber(), "FHIR Consent/" + id,
                AuditEvent.SUCCESS);
        return consents.of(consent);
    }

    @GetMapping
    @Transactional(readOnly = true)
    Bundle search(@RequestParam(name = "patient", required = false) String patient,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "_count", required = false) String count,
            @RequestParam(name = "_offset", required = false) String offset) {
        SearchPage page = SearchPage.of(count, offset).used("patient", patient).used("status", status);
        Long clientId = patient == null ? null : FhirIds.clientId(patient);
        if (patient != null && clientId == null) {
            throw new InvalidSearchException("patient", patient);
        }
        Set<ConsentState> statuses = SearchCodes.of("status", status, ConsentState::fromCode);
        LastUpdated updated = LastUpdated.ofRequest();
        updated.applyTo(page);
        List<Consent> found = find(clientId, statuses, updated, page);
        Set<String> caseNumbers = new LinkedHashSet<>();
        found.stream().limit(page.count).map(c -> c.getClient().getId()).distinct()
                .forEach(client -> cases.ofClient(client).stream().findFirst()
                        .ifPresent(c -> caseNumbers.add(c.getCaseNumber())));
        auditLog.recordListView("FHIR Consent search", List.copyOf(caseNumbers));
        return page.bundle("Consent", found, consents::of);
    }

    private List<Consent> find(Long clientId, Set<ConsentState> statuses, LastUpdated updated, SearchPage page) {
        List<String> teams = currentUser.teams();
        boolean active = statuses == null || statuses.contains(ConsentState.ACTIVE);
        boolean inactive = statuses == null || statuses.contains(ConsentState.INACTIVE);
        if (teams.isEmpty() || (!active && !inactive)) {
            return List.of();
        }
        String state = active && inactive ? "" : active ? " and " + IN_FORCE : " and not " + IN_FORCE;
        var query = entityManager.createQuery(FETCH
                        + " and c.client.id in (select k.client.id from CareCase k where k.team in :teams)"
                        + (clientId == null ? "" : " and c.client.id = :client") + state
                        + updated.jpql("coalesce(c.revokedAt, c.recordedAt)") + " order by c.id", Consent.class)
                .setParameter("part2", ConsentPurpose.SUBSTANCE_USE_DISCLOSURE).setParameter("teams", teams)
                .setFirstResult(page.offset).setMaxResults(page.count + 1);
        if (clientId != null) {
            query.setParameter("client", clientId);
        }
        if (!state.isEmpty()) {
            query.setParameter("today", LocalDate.now());
        }
        updated.bind(query);
        return query.getResultList();
    }
}
