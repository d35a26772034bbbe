package org.casecoordination.contacts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A caregiver, family member or other person of the client's, and per channel whether the client consents to
 * contacting them. Never deleted: a removed contact is marked and kept for the record.
 */
@Entity
@Table(name = "client_contact")
public class ClientContact {

    /** The fields a change is reported by on the timeline, as {@code contactField.<CODE>}. */
    enum Field { RELATIONSHIP, NAME, PHONE, EMAIL, LANGUAGE, NOTE }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_contact_seq")
    @SequenceGenerator(name = "client_contact_seq", sequenceName = "client_contact_seq", allocationSize = 50)
    private Long id;

    private Long clientId;

    @Enumerated(EnumType.STRING)
    private Relationship relationship;

    private String name;
    /** E.164. */
    private String phone;
    private String email;
    /** ISO 639-1; empty when not recorded (a reminder then uses the client's language). */
    private String language;
    /** What the coordinator wants others to know (best time to call), or a caregiver as written before V52. */
    private String note;
    private boolean primaryCaregiver;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "client_contact_consent", joinColumns = @JoinColumn(name = "contact_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "channel")
    private Map<Channel, ChannelConsent> consents = new HashMap<>();

    private String createdBy;
    private Instant createdAt;
    @Column(name = "changed_by")
    private String changedBy;
    private Instant changedAt;
    private String removedBy;
    private Instant removedAt;

    @Version
    private Long version;

    protected ClientContact() {
    }

    ClientContact(Long clientId, ContactDetails details, String by, Instant at) {
        this.clientId = clientId;
        this.createdBy = by;
        this.createdAt = at;
        apply(details);
    }

    /** Sets the details; the fields whose value changed, for the timeline. */
    List<Field> change(ContactDetails details, String by, Instant at) {
        List<Field> changed = new ArrayList<>();
        compare(changed, Field.RELATIONSHIP, relationship, details.relationship());
        compare(changed, Field.NAME, name, details.name());
        compare(changed, Field.PHONE, phone, details.phone());
        compare(changed, Field.EMAIL, email, details.email());
        compare(changed, Field.LANGUAGE, language, details.language());
        compare(changed, Field.NOTE, note, details.note());
        boolean primaryChanged = primaryCaregiver != details.primaryCaregiver();
        apply(details);
        if (!changed.isEmpty() || primaryChanged) {
            touch(by, at);
        }
        return changed;
    }

    /** Gives and withdraws consents to match {@code wanted}; the channels given and withdrawn. */
    ConsentChanges consentTo(Set<Channel> wanted, String by, Instant at) {
        List<Channel> given = wanted.stream().filter(channel -> !consents.containsKey(channel)).sorted().toList();
        List<Channel> withdrawn = consents.keySet().stream().filter(channel -> !wanted.contains(channel)).sorted()
                .toList();
        given.forEach(channel -> consents.put(channel, new ChannelConsent(by, at)));
        withdrawn.forEach(consents::remove);
        if (!given.isEmpty() || !withdrawn.isEmpty()) {
            touch(by, at);
        }
        return new ConsentChanges(given, withdrawn);
    }

    record ConsentChanges(List<Channel> given, List<Channel> withdrawn) {
    }

    void notPrimaryCaregiver(String by, Instant at) {
        if (primaryCaregiver) {
            primaryCaregiver = false;
            touch(by, at);
        }
    }

    void remove(String by, Instant at) {
        this.removedBy = by;
        this.removedAt = at;
        this.primaryCaregiver = false;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    /** Whether the client consents to contacting them on the channel and there is a number or address for it. */
    public boolean reachableBy(Channel channel) {
        return !isRemoved() && consents.containsKey(channel) && addressFor(channel) != null;
    }

    /** The E.164 phone for texts and calls, the email for email. */
    public String addressFor(Channel channel) {
        return channel.needsPhone() ? phone : email;
    }

    /** The contact's details as they are, to compare with and to fill the edit page. */
    ContactDetails details() {
        return new ContactDetails(relationship, name, phone, email, language, note, primaryCaregiver);
    }

    private void apply(ContactDetails details) {
        this.relationship = details.relationship();
        this.name = details.name();
        this.phone = details.phone();
        this.email = details.email();
        this.language = details.language();
        this.note = details.note();
        this.primaryCaregiver = details.primaryCaregiver();
    }

    private void touch(String by, Instant at) {
        this.changedBy = by;
        this.changedAt = at;
    }

    private static void compare(List<Field> changed, Field field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    public Long getId() { return id; }
    public Long getClientId() { return clientId; }
    public Relationship getRelationship() { return relationship; }
    public String getName() { return name; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
    public String getLanguage() { return language; }
    public String getNote() { return note; }
    public boolean isPrimaryCaregiver() { return primaryCaregiver; }
    public Map<Channel, ChannelConsent> getConsents() {
        Map<Channel, ChannelConsent> inOrder = new EnumMap<>(Channel.class);
        inOrder.putAll(consents);
        return inOrder;
    }

    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
    public String getRemovedBy() { return removedBy; }
    public Instant getRemovedAt() { return removedAt; }
}
