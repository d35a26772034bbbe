package org.casecoordination.arrangement.demo;

import java.util.List;
import org.casecoordination.arrangement.ProviderDetails;
import org.casecoordination.arrangement.ProviderDirectory;
import org.casecoordination.arrangement.ProviderForm;
import org.casecoordination.arrangement.ProviderRepository;
import org.casecoordination.arrangement.ServiceType;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A fictional provider directory for the demo: at least two providers for every service type, serving the demo
 * areas (postal codes 10001-10004, North and South County), some full, some speaking Spanish or Polish. Only when
 * the directory is empty; all names, addresses and contacts are invented (example.org addresses).
 */
@Component
@Profile("demo")
@Order(20)
class DemoProviders implements ApplicationRunner {

    private static final List<String> NORTH = List.of("10001", "10002", "NORTH COUNTY");
    private static final List<String> SOUTH = List.of("10003", "10004", "SOUTH COUNTY");
    private static final List<String> ALL = List.of("10001", "10002", "10003", "10004", "NORTH COUNTY",
            "SOUTH COUNTY");

    static final List<ProviderDetails> PROVIDERS = List.of(
            p("Northside Home Care", List.of(ServiceType.HOME_CARE), NORTH, List.of("en", "es"), true, 4,
                    "intake@northside-homecare.example.org", "Mon-Fri 8:00-18:00"),
            p("Evergreen Home Helpers", List.of(ServiceType.HOME_CARE), ALL, List.of("en"), true, 0, null,
                    "Mon-Sat 7:00-19:00"),
            p("Southgate Care at Home", List.of(ServiceType.HOME_CARE), SOUTH, List.of("en", "pl"), true, 2,
                    "referrals@southgate-care.example.org", "Mon-Fri 9:00-17:00"),
            p("Sunrise Day Centre", List.of(ServiceType.ADULT_DAY_CARE), NORTH, List.of("en"), true, 6,
                    "hello@sunrise-day.example.org", "Mon-Fri 8:30-16:30"),
            p("Riverbend Adult Day Program", List.of(ServiceType.ADULT_DAY_CARE), SOUTH,
                    List.of("en", "es"), true, 3, null, "Mon-Fri 9:00-15:00"),
            p("Maple Court Residential Care", List.of(ServiceType.RESIDENTIAL_CARE), ALL, List.of("en"), true,
                    1, "admissions@maplecourt.example.org", "Mon-Fri 9:00-17:00"),
            p("Harbour View Residences", List.of(ServiceType.RESIDENTIAL_CARE), SOUTH, List.of("en"), false,
                    0, null, "Mon-Fri 9:00-17:00"),
            p("Oakwood Nursing Home", List.of(ServiceType.NURSING_HOME), NORTH, List.of("en", "pl"), true,
                    2, "admissions@oakwood-nh.example.org", "24 hours"),
            p("Lakeside Nursing and Care", List.of(ServiceType.NURSING_HOME), ALL, List.of("en", "es"),
                    true, 0, null, "24 hours"),
            p("Lakeside Rehabilitation", List.of(ServiceType.REHABILITATION), ALL, List.of("en"), true, 5,
                    "rehab@lakeside.example.org", "Mon-Fri 7:30-18:00"),
            p("Hillcrest Recovery Centre", List.of(ServiceType.REHABILITATION), SOUTH, List.of("en", "es"),
                    true, 2, null, "Mon-Sat 8:00-17:00"),
            p("Riverside Clinic", List.of(ServiceType.MENTAL_HEALTH_CLINIC), ALL, List.of("en", "es"),
                    true, 8, "intake@riverside-clinic.example.org", "Mon-Fri 8:00-20:00"),
            p("Northern Lights Counselling", List.of(ServiceType.MENTAL_HEALTH_CLINIC), NORTH, List.of("en"),
                    true, 0, null, "Tue-Sat 10:00-19:00"),
            p("New Path Recovery Program", List.of(ServiceType.SUBSTANCE_USE_PROGRAM), ALL,
                    List.of("en", "es"), true, 3, "referrals@newpath.example.org", "Mon-Sun 7:00-21:00"),
            p("Clearwater Outpatient Services", List.of(ServiceType.SUBSTANCE_USE_PROGRAM), SOUTH,
                    List.of("en"), true, 1, null, "Mon-Fri 9:00-17:00"),
            p("Community Resource Hub", List.of(ServiceType.SOCIAL_SERVICES), ALL,
                    List.of("en", "es", "pl"), true, 20, "help@resourcehub.example.org",
                    "Mon-Fri 9:00-17:00"),
            p("Southside Housing and Benefits Advice", List.of(ServiceType.SOCIAL_SERVICES), SOUTH,
                    List.of("en"), true, 10, null, "Mon-Thu 10:00-16:00"),
            p("CareRide Transport", List.of(ServiceType.TRANSPORTATION), ALL, List.of("en", "es"), true,
                    12, "bookings@careride.example.org", "Mon-Sat 6:00-20:00"),
            p("County Accessible Transit", List.of(ServiceType.TRANSPORTATION), NORTH, List.of("en"), true, 4,
                    null, "Mon-Fri 7:00-19:00"));

    private final ProviderRepository providers;
    private final ProviderDirectory directory;

    DemoProviders(ProviderRepository providers, ProviderDirectory directory) {
        this.providers = providers;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (providers.count() == 0) {
            PROVIDERS.forEach(details -> directory.save(null, ProviderForm.of(details)));
        }
    }

    private static ProviderDetails p(String name, List<ServiceType> types, List<String> areas,
            List<String> languages, boolean accepts, int places, String email, String hours) {
        return new ProviderDetails(name, types, areas, languages, accepts, places, "Intake desk", "555-0100", email,
                hours);
    }
}
