package org.casecoordination.fhir;

import java.util.List;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.processes.CaseStage;
import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.security.audit.AuditEvent;
import org.casecoordination.security.audit.AuditLog;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.EpisodeOfCare.EpisodeOfCareStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cases as EpisodeOfCare, by case number; searched by patient and status. Reads and searches audited first. */
@RestController
@RequestMapping("/fhir/EpisodeOfCare")
class EpisodeOfCareController {

    static final String INCLUDE_PATIENT = "EpisodeOfCare:patient";

    private final VisibleCases cases;
    private final EpisodeOfCareResources episodes;
    private final PatientResources patients;
    private final AuditLog auditLog;

    EpisodeOfCareController(VisibleCases cases, EpisodeOfCareResources episodes, PatientResources patients,
            AuditLog auditLog) {
        this.cases = cases;
        this.episodes = episodes;
        this.patients = patients;
        this.auditLog = auditLog;
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    EpisodeOfCare read(@PathVariable String id) {
        CareCase careCase = cases.byNumber(id).orElseThrow(() -> new UnknownResourceException("EpisodeOfCare", id));
        auditLog.record(AuditAction.VIEW_RECORD, careCase.getCaseNumber(), "FHIR EpisodeOfCare/" + id,
                AuditEvent.SUCCESS);
        return episodes.of(careCase);
    }

    @GetMapping
    @Transactional(readOnly = true)
    Bundle search(@RequestParam(name = "patient", required = false) String patient,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "_count", required = false) String count,
            @RequestParam(name = "_offset", required = false) String offset) {
        SearchPage page = SearchPage.of(count, offset).used("patient", patient).used("status", status);
        boolean patients = Includes.asked(INCLUDE_PATIENT, page);
        Long clientId = patient == null ? null : FhirIds.clientId(patient);
        if (patient != null && clientId == null) {
            throw new InvalidSearchException("patient", patient);
        }
        List<CareCase> found = cases.search(clientId, stages(status), page.offset, page.count);
        auditLog.recordListView("FHIR EpisodeOfCare search",
                found.stream().limit(page.count).map(CareCase::getCaseNumber).toList());
        Bundle bundle = page.bundle("EpisodeOfCare", found, episodes::of);
        if (patients) {
            // the clients of the cases found, which the reader may see with them
            SearchPage.include(bundle, found.stream().limit(page.count).map(CareCase::getClient).distinct()
                    .map(this.patients::of).toList());
        }
        return bundle;
    }

    /** "active", or several "planned,active": the stages they stand for; null for no status given. */
    private static List<CaseStage> stages(String status) {
        if (status == null) {
            return null;
        }
        List<CaseStage> stages = new java.util.ArrayList<>();
        for (String code : status.split(",")) {
            try {
                stages.addAll(EpisodeOfCareResources.stagesOf(EpisodeOfCareStatus.fromCode(code.strip())));
            } catch (org.hl7.fhir.exceptions.FHIRException e) {
                throw new InvalidSearchException("status", status);
            }
        }
        return stages;
    }
}
