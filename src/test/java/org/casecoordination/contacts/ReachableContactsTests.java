package org.casecoordination.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.casefile.Urgency;
import org.casecoordination.client.PrimaryConcern;
import org.casecoordination.intake.ReferralRequest;
import org.casecoordination.intake.ReferralService;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.FormAnswers;
import org.casecoordination.tasklist.TaskValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the reminders will read: a contact is reachable on a channel only with the client's consent to it, and
 * intake's caregiver becomes the primary caregiver contact, reachable on nothing until a consent is recorded.
 */
@ApplicationTest
class ReachableContactsTests {

    @Autowired
    Cases cases;
    @Autowired
    ClientContacts contacts;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    ReferralService referrals;

    @Test
    void aContactIsReachableOnlyOnTheChannelsTheClientConsentsTo() {
        String caseNumber = cases.open("team-north");
        ContactRequest request = request("Ana Ruiz", "(212) 555-0123", "ana@example.org", Set.of(Channel.SMS));
        request.setLanguage("es");
        long id = cases.as("cora", () -> contacts.add(caseNumber, request)).id();
        cases.as("cora", () -> contacts.add(caseNumber, request("Luis Ruiz", "212 555 0199", null, Set.of())));
        CareCase careCase = careCase(caseNumber);

        assertThat(contacts.reachableBy(careCase, Channel.SMS)).singleElement().satisfies(reachable -> {
            assertThat(reachable.contactId()).isEqualTo(id);
            assertThat(reachable.address()).isEqualTo("+12125550123");
            assertThat(reachable.language()).isEqualTo("es");
        });
        assertThat(contacts.reachableBy(careCase, Channel.EMAIL)).as("an email, but no consent to it").isEmpty();
        assertThat(contacts.reachableBy(careCase, Channel.PHONE_CALL)).isEmpty();

        cases.as("cora", () -> contacts.change(caseNumber, id,
                request("Ana Ruiz", "(212) 555-0123", "ana@example.org", Set.of(Channel.EMAIL))));
        assertThat(contacts.reachableBy(careCase, Channel.SMS)).as("consent withdrawn").isEmpty();
        assertThat(contacts.reachableBy(careCase, Channel.EMAIL)).singleElement()
                .satisfies(reachable -> assertThat(reachable.address()).isEqualTo("ana@example.org"));

        cases.as("cora", () -> contacts.remove(caseNumber, id));
        assertThat(contacts.reachableBy(careCase, Channel.EMAIL)).as("removed").isEmpty();
    }

    @Test
    void theCaregiverNamedAtIntakeIsThePrimaryCaregiverContactInE164WithoutConsent() {
        String caseNumber = cases.open("team-north");
        Map<String, Object> intake = FormAnswers.intakeEligible();
        intake.put("caregiverName", "Maria Lopez");
        intake.put("caregiverPhone", "(212) 555-0123");
        cases.complete("cora", caseNumber, "Task_Intake", intake);

        assertThat(cases.as("cora", () -> contacts.list(caseNumber))).singleElement().satisfies(contact -> {
            assertThat(contact.relationship()).isEqualTo(Relationship.CAREGIVER);
            assertThat(contact.primaryCaregiver()).isTrue();
            assertThat(contact.name()).isEqualTo("Maria Lopez");
            assertThat(contact.phone()).isEqualTo("+12125550123");
            assertThat(contact.createdBy()).isEqualTo("cora");
            assertThat(contact.consents()).isEmpty();
        });
        assertThat(careCase(caseNumber).getClient().getCaregiverContact()).isEqualTo("Maria Lopez, (212) 555-0123");
        for (Channel channel : Channel.values()) {
            assertThat(contacts.reachableBy(careCase(caseNumber), channel)).isEmpty();
        }
    }

    @Test
    void intakeRefusesACaregiverPhoneThatIsNoNumberBesideTheField() {
        String caseNumber = cases.open("team-north");
        Map<String, Object> intake = FormAnswers.intakeEligible();
        intake.put("caregiverName", "Maria Lopez");
        intake.put("caregiverPhone", "555-0199");
        assertThatThrownBy(() -> cases.complete("cora", caseNumber, "Task_Intake", intake))
                .isInstanceOf(TaskValidationException.class)
                .satisfies(e -> assertThat(((TaskValidationException) e).errors()).singleElement()
                        .satisfies(error -> assertThat(error.field()).isEqualTo("caregiverPhone")));
        assertThat(cases.as("cora", () -> contacts.list(caseNumber))).isEmpty();
        assertThat(cases.tasks(caseNumber, "Task_Intake")).as("intake still open").hasSize(1);
    }

    @Test
    void theCaregiverLineOfANewReferralBecomesThePrimaryCaregiverContact() {
        ReferralRequest referral = new ReferralRequest();
        referral.getClient().setFirstName("Contact");
        referral.getClient().setLastName("Referral-" + System.nanoTime());
        referral.getClient().setDateOfBirth(LocalDate.of(1944, 4, 4));
        referral.getClient().setCaregiverContact("Pedro Marquez (son), 212-555-0142");
        referral.setPrimaryConcern(PrimaryConcern.DEMENTIA);
        referral.setUrgency(Urgency.ROUTINE);
        referral.setTeam("team-north");
        String caseNumber = cases.as("cora", () -> referrals.refer(referral)).getCaseNumber();

        assertThat(cases.as("cora", () -> contacts.list(caseNumber))).singleElement().satisfies(contact -> {
            assertThat(contact.name()).isEqualTo("Pedro Marquez (son)");
            assertThat(contact.phone()).isEqualTo("+12125550142");
            assertThat(contact.primaryCaregiver()).isTrue();
        });
    }

    private CareCase careCase(String caseNumber) {
        return caseRepository.findByCaseNumber(caseNumber).orElseThrow();
    }

    private static ContactRequest request(String name, String phone, String email, Set<Channel> consents) {
        ContactRequest request = new ContactRequest();
        request.setRelationship(Relationship.FAMILY);
        request.setName(name);
        request.setPhone(phone);
        request.setEmail(email);
        request.setConsents(new java.util.LinkedHashSet<>(consents));
        return request;
    }
}
