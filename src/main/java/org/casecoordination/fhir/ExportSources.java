package org.casecoordination.fhir;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.casecoordination.arrangement.ProviderReferral;
import org.casecoordination.arrangement.ServiceType;
import org.casecoordination.assessment.AssessmentResult;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.contacts.ClientContact;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;

/**
 * The resource types a bulk export can hold, each as "all of this type for one case" built by the read API's own
 * builders, so an export says exactly what a read would. A new type is one line in {@link #sources}. The same
 * builders serve a client's whole record to a reader ({@link #forReader}).
 *
 * <p>What never goes into a file: the substance-use screens (the read API's {@link InstrumentResources#isServed}
 * rule) and a referral to a substance-use program or one sent with Part 2 information under the client's consent:
 * that consent names the provider it went to, never whoever receives a bulk file.
 */
@Component
class ExportSources {

    private final EntityManager entityManager;
    private final Map<String, ExportSource> byType;
    private final Map<String, ExportSource> forReader;

    ExportSources(EntityManager entityManager, PatientResources patients, EpisodeOfCareResources episodes,
            ReferralResources referrals, InstrumentResources instruments, RelatedPersonController relatedPersons,
            CareTeamResources careTeams, CarePlanResources carePlans, GoalResources goals,
            ConditionResources conditions, ConsentResources consents) {
        this.entityManager = entityManager;
        Builders builders = new Builders(patients, episodes, referrals, instruments, relatedPersons, careTeams,
                carePlans, goals, conditions, consents);
        this.byType = sources(builders, this::exportedReferrals);
        this.forReader = sources(builders, this::readReferrals);
    }

    /** The read API's builders, each type's from one place. */
    private record Builders(PatientResources patients, EpisodeOfCareResources episodes, ReferralResources referrals,
            InstrumentResources instruments, RelatedPersonController relatedPersons, CareTeamResources careTeams,
            CarePlanResources carePlans, GoalResources goals, ConditionResources conditions,
            ConsentResources consents) {
    }

    /**
     * Every type, built the same way for an export and for a reader: only which referrals a case shows as Task and
     * ServiceRequest differs ({@link #exportedReferrals}, {@link #readReferrals}).
     */
    private Map<String, ExportSource> sources(Builders b, Function<CareCase, List<ProviderReferral>> referralsOf) {
        Map<String, ExportSource> sources = new LinkedHashMap<>();
        List.of(new ExportSource("Patient", ExportSource.Since.ALWAYS, c -> List.of(b.patients().of(c.getClient()))),
                ExportSource.of("EpisodeOfCare", c -> List.of(b.episodes().of(c))),
                ExportSource.of("RelatedPerson", c -> contacts(c).stream().map(contact ->
                        stamped(b.relatedPersons().of(contact), Optional.ofNullable(contact.getRemovedAt())
                                .or(() -> Optional.ofNullable(contact.getChangedAt()))
                                .orElse(contact.getCreatedAt()))).toList()),
                ExportSource.of("ServiceRequest", c -> referralsOf.apply(c).stream().map(r -> stamped(
                        b.referrals().serviceRequest(r), r.getStatusChangedAt() != null ? r.getStatusChangedAt()
                                : r.getCreatedAt())).toList()),
                ExportSource.of("Task", c -> referralsOf.apply(c).stream().map(b.referrals()::task).toList()),
                ExportSource.of("QuestionnaireResponse", c -> results(c).stream()
                        .map(r -> stamped(b.instruments().questionnaireResponse(r), r.getAdministeredAt())).toList()),
                ExportSource.of("Observation", c -> results(c).stream()
                        .flatMap(r -> observations(b.instruments(), r).stream()).toList()),
                // nothing records when a case's team changed: a care team is in every export, like the episode
                new ExportSource("CareTeam", ExportSource.Since.ALWAYS, b.careTeams()::forCase),
                ExportSource.of("CarePlan", b.carePlans()::forCase),
                ExportSource.of("Goal", b.goals()::forCase),
                ExportSource.of("Condition", b.conditions()::forCase),
                ExportSource.of("Consent", b.consents()::forCase))
                .forEach(source -> sources.put(source.type(), source));
        return Collections.unmodifiableMap(sources);
    }

    /** Every type, in the order files are listed. */
    List<String> types() {
        return List.copyOf(byType.keySet());
    }

    /** A type of a bulk export. */
    Optional<ExportSource> of(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    /**
     * A type as a staff reader of one client may see it ({@code Patient/{id}/$everything}): what the reads serve,
     * which is more than a bulk file holds (a referral sent with Part 2 information under the client's consent is
     * served to the case's staff with its redisclosure notice, as {@code GET /fhir/ServiceRequest/{id}} does).
     */
    Optional<ExportSource> forReader(String type) {
        return Optional.ofNullable(forReader.get(type));
    }

    private List<ClientContact> contacts(CareCase careCase) {
        return entityManager.createQuery("select c from ClientContact c where c.clientId = :client order by c.id",
                ClientContact.class).setParameter("client", careCase.getClient().getId()).getResultList();
    }

    /** A bulk file's: never one whose Part 2 information went to its provider under the client's consent. */
    private List<ProviderReferral> exportedReferrals(CareCase careCase) {
        return entityManager.createQuery("select r from ProviderReferral r join fetch r.provider"
                        + " where r.careCase = :case and r.serviceType <> :program and r.redisclosureNotice is null"
                        + " order by r.id", ProviderReferral.class)
                .setParameter("case", careCase).setParameter("program", ServiceType.SUBSTANCE_USE_PROGRAM)
                .getResultList();
    }

    /** A staff reader's, as {@link VisibleReferrals} and {@link Part2Rule#named}: never a substance-use program's. */
    private List<ProviderReferral> readReferrals(CareCase careCase) {
        return entityManager.createQuery("select r from ProviderReferral r join fetch r.provider"
                        + " where r.careCase = :case and r.serviceType <> :program order by r.id",
                        ProviderReferral.class)
                .setParameter("case", careCase).setParameter("program", ServiceType.SUBSTANCE_USE_PROGRAM)
                .getResultList();
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
