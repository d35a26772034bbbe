package org.casecoordination.fhir;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casecoordination.assessment.AssessmentResult;
import org.casecoordination.assessment.Instrument;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.client.Client;
import org.casecoordination.system.Words;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

/**
 * A case's concerns as Conditions: the client's primary concern ({@code <case>-concern}) and each positive domain
 * of the case's latest AHC social-needs screen as an SDOH health concern ({@code <case>-sdoh-<domain>}), categorised
 * as the SDOH Clinical Care guide does (US Core health-concern and sdoh, and the SDOHCC domain category where one
 * fits), with the screen's Observation as evidence. The codes are ours (documented in docs/fhir.md): a positive
 * screen is not a diagnosis, so no ICD-10 or SNOMED code is claimed. A substance-use primary concern never leaves
 * ({@link Part2Rule}).
 */
@Component
class ConditionResources {

    static final String PRIMARY_CONCERN_SYSTEM = FhirIds.BASE + "/CodeSystem/primary-concern";
    static final String CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";
    static final String US_CORE_CONDITION_CATEGORY = "http://hl7.org/fhir/us/core/CodeSystem/condition-category";
    static final String US_CORE_CATEGORY = "http://hl7.org/fhir/us/core/CodeSystem/us-core-category";
    static final String SDOHCC_CATEGORY =
            "http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes";
    static final String CLINICAL_STATUS = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    static final String CONCERN_ID = "-concern";
    static final String SDOH_ID = "-sdoh-";

    /** The SDOHCC domain category of each AHC domain; interpersonal safety has none of its own there. */
    private static final Map<String, String[]> SDOHCC_DOMAINS = Map.of(
            "HOUSING_INSTABILITY", new String[] {"housing-instability", "Housing Instability"},
            "HOUSING_QUALITY", new String[] {"inadequate-housing", "Inadequate Housing"},
            "FOOD", new String[] {"food-insecurity", "Food Insecurity"},
            "TRANSPORTATION", new String[] {"transportation-insecurity", "Transportation Insecurity"},
            "UTILITIES", new String[] {"utility-insecurity", "Utility Insecurity"});

    private final EntityManager entityManager;
    private final Words words;

    ConditionResources(EntityManager entityManager, Words words) {
        this.entityManager = entityManager;
        this.words = words;
    }

    /** All the case's Conditions a FHIR reader may see, for a read, a search and the bulk export. */
    List<Condition> forCase(CareCase careCase) {
        List<Condition> conditions = new ArrayList<>();
        Client client = careCase.getClient();
        if (client.getPrimaryConcern() != null && Part2Rule.served(client.getPrimaryConcern())) {
            conditions.add(primaryConcern(careCase));
        }
        latestSocialNeedsScreen(careCase).ifPresent(screen -> screen.getPositiveDomains()
                .forEach(domain -> conditions.add(socialNeed(careCase, screen, domain))));
        return conditions;
    }

    private Condition primaryConcern(CareCase careCase) {
        Client client = careCase.getClient();
        Condition condition = common(careCase, careCase.getCaseNumber() + CONCERN_ID,
                CaseTimes.latest(client.getCreatedAt(), careCase.getOpenedAt()));
        condition.addCategory(new CodeableConcept(new Coding(US_CORE_CONDITION_CATEGORY, "health-concern",
                "Health Concern")));
        String label = english(Words.labelKey(client.getPrimaryConcern()));
        condition.getCode().addCoding(new Coding(PRIMARY_CONCERN_SYSTEM, kebab(client.getPrimaryConcern().name()),
                label)).setText(label);
        return condition;
    }

    private Condition socialNeed(CareCase careCase, AssessmentResult screen, String domain) {
        Condition condition = common(careCase, careCase.getCaseNumber() + SDOH_ID + kebab(domain),
                screen.getAdministeredAt());
        condition.addCategory(new CodeableConcept(new Coding(US_CORE_CONDITION_CATEGORY, "health-concern",
                "Health Concern")));
        condition.addCategory(new CodeableConcept(new Coding(US_CORE_CATEGORY, "sdoh", "SDOH")));
        String[] sdohcc = SDOHCC_DOMAINS.getOrDefault(domain,
                new String[] {"sdoh-category-unspecified", "SDOH Category Unspecified"});
        condition.addCategory(new CodeableConcept(new Coding(SDOHCC_CATEGORY, sdohcc[0], sdohcc[1])));
        String label = english("socialNeed." + domain);
        condition.getCode().addCoding(new Coding(InstrumentResources.SOCIAL_NEED_SYSTEM, kebab(domain), label))
                .setText(label);
        condition.addEvidence().addDetail(new Reference("Observation/" + screen.getId()));
        return condition;
    }

    private Condition common(CareCase careCase, String id, Instant recorded) {
        Condition condition = new Condition();
        condition.setId(id);
        if (recorded != null) {
            condition.getMeta().setLastUpdated(Date.from(recorded));
            condition.setRecordedDateElement(new DateTimeType(Date.from(recorded)));
        }
        condition.setClinicalStatus(new CodeableConcept(new Coding(CLINICAL_STATUS, "active", "Active")));
        condition.setSubject(new Reference("Patient/" + careCase.getClient().getId())
                .setDisplay(careCase.getClient().fullName()));
        return condition;
    }

    private java.util.Optional<AssessmentResult> latestSocialNeedsScreen(CareCase careCase) {
        return entityManager.createQuery("select r from AssessmentResult r where r.careCase = :case"
                        + " and r.instrument = :instrument order by r.administeredAt desc, r.id desc",
                        AssessmentResult.class)
                .setParameter("case", careCase).setParameter("instrument", Instrument.AHCHRSN).setMaxResults(1)
                .getResultList().stream().findFirst();
    }

    /** The case number a Condition id starts with, or null for an id that is not one of ours. */
    static String caseNumberOf(String conditionId) {
        int at = conditionId.lastIndexOf(SDOH_ID);
        if (at < 0 && conditionId.endsWith(CONCERN_ID)) {
            at = conditionId.length() - CONCERN_ID.length();
        }
        return at <= 0 ? null : conditionId.substring(0, at);
    }

    private static String kebab(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private String english(String key) {
        return words.text(Locale.ENGLISH, key);
    }
}
