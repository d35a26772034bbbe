package org.casecoordination.fhir;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.casecoordination.assessment.AssessmentResult;
import org.casecoordination.casefile.CaseAccess;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.security.audit.AuditEvent;
import org.casecoordination.security.audit.AuditLog;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Instrument results as Observation and QuestionnaireResponse, for staff who may see the case; substance-use
 * screens never ({@link InstrumentResources}). A search lists the result Observations; their items are read through
 * {@code hasMember}. Reads audited first.
 */
@RestController
class InstrumentController {

    private static final String FETCH = "select r from AssessmentResult r join fetch r.careCase c"
            + " join fetch c.client";

    private final EntityManager entityManager;
    private final CaseAccess access;
    private final CurrentUser currentUser;
    private final InstrumentResources resources;
    private final AuditLog auditLog;

    InstrumentController(EntityManager entityManager, CaseAccess access, CurrentUser currentUser,
            InstrumentResources resources, AuditLog auditLog) {
        this.entityManager = entityManager;
        this.access = access;
        this.currentUser = currentUser;
        this.resources = resources;
        this.auditLog = auditLog;
    }

    @GetMapping("/fhir/Observation/{id}")
    @Transactional(readOnly = true)
    Observation observation(@PathVariable String id) {
        int dash = id.indexOf('-');
        AssessmentResult result = visible("Observation", id, dash < 0 ? id : id.substring(0, dash));
        if (dash < 0) {
            return resources.observation(result);
        }
        Long number = TaskController.parse(id.substring(dash + 1));
        Observation item = number == null ? null : resources.item(result, number.intValue());
        if (item == null) {
            throw new UnknownResourceException("Observation", id);
        }
        return item;
    }

    @GetMapping("/fhir/QuestionnaireResponse/{id}")
    @Transactional(readOnly = true)
    QuestionnaireResponse questionnaireResponse(@PathVariable String id) {
        return resources.questionnaireResponse(visible("QuestionnaireResponse", id, id));
    }

    @GetMapping("/fhir/Observation")
    @Transactional(readOnly = true)
    Bundle observations(@RequestParam(name = "patient", required = false) String patient,
            @RequestParam(name = "_count", required = false) String count,
            @RequestParam(name = "_offset", required = false) String offset) {
        SearchPage page = SearchPage.of(count, offset).used("patient", patient);
        return page.bundle("Observation", search("Observation", patient, page), resources::observation);
    }

    @GetMapping("/fhir/QuestionnaireResponse")
    @Transactional(readOnly = true)
    Bundle questionnaireResponses(@RequestParam(name = "patient", required = false) String patient,
            @RequestParam(name = "_count", required = false) String count,
            @RequestParam(name = "_offset", required = false) String offset) {
        SearchPage page = SearchPage.of(count, offset).used("patient", patient);
        return page.bundle("QuestionnaireResponse", search("QuestionnaireResponse", patient, page),
                resources::questionnaireResponse);
    }

    private AssessmentResult visible(String type, String id, String resultId) {
        Long number = TaskController.parse(resultId);
        AssessmentResult result = number == null ? null : entityManager.createQuery(FETCH + " where r.id = :id",
                AssessmentResult.class).setParameter("id", number).getResultList().stream()
                .filter(r -> InstrumentResources.isServed(r.getInstrument()) && access.canSee(r.getCareCase()))
                .findFirst().orElse(null);
        if (result == null) {
            throw new UnknownResourceException(type, id);
        }
        auditLog.record(AuditAction.VIEW_RECORD, result.getCareCase().getCaseNumber(), "FHIR " + type + "/" + id,
                AuditEvent.SUCCESS);
        return result;
    }

    private List<AssessmentResult> search(String type, String patient, SearchPage page) {
        LastUpdated updated = LastUpdated.ofRequest();
        updated.applyTo(page);
        Long clientId = patient == null ? null : FhirIds.clientId(patient);
        if (patient != null && clientId == null) {
            throw new InvalidSearchException("patient", patient);
        }
        List<String> teams = currentUser.teams();
        if (teams.isEmpty()) {
            return List.of();
        }
        var query = entityManager.createQuery(FETCH + " where c.team in :teams and r.instrument not in :part2"
                        + (clientId == null ? "" : " and c.client.id = :client")
                        + updated.jpql("r.administeredAt") + " order by r.id",
                        AssessmentResult.class)
                .setParameter("teams", teams).setParameter("part2", List.copyOf(InstrumentResources.PART_2))
                .setFirstResult(page.offset).setMaxResults(page.count + 1);
        if (clientId != null) {
            query.setParameter("client", clientId);
        }
        updated.bind(query);
        List<AssessmentResult> found = query.getResultList();
        auditLog.recordListView("FHIR " + type + " search",
                found.stream().limit(page.count).map(r -> r.getCareCase().getCaseNumber()).toList());
        return found;
    }
}
