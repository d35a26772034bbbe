package org.casecoordination.fhir;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casecoordination.assessment.AssessmentResult;
import org.casecoordination.casefile.CareCase;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;

/**
 * The resource types a bulk export can hold, each as "all of this type for one case" built by the read API's own
 * builders, so an export says exactly what a read would. A new type is one line in {@link #ExportSources}. The
 * same sources serve a client's whole record to a reader ({@code Patient/{id}/$everything}, {@link #forReader}).
 *
 * <p>What never goes into a file is what the read API withholds from staff: the substance-use screens
 * ({@link InstrumentResources#isServed}) and what {@link Part2Rule} names (a referral to a substance-use program or
 * one sent with Part 2 information under a consent naming the provider it went to, never whoever gets a file).
 */
@Component
class ExportSources {

    private final EntityManager entityManager;
    private final CaseReferrals caseReferrals;
    private final Map<String, ExportSource> byType = new LinkedHashMap<>();

    ExportSources(EntityManager entityManager, PatientResources patients, EpisodeOfCareResources episodes,
            ReferralResources referrals, InstrumentResources instruments, RelatedPersonController relatedPersons,
            CareTeamResources careTeams, CarePlanResources carePlans, GoalResources goals,
            ConditionResources conditions, ConsentResources consents, CaseReferrals caseReferrals) {
        this.entityManager = entityManager;
        this.caseReferrals = caseReferrals;
        add(new ExportSource("Patient", ExportSource.Since.ALWAYS, c -> List.of(patients.of(c.getClient()))));
        add(ExportSource.of("EpisodeOfCare", c -> List.of(episodes.of(c))));
        add(ExportSource.of("RelatedPerson", c -> relatedPersons.relatedPersonsOf(c.getClient().getId()).stream()
                .map(contact -> stamped(relatedPersons.of(contact),
                        Optional.ofNullable(contact.getRemovedAt()).or(() -> Optional.ofNullable(contact.getChangedAt()))
                                .orElse(contact.getCreatedAt()))).toList()));
        add(ExportSource.of("ServiceRequest", c -> caseReferrals.named(c).stream().map(r -> stamped(
                referrals.serviceRequest(r), r.getStatusChangedAt() != null ? r.getStatusChangedAt()
                        : r.getCreatedAt())).toList()));
        add(ExportSource.of("Task", c -> caseReferrals.named(c).stream().map(referrals::task).toList()));
        add(ExportSource.of("QuestionnaireResponse", c -> results(c).stream()
                .map(r -> stamped(instruments.questionnaireResponse(r), r.getAdministeredAt())).toList()));
        add(ExportSource.of("Observation", c -> results(c).stream()
                .flatMap(r -> observations(instruments, r).stream()).toList()));
        // nothing records when a case's team changed: a care team is in every export, like the episode
        add(new ExportSource("CareTeam", ExportSource.Since.ALWAYS, careTeams::forCase));
        add(ExportSource.of("CarePlan", carePlans::forCase));
        add(ExportSource.of("Goal", goals::forCase));
        add(ExportSource.of("Condition", conditions::forCase));
        add(ExportSource.of("Consent", consents::forCase));
    }

    private void add(ExportSource source) {
        byType.put(source.type(), source);
    }

    /** Every type, in the order files are listed. */
    List<String> types() {
        return List.copyOf(byType.keySet());
    }

    Optional<ExportSource> of(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    /**
     * A type as a staff reader of one client sees it ({@code Patient/{id}/$everything}): the same as in a file, since
     * both withhold exactly what {@link Part2Rule} names.
     */
    Optional<ExportSource> forReader(String type) {
        return of(type);
    }

    private List<AssessmentResult> results(CareCase careCase) {
        return entityManager.createQuery("select r from AssessmentResult r where r.careCase = :case order by r.id",
                        AssessmentResult.class).setParameter("case", careCase).getResultList().stream().filter(r -> InstrumentResources.isServed(r.getInstrument())).toList();
    }

    /** The result and its member Observations, one per item: the file must hold what {@code hasMember} names. */
    private static List<Observation> observations(InstrumentResources instruments, AssessmentResult result) {
        List<Observation> all = new ArrayList<>();
        all.add(stamped(instruments.observation(result), result.getAdministeredAt()));
        for (int n = 1; ; n++) {
            Observation item = instruments.item(result, n);
            if (item == null) {
                return all;
            }
            all.add(stamped(item, result.getAdministeredAt()));
        }
    }

    /** The time the record last changed it, where the read API's builder leaves it out; never changed after. */
    private static <R extends Resource> R stamped(R resource, Instant changed) {
        if (changed != null && resource.getMeta().getLastUpdated() == null) {
            resource.getMeta().setLastUpdated(Date.from(changed));
        }
        return resource;
    }
}
