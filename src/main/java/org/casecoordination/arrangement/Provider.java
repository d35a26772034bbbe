package org.casecoordination.arrangement;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** An organisation that delivers services: what it offers, where, in which languages, and whether it has room. */
@Entity
@Table(name = "provider")
public class Provider {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "provider_seq")
    @SequenceGenerator(name = "provider_seq", sequenceName = "provider_seq", allocationSize = 50)
    private Long id;

    private String name;
    private String serviceTypes;
    private String areas;
    private String languages;
    private boolean acceptsNewClients;
    private int openPlaces;
    private String contactName;
    private String phone;
    private String email;
    private String openingHours;

    @Version
    private long version;

    protected Provider() {
    }

    public Provider(ProviderDetails details) {
        update(details);
    }

    /** All fields at once, from a validated form, API body or CSV row. */
    public final void update(ProviderDetails details) {
        this.name = details.name().strip();
        this.serviceTypes = join(details.serviceTypes().stream().map(Enum::name).toList(), false);
        this.areas = join(details.areas(), true);
        this.languages = join(details.languages(), false).toLowerCase(Locale.ROOT);
        this.acceptsNewClients = details.acceptsNewClients();
        this.openPlaces = details.openPlaces();
        this.contactName = blankToNull(details.contactName());
        this.phone = blankToNull(details.phone());
        this.email = blankToNull(details.email());
        this.openingHours = blankToNull(details.openingHours());
    }

    public ProviderDetails details() {
        return new ProviderDetails(name, getServiceTypes(), getAreas(), getLanguages(), acceptsNewClients,
                openPlaces, contactName, phone, email, openingHours);
    }

    public boolean offers(ServiceType type) {
        return getServiceTypes().contains(type);
    }

    /** Has room for a new client now. */
    public boolean hasOpenCapacity() {
        return acceptsNewClients && openPlaces > 0;
    }

    public List<ServiceType> getServiceTypes() {
        return split(serviceTypes).stream().map(ServiceType::valueOf).toList();
    }

    public List<String> getAreas() {
        return split(areas);
    }

    public List<String> getLanguages() {
        return split(languages);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String join(Collection<String> values, boolean upperCase) {
        return String.join(",", values.stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> upperCase ? s.toUpperCase(Locale.ROOT) : s).distinct().toList());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public boolean isAcceptsNewClients() { return acceptsNewClients; }
    public int getOpenPlaces() { return openPlaces; }
    public String getContactName() { return contactName; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
    public String getOpeningHours() { return openingHours; }
}
