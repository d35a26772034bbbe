package org.casecoordination.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.casecoordination.arrangement.ProviderDetails;
import org.casecoordination.arrangement.ProviderDirectory;
import org.casecoordination.arrangement.ProviderForm;
import org.casecoordination.arrangement.ProviderReferral;
import org.casecoordination.arrangement.ProviderReferrals;
import org.casecoordination.arrangement.ServiceType;
import org.casecoordination.assessment.AssessmentService;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.casefile.Urgency;
import org.casecoordination.client.PrimaryConcern;
import org.casecoordination.client.Sex;
import org.casecoordination.consent.ConsentPurpose;
import org.casecoordination.consent.ConsentRequest;
import org.casecoordination.consent.ConsentService;
import org.casecoordination.contacts.Channel;
import org.casecoordination.contacts.ClientContacts;
import org.casecoordination.contacts.ContactRequest;
import org.casecoordination.contacts.Relationship;
import org.casecoordination.intake.ReferralRequest;
import org.casecoordination.intake.ReferralService;
import org.casecoordination.security.Groups;
import org.casecoordination.security.RunAs;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The client whose whole record the benchmark reads as FHIR ({@code Patient/{id}/$everything}, issue #23): one
 * typical case made through the app's services as the seeder's are, with consent to share, {@value #CONTACTS}
 * contacts, {@value #REFERRALS} confirmed provider referrals and {@value #ASSESSMENTS} PHQ-9 and GAD-7 results.
 * One client only: the seeding of the many cases stays as fast as it was.
 */
final class FhirRecordClient {

    static final int CONTACTS = 3;
    static final int REFERRALS = 4;
    static final int ASSESSMENTS = 6;
    private static final List<ServiceType> TYPES = List.of(ServiceType.HOME_CARE, ServiceType.ADULT_DAY_CARE,
            ServiceType.REHABILITATION, ServiceType.SOCIAL_SERVICES);

    private FhirRecordClient() {
    }

    /** Makes the case in {@code team} as its {@code coordinator}; returns the client's id (the Patient's id). */
    static long prepare(ConfigurableApplicationContext context, String team, String coordinator) {
        ReferralService referrals = context.getBean(ReferralService.class);
        ConsentService consents = context.getBean(ConsentService.class);
        ProviderDirectory providers = context.getBean(ProviderDirectory.class);
        ProviderReferrals serviceReferrals = context.getBean(ProviderReferrals.class);
        CaseRepository caseRepository = context.getBean(CaseRepository.class);
        AssessmentService assessments = context.getBean(AssessmentService.class);
        ClientContacts contacts = context.getBean(ClientContacts.class);
        ObjectMapper json = new ObjectMapper();
        List<Long> providerIds = TYPES.stream().map(type -> providers.save(null, ProviderForm.of(new ProviderDetails(
                "FHIR bench " + type.name().toLowerCase().replace('_', ' '), List.of(type), List.of("10115"),
                List.of("en", "es"), true, 10_000, "Intake desk", "555-0102", null, "Mon-Fri 08:00-18:00")))
                .getId()).toList();
        return RunAs.user(coordinator, List.of(Groups.COORDINATORS, team), () -> {
            ReferralRequest referral = new ReferralRequest();
            referral.getClient().setFirstName("Rosa");
            referral.getClient().setLastName("Registro");
            referral.getClient().setDateOfBirth(LocalDate.of(1944, 9, 3));
            referral.getClient().setSex(Sex.FEMALE);
            referral.getClient().setPreferredLanguage("es");
            referral.getClient().setPhone("555-0188");
            referral.getClient().setAddress("40 Oak Avenue, Springfield");
            referral.setPrimaryConcern(PrimaryConcern.DEMENTIA);
            referral.setUrgency(Urgency.ROUTINE);
            referral.setTeam(team);
            String caseNumber = referrals.refer(referral).getCaseNumber();
            ConsentRequest consent = new ConsentRequest();
            consent.setPurpose(ConsentPurpose.SHARE_WITH_PROVIDERS);
            consent.setAnyProvider(true);
            consent.setGivenOn(LocalDate.now());
            consents.record(caseNumber, consent);
            for (int i = 0; i < CONTACTS; i++) {
                ContactRequest contact = new ContactRequest();
                contact.setRelationship(i == 0 ? Relationship.CAREGIVER : Relationship.FAMILY);
                contact.setName("Contacto " + (i + 1) + " Registro");
                contact.setPhone("(212) 555-01" + (10 + i));
                contact.setLanguage("es");
                contact.setPrimaryCaregiver(i == 0);
                contact.setConsents(Set.of(Channel.SMS));
                contacts.add(caseNumber, contact);
            }
            CareCase careCase = caseRepository.findByCaseNumber(caseNumber).orElseThrow();
            for (int i = 0; i < REFERRALS; i++) {
                ProviderReferral service = serviceReferrals.draft(careCase, TYPES.get(i), providerIds.get(i),
                        coordinator);
                serviceReferrals.confirm(service.getId(), LocalDate.now().plusDays(i), "Tuesdays 10:00");
            }
            try {
                for (int i = 0; i < ASSESSMENTS / 2; i++) {
                    assessments.record(caseNumber, "PHQ9", json.readTree("[1,2,1,1,0,1,1,0,0]"), null, coordinator);
                    assessments.record(caseNumber, "GAD7", json.readTree("[1,1,2,1,0,0,0]"), null, coordinator);
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            return careCase.getClient().getId();
        });
    }
}
