package org.casecoordination.fhir;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import org.casecoordination.arrangement.Provider;
import org.casecoordination.arrangement.ServiceType;
import org.casecoordination.system.Words;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The provider directory: each provider as an Organization (who, how to reach them) and one HealthcareService (what
 * they offer, where, in which languages, whether they take new clients). Nothing about a client, so open to any
 * caller of /fhir and not audited.
 */
@RestController
class DirectoryController {

    private final EntityManager entityManager;
    private final Words words;

    DirectoryController(EntityManager entityManager, Words words) {
        this.entityManager = entityManager;
        this.words = words;
    }

    @GetMapping("/fhir/Organization/{id}")
    @Transactional(readOnly = true)
    Organization organization(@PathVariable String id) {
        return organization(provider("Organization", id));
    }

    @GetMapping("/fhir/HealthcareService/{id}")
    @Transactional(readOnly = true)
    HealthcareService healthcareService(@PathVariable String id) {
        return service(provider("HealthcareService", id));
    }

    @GetMapping("/fhir/Organization")
    @Transactional(readOnly = true)
    Bundle organizations(@RequestParam(name = "_count", required = false) String count,
            @RequestParam(name = "_offset", required = false) String offset) {
        SearchPage page = SearchPage.of(count, offset);
        return page.bundle("Organization", providers(page), this::organization);
    }

    /** {@code service-type=home-care}: the providers offering it (a code of our service-type code system). */
    @GetMapping("/fhir/HealthcareService")
    @Transactional(readOnly = true)
    Bundle healthcareServices(@RequestParam(name = "service-type", required = false) String serviceType,
            @RequestParam(name = "_count", required = false) String count,
            @RequestParam(name = "_offset", required = false) String offset) {
        SearchPage page = SearchPage.of(count, offset).used("service-type", serviceType);
        List<Provider> found;
        if (serviceType == null) {
            found = providers(page);
        } else {
            ServiceType type = serviceType(serviceType);
            // the directory is small (hundreds): filtered here, paged over all providers
            found = entityManager.createQuery("select p from Provider p order by p.id", Provider.class)
                    .getResultList().stream().filter(p -> p.offers(type)).skip(page.offset)
                    .limit(page.count + 1L).toList();
        }
        return page.bundle("HealthcareService", found, this::service);
    }

    private Provider provider(String type, String id) {
        Long number = TaskController.parse(id);
        Provider provider = number == null ? null : entityManager.find(Provider.class, number);
        if (provider == null) {
            throw new UnknownResourceException(type, id);
        }
        return provider;
    }

    private List<Provider> providers(SearchPage page) {
        return entityManager.createQuery("select p from Provider p order by p.id", Provider.class)
                .setFirstResult(page.offset).setMaxResults(page.count + 1).getResultList();
    }

    private Organization organization(Provider provider) {
        Organization organization = new Organization();
        organization.setId(String.valueOf(provider.getId()));
        organization.setActive(true).setName(provider.getName());
        organization.addType().addCoding(new Coding("http://terminology.hl7.org/CodeSystem/organization-type",
                "prov", "Healthcare Provider"));
        if (provider.getPhone() != null) {
            organization.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(provider.getPhone());
        }
        if (provider.getEmail() != null) {
            organization.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(provider.getEmail());
        }
        if (provider.getContactName() != null) {
            organization.addContact().getName().setText(provider.getContactName());
        }
        return organization;
    }

    private HealthcareService service(Provider provider) {
        HealthcareService service = new HealthcareService();
        service.setId(String.valueOf(provider.getId()));
        service.setActive(true).setName(provider.getName());
        service.setProvidedBy(new Reference("Organization/" + provider.getId()).setDisplay(provider.getName()));
        for (ServiceType type : provider.getServiceTypes()) {
            service.addType().addCoding(new Coding(ReferralResources.SERVICE_TYPE_SYSTEM, code(type),
                    words.text(Locale.ENGLISH, Words.labelKey(type))));
        }
        provider.getLanguages().forEach(language -> service.addCommunication().setText(language));
        if (!provider.getAreas().isEmpty()) {
            service.setComment("Serves: " + String.join(", ", provider.getAreas()));
        }
        service.setExtraDetails(provider.hasOpenCapacity()
                ? "Accepting new clients: " + provider.getOpenPlaces() + " open places"
                : "Not accepting new clients now");
        if (provider.getOpeningHours() != null) {
            service.setAvailabilityExceptions(provider.getOpeningHours());
        }
        if (provider.getPhone() != null) {
            service.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(provider.getPhone());
        }
        return service;
    }

    static String code(ServiceType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static ServiceType serviceType(String code) {
        for (ServiceType type : ServiceType.values()) {
            if (code(type).equals(code.strip())) {
                return type;
            }
        }
        throw new InvalidSearchException("service-type", code);
    }
}
