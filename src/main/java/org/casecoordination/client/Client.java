package org.casecoordination.client;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.Set;

/** The person a case is about. Lives in the app's tables, never in process variables. */
@Entity
public class Client {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_seq")
    @SequenceGenerator(name = "client_seq", sequenceName = "client_seq", allocationSize = 50)
    private Long id;

    private String firstName;
    private String lastName;
    private LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    private Sex sex;

    private String phone;
    private String address;
    /** ISO 639-1 ({@code es}); people read it by name ({@code system.Languages}). */
    private String preferredLanguage;

    /** A language written before languages were codes (V47) that names no language we know; kept to be read. */
    private String languageAsWritten;

    @Enumerated(EnumType.STRING)
    private PrimaryConcern primaryConcern;

    private String caregiverContact;
    private Instant createdAt;

    /** What a search finds the client by ({@link SearchKeys}); names never change, so they are set once. */
    @ElementCollection
    @CollectionTable(name = "client_name_term", joinColumns = @JoinColumn(name = "client_id"))
    @Column(name = "term")
    private Set<String> nameTerms = new HashSet<>();

    private String phoneDigits;

    @Version
    private Long version;

    protected Client() {
    }

    public Client(String firstName, String lastName, LocalDate dateOfBirth, Sex sex, PrimaryConcern primaryConcern) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.dateOfBirth = dateOfBirth;
        this.sex = sex == null ? Sex.UNKNOWN : sex;
        this.primaryConcern = primaryConcern;
        this.createdAt = Instant.now();
        this.nameTerms = new HashSet<>(SearchKeys.nameTerms(firstName, lastName));
    }

    public void updateContact(String phone, String address, String preferredLanguage) {
        this.phone = phone;
        this.phoneDigits = SearchKeys.phoneDigits(phone);
        this.address = address;
        this.preferredLanguage = preferredLanguage;
        if (preferredLanguage != null) {
            this.languageAsWritten = null;
        }
    }

    /**
     * The case header's caregiver line ("name, phone"): the primary caregiver among the client's contacts, kept here
     * by {@code contacts.ClientContacts}, which holds the caregiver's details and consents; null when there is none.
     */
    public void showCaregiver(String line) {
        this.caregiverContact = line;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public int ageOn(LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }

    public Long getId() { return id; }
    public String getFirstName() { return firstName; }
    public String getLastName() { return lastName; }
    public LocalDate getDateOfBirth() { return dateOfBirth; }
    public Sex getSex() { return sex; }
    public String getPhone() { return phone; }
    public String getAddress() { return address; }
    public String getPreferredLanguage() { return preferredLanguage; }
    public String getLanguageAsWritten() { return languageAsWritten; }
    public PrimaryConcern getPrimaryConcern() { return primaryConcern; }
    public void setPrimaryConcern(PrimaryConcern primaryConcern) { this.primaryConcern = primaryConcern; }
    public String getCaregiverContact() { return caregiverContact; }
    public Instant getCreatedAt() { return createdAt; }
}
