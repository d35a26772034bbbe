package org.casecoordination.fhir;

import java.util.List;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.security.audit.AuditEvent;
import org.casecoordination.security.audit.AuditLog;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Clients as Patients, for those who may see one of their cases; each read and search audited first. */
@RestController
@RequestMapping("/fhir/Patient")
class PatientController {

    private final VisibleCases cases;
    private final PatientResources patients;
    private final AuditLog auditLog;
    private final PatientEverything everything;

    PatientController(VisibleCases cases, PatientResources patients, AuditLog auditLog,
            PatientEverything everything) {
        this.cases = cases;
        this.patients = patients;
        this.auditLog = auditLog;
        this.everything = everything;
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    Patient read(@PathVariable String id) {
        Long clientId = FhirIds.clientId(id);
        List<CareCase> visible = clientId == null ? List.of() : cases.ofClient(clientId);
        if (visible.isEmpty()) {
            throw new UnknownResourceException("Patient", id);
        }
        CareCase newest = visible.get(0);
        auditLog.record(AuditAction.VIEW_RECORD, newest.getCaseNumber(), "FHIR Patient/" + clientId,
                AuditEvent.SUCCESS);
        return patients.of(newest.getClient());
    }

    @GetMapping
    @Transactional(readOnly = true)
    Bundle search(@RequestParam(name = "_id", required = false) String id,
            @RequestParam(name = "_count", required = false) String count,
            @RequestParam(name = "_offset", required = false) String offset) {
        SearchPage page = SearchPage.of(count, offset).used("_id", id);
        Long clientId = id == null ? null : FhirIds.clientId(id);
        List<CareCase> found = id != null && clientId == null ? List.of()
                : cases.clients(clientId, page.offset, page.count);
        auditLog.recordListView("FHIR Patient search",
                found.stream().limit(page.count).map(CareCase::getCaseNumber).toList());
        return page.bundle("Patient", found, careCase -> patients.of(careCase.getClient()));
    }

    /**
     * The client's whole record the caller may see, as FHIR's Patient {@code $everything}: {@code _type} (one or
     * more, comma lists), {@code _since} (an instant with its zone), {@code _count} and {@code _offset}.
     */
    @GetMapping("/{id}/" + PatientEverything.OPERATION)
    @Transactional(readOnly = true)
    Bundle everything(@PathVariable String id,
            @RequestParam(name = "_type", required = false) List<String> type,
            @RequestParam(name = "_since", required = false) String since,
            @RequestParam(name = "_count", required = false) String count,
            @RequestParam(name = "_offset", required = false) String offset) {
        return everything.of(id, everything.asked(type, since, count, offset));
    }
}
