package org.casecoordination.fhir;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.casecoordination.arrangement.Provider;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.consent.Consent;
import org.casecoordination.consent.ConsentState;
import org.casecoordination.security.People;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

/**
 * A client's consent as a FHIR Consent (privacy scope, release-of-information category): active while its period
 * has not ended and it is not revoked, inactive after; a permit provision for its period, naming the recipient (a
 * provider of the directory as its Organization, any other name as written, none: any provider the coordinator
 * arranges a service with) and the purpose, care coordination. A consent to disclose substance-use information is
 * described as a 42 CFR Part 2 consent (policy rule and the provision's security label); it leaves only where
 * {@link Part2Rule} allows, which is never to a FHIR reader today.
 */
@Component
class ConsentResources {

    static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    static final String PURPOSE_OF_USE = "http://terminology.hl7.org/CodeSystem/v3-ActReason";
    static final String PARTICIPATION_TYPE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";

    private final EntityManager entityManager;
    private final People people;

    ConsentResources(EntityManager entityManager, People people) {
        this.entityManager = entityManager;
        this.people = people;
    }

    /** The consents of the case's client that a FHIR reader may see, for the bulk export. */
    List<org.hl7.fhir.r4.model.Consent> forCase(CareCase careCase) {
        return entityManager.createQuery("select c from Consent c where c.client = :client order by c.id",
                        Consent.class)
                .setParameter("client", careCase.getClient()).getResultList().stream().filter(Part2Rule::served)
                .map(this::of).toList();
    }

    org.hl7.fhir.r4.model.Consent of(Consent consent) {
        org.hl7.fhir.r4.model.Consent resource = new org.hl7.fhir.r4.model.Consent();
        resource.setId(String.valueOf(consent.getId()));
        resource.getMeta().setLastUpdated(Date.from(CaseTimes.latest(consent.getRecordedAt(),
                consent.getRevokedAt())));
        resource.setStatus(status(consent.stateOn(LocalDate.now())));
        resource.setScope(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/consentscope",
                "patient-privacy", "Privacy Consent")));
        resource.addCategory(new CodeableConcept(new Coding("http://loinc.org", "64292-6",
                "Release of information consent")));
        resource.setPatient(new Reference("Patient/" + consent.getClient().getId())
                .setDisplay(consent.getClient().fullName()));
        resource.setDateTime(Date.from(consent.getRecordedAt()));
        resource.addOrganization(new Reference().setType("Organization")
                .setDisplay(people.teamName(consent.getRecordedFromCase().getTeam())));
        boolean part2 = consent.getPurpose().isPart2();
        resource.setPolicyRule(new CodeableConcept(part2
                ? new Coding(ACT_CODE, "42CFRPart2", "42 CFR Part2")
                : new Coding(ACT_CODE, "OPTIN", "opt-in")).setText(consent.getPurpose().label()));
        var provision = resource.getProvision();
        provision.setType(org.hl7.fhir.r4.model.Consent.ConsentProvisionType.PERMIT);
        provision.getPeriod().setStartElement(new DateTimeType(consent.getGivenOn().toString()));
        LocalDate end = end(consent);
        if (end != null) {
            provision.getPeriod().setEndElement(new DateTimeType(end.toString()));
        }
        provision.addActor().setRole(new CodeableConcept(new Coding(PARTICIPATION_TYPE, "IRCP",
                "information recipient"))).setReference(recipient(consent.getRecipient()));
        provision.addPurpose(new Coding(PURPOSE_OF_USE, "COC", "coordination of care"));
        if (part2) {
            // the information it allows to disclose: substance-use information, which carries Part 2's protection
            provision.addSecurityLabel(new Coding(ACT_CODE, "ETH", "substance abuse information sensitivity"));
        }
        return resource;
    }

    static org.hl7.fhir.r4.model.Consent.ConsentState status(ConsentState state) {
        return state == ConsentState.ACTIVE || state == ConsentState.NOT_YET_VALID
                ? org.hl7.fhir.r4.model.Consent.ConsentState.ACTIVE
                : org.hl7.fhir.r4.model.Consent.ConsentState.INACTIVE;
    }

    /** The consent's last day: the day it was revoked (it ends that day), or its own last day. */
    private static LocalDate end(Consent consent) {
        LocalDate revoked = consent.getRevokedOn();
        if (revoked == null) {
            return consent.getValidUntil();
        }
        return consent.getValidUntil() == null || revoked.isBefore(consent.getValidUntil()) ? revoked
                : consent.getValidUntil();
    }

    private Reference recipient(String recipient) {
        if (recipient == null) {
            return new Reference().setType("Organization")
                    .setDisplay("Any provider the coordinator arranges a service with");
        }
        List<Provider> named = entityManager.createQuery("select p from Provider p where lower(p.name) = :name",
                Provider.class).setParameter("name", recipient.strip().toLowerCase(Locale.ROOT)).getResultList();
        return named.size() == 1 ? new Reference("Organization/" + named.get(0).getId()).setDisplay(recipient)
                : new Reference().setType("Organization").setDisplay(recipient);
    }
}
