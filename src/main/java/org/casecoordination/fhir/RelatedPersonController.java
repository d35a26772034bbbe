package org.casecoordination.fhir;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.contacts.ClientContact;
import org.casecoordination.contacts.Relationship;
import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.security.audit.AuditEvent;
import org.casecoordination.security.audit.AuditLog;
import org.casecoordination.system.Words;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's caregivers and contacts as RelatedPerson, for staff who may see one of the client's cases; a removed
 * contact is served as inactive (the record keeps it). Searched by patient only. Reads audited first.
 */
@RestController
class RelatedPersonController {

    static final String RELATIONSHIP_SYSTEM = FhirIds.BASE + "/CodeSystem/relationship";

    private final EntityManager entityManager;
    private final VisibleCases cases;
    private final AuditLog auditLog;
    private final Words words;

    RelatedPersonController(EntityManager entityManager, VisibleCases cases, AuditLog auditLog, Words words) {
        this.entityManager = entityManager;
        this.cases = cases;
        this.auditLog = auditLog;
        this.words = words;
    }

    @GetMapping("/fhir/RelatedPerson/{id}")
    @Transactional(readOnly = true)
    RelatedPerson read(@PathVariable String id) {
        Long number = TaskController.parse(id);
        ClientContact contact = number == null ? null : entityManager.find(ClientContact.class, number);
        // the client themself is the Patient, not a related person
        List<CareCase> visible = contact == null || contact.getRelationship().isClient() ? List.of()
                : cases.ofClient(contact.getClientId());
        if (visible.isEmpty()) {
            throw new UnknownResourceException("RelatedPerson", id);
        }
        auditLog.record(AuditAction.VIEW_RECORD, visible.get(0).getCaseNumber(), "FHIR RelatedPerson/" + id,
                AuditEvent.SUCCESS);
        return of(contact);
    }

    @GetMapping("/fhir/RelatedPerson")
    @Transactional(readOnly = true)
    Bundle search(@RequestParam(name = "patient", required = false) String patient,
            @RequestParam(name = "_count", required = false) String count,
            @RequestParam(name = "_offset", required = false) String offset) {
        SearchPage page = SearchPage.of(count, offset).used("patient", patient);
        Long clientId = patient == null ? null : FhirIds.clientId(patient);
        if (clientId == null) {
            throw new InvalidSearchException("patient", String.valueOf(patient));
        }
        List<CareCase> visible = cases.ofClient(clientId);
        List<ClientContact> found = visible.isEmpty() ? List.of()
                : relatedPersonsOf(clientId, page.offset, page.count + 1);
        if (!found.isEmpty()) {
            auditLog.recordListView("FHIR RelatedPerson search", List.of(visible.get(0).getCaseNumber()));
        }
        return page.bundle("RelatedPerson", found, this::of);
    }

    /** The client's contacts in id order, but the client themself: they are the Patient, not a related person. */
    List<ClientContact> relatedPersonsOf(long clientId, int offset, int max) {
        return entityManager.createQuery(RELATED_PERSONS, ClientContact.class)
                .setParameter("client", clientId).setParameter("self", Relationship.SELF)
                .setFirstResult(offset).setMaxResults(max).getResultList();
    }

    /**
     * All of the client's related persons (the bulk export, $everything). Not {@code setMaxResults(MAX_VALUE)}:
     * Hibernate 6.6 sizes its result list by the limit, up to 1,048,576 entries, a 4 MB array zeroed for each client,
     * which was a third of a bulk export's CPU and most of its garbage.
     */
    List<ClientContact> relatedPersonsOf(long clientId) {
        return entityManager.createQuery(RELATED_PERSONS, ClientContact.class)
                .setParameter("client", clientId).setParameter("self", Relationship.SELF).getResultList();
    }

    private static final String RELATED_PERSONS = "select c from ClientContact c where c.clientId = :client"
            + " and c.relationship <> :self order by c.id";

    RelatedPerson of(ClientContact contact) {
        RelatedPerson person = new RelatedPerson();
        person.setId(String.valueOf(contact.getId()));
        person.setActive(!contact.isRemoved());
        person.setPatient(new Reference("Patient/" + contact.getClientId()));
        person.addRelationship().addCoding(new Coding(RELATIONSHIP_SYSTEM,
                contact.getRelationship().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                words.text(Locale.ENGLISH, Words.labelKey(contact.getRelationship()))));
        if (contact.getName() != null) {
            person.addName().setText(contact.getName());
        }
        if (contact.getPhone() != null) {
            person.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(contact.getPhone());
        }
        if (contact.getEmail() != null) {
            person.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(contact.getEmail());
        }
        if (contact.getLanguage() != null && !contact.getLanguage().isBlank()) {
            person.addCommunication().setPreferred(true).getLanguage().addCoding(new Coding("urn:ietf:bcp:47",
                    contact.getLanguage(), Locale.forLanguageTag(contact.getLanguage()).getDisplayLanguage(Locale.ENGLISH)));
        }
        return person;
    }
}
