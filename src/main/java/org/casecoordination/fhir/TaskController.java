package org.casecoordination.fhir;

import java.util.ArrayList;
import java.util.List;
import org.casecoordination.arrangement.ProviderReferral;
import org.casecoordination.arrangement.ProviderReferralStatus;
import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.security.audit.AuditEvent;
import org.casecoordination.security.audit.AuditLog;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Provider referrals as Task and ServiceRequest: read and searched by staff who may see the case and by the
 * provider's system they were sent to; the provider changes its Task's status with a version-aware PUT
 * ({@link TaskUpdates}). Reads audited first.
 */
@RestController
class TaskController {

    static final String INCLUDE_FOCUS = "Task:focus";

    private final VisibleReferrals referrals;
    private final ReferralResources resources;
    private final TaskUpdates updates;
    private final AuditLog auditLog;

    TaskController(VisibleReferrals referrals, ReferralResources resources, TaskUpdates updates, AuditLog auditLog) {
        this.referrals = referrals;
        this.resources = resources;
        this.updates = updates;
        this.auditLog = auditLog;
    }

    @GetMapping("/fhir/Task/{id}")
    @Transactional(readOnly = true)
    ResponseEntity<Task> task(@PathVariable String id) {
        ProviderReferral referral = visible("Task", id);
        Task task = resources.task(referral);
        return ResponseEntity.ok().eTag("W/\"" + task.getMeta().getVersionId() + "\"").body(task);
    }

    @GetMapping("/fhir/ServiceRequest/{id}")
    @Transactional(readOnly = true)
    ServiceRequest serviceRequest(@PathVariable String id) {
        return resources.serviceRequest(visible("ServiceRequest", id));
    }

    @GetMapping("/fhir/Task")
    @Transactional(readOnly = true)
    Bundle tasks(@RequestParam(name = "patient", required = false) String patient,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "_count", required = false) String count,
            @RequestParam(name = "_offset", required = false) String offset) {
        SearchPage page = SearchPage.of(count, offset).used("patient", patient).used("status", status);
        boolean focus = Includes.asked(INCLUDE_FOCUS, page);
        List<ProviderReferral> found = search("Task", patient, statuses(status), page);
        Bundle bundle = page.bundle("Task", found, resources::task);
        if (focus) {
            // the same referrals: whoever may see a Task may see the ServiceRequest it tracks
            SearchPage.include(bundle, found.stream().limit(page.count).map(resources::serviceRequest).toList());
        }
        return bundle;
    }

    @GetMapping("/fhir/ServiceRequest")
    @Transactional(readOnly = true)
    Bundle serviceRequests(@RequestParam(name = "patient", required = false) String patient,
            @RequestParam(name = "_count", required = false) String count,
            @RequestParam(name = "_offset", required = false) String offset) {
        SearchPage page = SearchPage.of(count, offset).used("patient", patient);
        return page.bundle("ServiceRequest", search("ServiceRequest", patient, null, page),
                resources::serviceRequest);
    }

    @PutMapping("/fhir/Task/{id}")
    ResponseEntity<Task> update(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody Task changed) {
        long referralId = updates.update(id, ifMatch, changed);
        return task(String.valueOf(referralId));
    }

    private ProviderReferral visible(String type, String id) {
        ProviderReferral referral = parse(id) == null ? null : referrals.byId(parse(id)).orElse(null);
        if (referral == null) {
            throw new UnknownResourceException(type, id);
        }
        auditLog.record(AuditAction.VIEW_RECORD, referral.getCareCase().getCaseNumber(),
                "FHIR " + type + "/" + referral.getId(), AuditEvent.SUCCESS);
        return referral;
    }

    private List<ProviderReferral> search(String type, String patient, List<ProviderReferralStatus> statuses,
            SearchPage page) {
        LastUpdated updated = LastUpdated.ofRequest();
        updated.applyTo(page);
        Long clientId = patient == null ? null : FhirIds.clientId(patient);
        if (patient != null && clientId == null) {
            throw new InvalidSearchException("patient", patient);
        }
        List<ProviderReferral> found = referrals.search(clientId, statuses, updated, page.offset, page.count);
        auditLog.recordListView("FHIR " + type + " search",
                found.stream().limit(page.count).map(r -> r.getCareCase().getCaseNumber()).toList());
        return found;
    }

    private static List<ProviderReferralStatus> statuses(String status) {
        if (status == null) {
            return null;
        }
        List<ProviderReferralStatus> statuses = new ArrayList<>();
        for (String code : status.split(",")) {
            ProviderReferralStatus found = null;
            for (ProviderReferralStatus candidate : ProviderReferralStatus.values()) {
                if (ReferralResources.status(candidate).toCode().equals(code.strip())) {
                    found = candidate;
                }
            }
            if (found == null && !isTaskStatus(code.strip())) {
                throw new InvalidSearchException("status", status);
            }
            if (found != null) {
                statuses.add(found);
            }
        }
        return statuses;
    }

    private static boolean isTaskStatus(String code) {
        try {
            Task.TaskStatus.fromCode(code);
            return true;
        } catch (org.hl7.fhir.exceptions.FHIRException e) {
            return false;
        }
    }

    static Long parse(String id) {
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }

}
