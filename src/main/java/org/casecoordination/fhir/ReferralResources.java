package org.casecoordination.fhir;

import java.util.Date;
import java.util.Locale;
import org.casecoordination.arrangement.ProviderReferral;
import org.casecoordination.arrangement.ProviderReferralStatus;
import org.casecoordination.system.Words;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.springframework.stereotype.Component;

/**
 * A provider referral as the SDOH Clinical Care referral pair: the ServiceRequest (what is asked of whom) and the
 * Task that tracks it at the provider (its status is the referral's status, which already follows FHIR's Task
 * states). Only what the provider needs: the service, the client's name, the agreed start and schedule, the
 * consent's scope and, when substance-use information went with the referral under the client's consent, the
 * redisclosure notice that must go with it. No diagnosis, no primary concern.
 */
@Component
class ReferralResources {

    static final String SERVICE_TYPE_SYSTEM = FhirIds.BASE + "/CodeSystem/service-type";

    private final Words words;

    ReferralResources(Words words) {
        this.words = words;
    }

    ServiceRequest serviceRequest(ProviderReferral referral) {
        ServiceRequest request = new ServiceRequest();
        request.setId(String.valueOf(referral.getId()));
        if (referral.getStatusChangedAt() != null) {
            request.getMeta().setLastUpdated(Date.from(referral.getStatusChangedAt()));
        }
        request.setStatus(switch (referral.getStatus()) {
            case DRAFT -> ServiceRequest.ServiceRequestStatus.DRAFT;
            case REQUESTED, ACCEPTED, IN_PROGRESS -> ServiceRequest.ServiceRequestStatus.ACTIVE;
            case COMPLETED -> ServiceRequest.ServiceRequestStatus.COMPLETED;
            case REJECTED, CANCELLED -> ServiceRequest.ServiceRequestStatus.REVOKED;
        });
        request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        request.getCode().addCoding().setSystem(SERVICE_TYPE_SYSTEM)
                .setCode(referral.getServiceType().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .setDisplay(english(referral.getServiceType()));
        request.setSubject(patient(referral));
        if (referral.getCreatedAt() != null) {
            request.setAuthoredOnElement(new DateTimeType(Date.from(referral.getCreatedAt())));
        }
        request.addPerformer(provider(referral));
        if (referral.getStartDate() != null) {
            request.setOccurrence(new DateTimeType(referral.getStartDate().toString()));
        }
        if (referral.getSchedule() != null && !referral.getSchedule().isBlank()) {
            request.addNote().setText("Schedule: " + referral.getSchedule());
        }
        if (referral.getPickupAddress() != null) {
            request.addNote().setText("Pick-up: " + referral.getPickupAddress() + ", " + referral.getPickupTime()
                    + (referral.getReturnTime() == null ? "" : "; return: " + referral.getReturnTime()));
        }
        if (referral.getConsentScope() != null) {
            request.addNote().setText("Consent: " + referral.getConsentScope());
        }
        if (referral.getRedisclosureNotice() != null) {
            request.addNote().setText(referral.getRedisclosureNotice());
        }
        return request;
    }

    Task task(ProviderReferral referral) {
        Task task = new Task();
        task.setId(String.valueOf(referral.getId()));
        task.getMeta().setVersionId(String.valueOf(referral.getVersion()));
        if (referral.getStatusChangedAt() != null) {
            task.getMeta().setLastUpdated(Date.from(referral.getStatusChangedAt()));
            task.setLastModified(Date.from(referral.getStatusChangedAt()));
        }
        task.setStatus(status(referral.getStatus()));
        task.setIntent(Task.TaskIntent.ORDER);
        task.getCode().addCoding().setSystem("http://hl7.org/fhir/CodeSystem/task-code").setCode("fulfill")
                .setDisplay("Fulfill the focal request");
        task.setFocus(new Reference("ServiceRequest/" + referral.getId()));
        task.setFor(patient(referral));
        task.setOwner(provider(referral));
        if (referral.getCreatedAt() != null) {
            task.setAuthoredOn(Date.from(referral.getCreatedAt()));
        }
        if (referral.getStatusReason() != null) {
            task.getStatusReason().setText(referral.getStatusReason());
        }
        if (referral.getStartDate() != null) {
            task.getExecutionPeriod().setStartElement(new DateTimeType(referral.getStartDate().toString()));
        }
        return task;
    }

    static Task.TaskStatus status(ProviderReferralStatus status) {
        return Task.TaskStatus.fromCode(status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private static Reference patient(ProviderReferral referral) {
        return new Reference("Patient/" + referral.getCareCase().getClient().getId())
                .setDisplay(referral.getCareCase().getClient().fullName());
    }

    private static Reference provider(ProviderReferral referral) {
        return new Reference("Organization/" + referral.getProvider().getId())
                .setDisplay(referral.getProvider().getName());
    }

    private String english(Enum<?> code) {
        return words.text(Locale.ENGLISH, Words.labelKey(code));
    }
}
