package org.casecoordination.contacts;

import static org.casecoordination.casefile.TimelineText.Words.labels;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseConflictException;
import org.casecoordination.casefile.CaseFileService;
import org.casecoordination.casefile.CaseTimeline;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.casefile.TimelineText;
import org.casecoordination.client.Client;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.system.InvalidInputException;
import org.casecoordination.system.TransactionMemo;
import org.casecoordination.system.Words;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's contacts, from one of their cases: listed, added, changed and removed by people (through
 * {@link CaseFileService#find}, so team access applies; every change a timeline line on that case), and read by the
 * modules that send messages ({@link #reachableBy}). The client's caregiver line in the case header
 * ({@code Client.caregiverContact}) is kept as the primary caregiver's name and phone.
 */
@Service
public class ClientContacts {

    private static final Comparator<ClientContact> PANEL_ORDER = Comparator.comparing(ClientContact::isRemoved)
            .thenComparing((ClientContact contact) -> contact.getRelationship() != Relationship.SELF)
            .thenComparing(ClientContact::isPrimaryCaregiver, Comparator.reverseOrder())
            .thenComparing(ClientContact::getId);

    private final CaseFileService caseFiles;
    private final ContactRepository contacts;
    private final CaseTimeline timeline;
    private final CurrentUser currentUser;
    private final PhoneNumbers phones;
    private final Words words;
    /** The case page's Contacts and Text messages panels list the same contacts in the page's one transaction. */
    private final TransactionMemo<Long, List<ContactSummary>> listedForThePage = new TransactionMemo<>();

    ClientContacts(CaseFileService caseFiles, ContactRepository contacts, CaseTimeline timeline,
            CurrentUser currentUser, PhoneNumbers phones, Words words) {
        this.words = words;
        this.caseFiles = caseFiles;
        this.contacts = contacts;
        this.timeline = timeline;
        this.currentUser = currentUser;
        this.phones = phones;
    }

    /** The contacts the client consents to reaching on this channel and that have a number or address for it. */
    @Transactional(readOnly = true)
    public List<Reachable> reachableBy(CareCase careCase, Channel channel) {
        return reachableBy(careCase.getClient().getId(), channel);
    }

    @Transactional(readOnly = true)
    public List<Reachable> reachableBy(Long clientId, Channel channel) {
        return contacts.findByClientIdOrderByIdAsc(clientId).stream().filter(c -> c.reachableBy(channel))
                .sorted(PANEL_ORDER).map(contact -> Reachable.of(contact, channel)).toList();
    }

    /** All the client's contacts, removed ones last; {@code CaseNotFoundException}, access refused as for the case. */
    @Transactional(readOnly = true)
    public List<ContactSummary> list(String caseNumber) {
        return listFor(caseFiles.find(caseNumber));
    }

    /**
     * For a case the caller has already opened through CaseFileService (the case page). Asked again in the same
     * read-only transaction, the same list without reading it again; a transaction that writes reads every time.
     */
    @Transactional(readOnly = true)
    public List<ContactSummary> listFor(CareCase careCase) {
        return listedForThePage.getWhileReadOnly(careCase.getClient().getId(), this::listOf);
    }

    private List<ContactSummary> listOf(Long clientId) {
        return contacts.findByClientIdOrderByIdAsc(clientId).stream().sorted(PANEL_ORDER)
                .map(contact -> ContactSummary.of(contact, phones)).toList();
    }

    @Transactional(readOnly = true)
    public ContactSummary find(String caseNumber, Long id) {
        return ContactSummary.of(contactOf(caseFiles.find(caseNumber), id), phones);
    }

    /** The request must have passed Bean Validation and {@link ContactRequestValidator}. */
    @Transactional
    public ContactSummary add(String caseNumber, ContactRequest request) {
        CareCase careCase = caseFiles.find(caseNumber);
        refuseSecondSelf(careCase, null, request);
        ContactDetails details = details(request);
        ClientContact contact = contacts.save(new ClientContact(careCase.getClient().getId(), details,
                currentUser.id(), Instant.now()));
        timeline.record(careCase, TimelineKind.CONTACT_ADDED, "timeline.contact.added", nameOf(contact),
                contact.getRelationship());
        consentTo(careCase, contact, request);
        primaryCaregiverChanged(careCase, contact, contact.isPrimaryCaregiver());
        return ContactSummary.of(contact, phones);
    }

    /** Replaces the contact's details and consents with the request's (the request must have passed validation). */
    @Transactional
    public ContactSummary change(String caseNumber, Long id, ContactRequest request) {
        CareCase careCase = caseFiles.find(caseNumber);
        ClientContact contact = contactOf(careCase, id);
        refuseRemoved(contact);
        refuseSecondSelf(careCase, id, request);
        boolean wasPrimary = contact.isPrimaryCaregiver();
        List<ClientContact.Field> changed = contact.change(details(request), currentUser.id(), Instant.now());
        if (!changed.isEmpty()) {
            timeline.record(careCase, TimelineKind.CONTACT_CHANGED, "timeline.contact.changed", nameOf(contact),
                    labels("contactField", changed.stream().map(Enum::name).toList()));
        }
        consentTo(careCase, contact, request);
        if (wasPrimary && !contact.isPrimaryCaregiver()) {
            timeline.record(careCase, TimelineKind.CONTACT_CHANGED, "timeline.contact.notPrimaryCaregiver",
                    nameOf(contact));
        }
        primaryCaregiverChanged(careCase, contact, !wasPrimary && contact.isPrimaryCaregiver());
        return ContactSummary.of(contact, phones);
    }

    /**
     * The client is held as their own contact once: a second would split their consents and send each reminder
     * twice. Refused on the relationship field, nothing written.
     */
    private void refuseSecondSelf(CareCase careCase, Long changing, ContactRequest request) {
        if (request.getRelationship() != Relationship.SELF) {
            return;
        }
        boolean held = contacts.findByClientIdOrderByIdAsc(careCase.getClient().getId()).stream()
                .anyMatch(c -> c.getRelationship() == Relationship.SELF && !c.isRemoved()
                        && !c.getId().equals(changing));
        if (held) {
            throw InvalidInputException.of("relationship", words.text("contacts.error.selfAlready"));
        }
    }

    /** Marks the contact removed (kept for the record); nothing is reachable on it any more. */
    @Transactional
    public ContactSummary remove(String caseNumber, Long id) {
        CareCase careCase = caseFiles.find(caseNumber);
        ClientContact contact = contactOf(careCase, id);
        refuseRemoved(contact);
        boolean wasPrimary = contact.isPrimaryCaregiver();
        contact.remove(currentUser.id(), Instant.now());
        timeline.record(careCase, TimelineKind.CONTACT_REMOVED, "timeline.contact.removed", nameOf(contact),
                contact.getRelationship());
        if (wasPrimary) {
            showCaregiver(careCase.getClient());
        }
        return ContactSummary.of(contact, phones);
    }

    /**
     * The caregiver named at intake (name and phone as typed; IntakeRules refused a phone that is no number) becomes
     * the primary caregiver, or updates the one there is: a blank field leaves what is known. Consent to contact
     * them is not asked at intake, so they are reachable on no channel until it is recorded.
     */
    @Transactional
    public void caregiverFromIntake(CareCase careCase, String name, String phone) {
        String typedName = blankToNull(name);
        String typedPhone = blankToNull(phone);
        if (typedName == null && typedPhone == null) {
            return;
        }
        Optional<String> e164 = phones.e164(typedPhone);
        String note = typedPhone != null && e164.isEmpty() ? typedPhone : null;
        recordCaregiver(careCase, new CaregiverText(typedName, e164.orElse(null), note));
    }

    /** The referral page's one-line caregiver ("name, phone"), read by {@link CaregiverText}. */
    @Transactional
    public void caregiverAsWritten(CareCase careCase, String text) {
        CaregiverText caregiver = CaregiverText.read(text, phones);
        if (!caregiver.isEmpty()) {
            recordCaregiver(careCase, caregiver);
        }
    }

    private void recordCaregiver(CareCase careCase, CaregiverText caregiver) {
        Optional<ClientContact> known = contacts.findByClientIdOrderByIdAsc(careCase.getClient().getId()).stream()
                .filter(contact -> contact.isPrimaryCaregiver() && !contact.isRemoved()).findFirst();
        if (known.isEmpty()) {
            ClientContact contact = contacts.save(new ClientContact(careCase.getClient().getId(),
                    new ContactDetails(Relationship.CAREGIVER, caregiver.name(), caregiver.phone(), null, null,
                            caregiver.note(), true), currentUser.id(), Instant.now()));
            timeline.record(careCase, TimelineKind.CONTACT_ADDED, "timeline.contact.added", nameOf(contact),
                    contact.getRelationship());
            primaryCaregiverChanged(careCase, contact, true);
            return;
        }
        ClientContact contact = known.get();
        ContactDetails was = contact.details();
        List<ClientContact.Field> changed = contact.change(new ContactDetails(was.relationship(),
                caregiver.name() != null ? caregiver.name() : was.name(),
                caregiver.phone() != null ? caregiver.phone() : was.phone(), was.email(), was.language(),
                caregiver.note() != null ? caregiver.note() : was.note(), true), currentUser.id(), Instant.now());
        if (!changed.isEmpty()) {
            timeline.record(careCase, TimelineKind.CONTACT_CHANGED, "timeline.contact.changed", nameOf(contact),
                    labels("contactField", changed.stream().map(Enum::name).toList()));
            showCaregiver(careCase.getClient());
        }
    }

    private void consentTo(CareCase careCase, ClientContact contact, ContactRequest request) {
        ClientContact.ConsentChanges changes = contact.consentTo(new LinkedHashSet<>(request.getConsents()),
                currentUser.id(), Instant.now());
        changes.given().forEach(channel -> timeline.record(careCase, TimelineKind.CONTACT_CHANGED,
                "timeline.contact.consentGiven", nameOf(contact), channel));
        changes.withdrawn().forEach(channel -> timeline.record(careCase, TimelineKind.CONTACT_CHANGED,
                "timeline.contact.consentWithdrawn", nameOf(contact), channel));
    }

    /**
     * One primary caregiver per client: one who just became it takes the place of any other (a timeline line); the
     * header's caregiver line follows in any case (the name or phone may have changed).
     */
    private void primaryCaregiverChanged(CareCase careCase, ClientContact contact, boolean becamePrimary) {
        if (becamePrimary) {
            contacts.findByClientIdOrderByIdAsc(contact.getClientId()).stream()
                    .filter(other -> !other.getId().equals(contact.getId()))
                    .forEach(other -> other.notPrimaryCaregiver(currentUser.id(), Instant.now()));
            timeline.record(careCase, TimelineKind.CONTACT_CHANGED, "timeline.contact.primaryCaregiver",
                    nameOf(contact));
        }
        showCaregiver(careCase.getClient());
    }

    /** The header's caregiver line: the primary caregiver's name (or what was written) and phone. */
    private void showCaregiver(Client client) {
        contacts.flush();
        String line = contacts.findByClientIdOrderByIdAsc(client.getId()).stream()
                .filter(contact -> contact.isPrimaryCaregiver() && !contact.isRemoved()).findFirst()
                .map(this::caregiverLine).orElse(null);
        client.showCaregiver(line);
    }

    private String caregiverLine(ClientContact contact) {
        String who = contact.getName() != null ? contact.getName() : contact.getNote();
        String phone = contact.getPhone() == null ? null : phones.forPeople(contact.getPhone());
        if (who == null) {
            return phone;
        }
        return phone == null ? who : who + ", " + phone;
    }

    private ContactDetails details(ContactRequest request) {
        String phone = blankToNull(request.getPhone());
        String e164 = phone == null ? null : phones.e164(phone).orElseThrow(() ->
                new IllegalArgumentException("The contact's phone was not validated: " + phone));
        String language = blankToNull(request.getLanguage());
        return new ContactDetails(request.getRelationship(), blankToNull(request.getName()), e164,
                blankToNull(request.getEmail()), language, blankToNull(request.getNote()), request.isPrimaryCaregiver());
    }

    private ClientContact contactOf(CareCase careCase, Long id) {
        return contacts.findByIdAndClientId(id, careCase.getClient().getId())
                .orElseThrow(() -> new ContactNotFoundException(id));
    }

    private static void refuseRemoved(ClientContact contact) {
        if (contact.isRemoved()) {
            throw new CaseConflictException("This contact was removed; add them again to reach them.",
                    "contacts.error.removed");
        }
    }

    /** The name, or "name not recorded" in the reader's language (a caregiver kept as written before V52). */
    private static Object nameOf(ClientContact contact) {
        return contact.getName() != null ? contact.getName() : new TimelineText.Label("contacts.nameNotRecorded");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
