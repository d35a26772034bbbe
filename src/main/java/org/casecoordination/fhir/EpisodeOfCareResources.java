package org.casecoordination.fhir;

import java.util.Date;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.processes.CaseStage;
import org.casecoordination.security.People;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.EpisodeOfCare.EpisodeOfCareStatus;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

/**
 * A case as a FHIR EpisodeOfCare: its status, period, client, care manager and team. At intake the case is
 * "planned" (eligibility not yet decided), in work "active", when closed "finished".
 */
@Component
class EpisodeOfCareResources {

    private final People people;

    EpisodeOfCareResources(People people) {
        this.people = people;
    }

    EpisodeOfCare of(CareCase careCase) {
        EpisodeOfCare episode = new EpisodeOfCare();
        episode.setId(careCase.getCaseNumber());
        episode.addIdentifier().setSystem(FhirIds.CASE_NUMBER_SYSTEM).setValue(careCase.getCaseNumber());
        episode.setStatus(status(careCase.getStage()));
        episode.addType().addCoding().setSystem(FhirIds.CASE_STAGE_SYSTEM)
                .setCode(careCase.getStage().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                .setDisplay(stageName(careCase.getStage()));
        episode.setPatient(new Reference("Patient/" + careCase.getClient().getId())
                .setDisplay(careCase.getClient().fullName()));
        Period period = new Period();
        if (careCase.getOpenedAt() != null) {
            period.setStart(Date.from(careCase.getOpenedAt()));
        }
        if (careCase.getClosedAt() != null) {
            period.setEnd(Date.from(careCase.getClosedAt()));
        }
        episode.setPeriod(period);
        if (careCase.getOwner() != null) {
            episode.setCareManager(new Reference().setDisplay(people.fullName(careCase.getOwner())));
        }
        episode.setManagingOrganization(new Reference().setDisplay(people.teamName(careCase.getTeam())));
        return episode;
    }

    static EpisodeOfCareStatus status(CaseStage stage) {
        return switch (stage) {
            case INTAKE -> EpisodeOfCareStatus.PLANNED;
            case CLOSED -> EpisodeOfCareStatus.FINISHED;
            default -> EpisodeOfCareStatus.ACTIVE;
        };
    }

    /** The stages a FHIR status stands for, for a search by status. */
    static java.util.List<CaseStage> stagesOf(EpisodeOfCareStatus status) {
        return java.util.Arrays.stream(CaseStage.values()).filter(stage -> status(stage) == status).toList();
    }

    /** The stage in the code system's English display (FHIR displays are the code system's, not the reader's). */
    private static String stageName(CaseStage stage) {
        return switch (stage) {
            case INTAKE -> "Intake";
            case ASSESSMENT -> "Assessment";
            case SERVICE_ARRANGEMENT -> "Service arrangement";
            case FOLLOW_UP -> "Follow-up";
            case CLOSURE -> "Closure";
            case CLOSED -> "Closed";
        };
    }
}
