package org.casecoordination.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.casecoordination.casefile.TimelineWords;
import org.casecoordination.system.Dates;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The check a provider referral will call: allowed, or the reason why not, and the Part 2 notice. */
@ApplicationTest
class ConsentCheckTests {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    ConsentCheck check;
    @Autowired
    ConsentService consents;
    @Autowired
    Cases cases;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    TimelineWords timelineWords;
    @Autowired
    Dates dates;

    String caseNumber;
    Long clientId;

    @BeforeEach
    void openCase() {
        caseNumber = cases.open("team-north");
        clientId = caseRepository.findByCaseNumber(caseNumber).orElseThrow().getClient().getId();
    }

    @Test
    void withoutAnyConsentNothingIsShared() {
        ConsentDecision decision = check.mayDisclose(clientId, ConsentPurpose.SHARE_WITH_PROVIDERS, TODAY);
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reason()).isEqualTo("No consent to share with providers is recorded.");
        assertThat(decision.consentId()).isNull();
    }

    @Test
    void anActiveConsentAllowsAndAPart2DisclosureCarriesTheRedisclosureNotice() {
        ConsentSummary share = record(ConsentPurpose.SHARE_WITH_PROVIDERS, null, TODAY.minusDays(3), null);
        ConsentSummary part2 = record(ConsentPurpose.SUBSTANCE_USE_DISCLOSURE, null, TODAY, TODAY.plusYears(1));

        ConsentDecision shared = check.mayDisclose(clientId, ConsentPurpose.SHARE_WITH_PROVIDERS, TODAY, "Meals Inc");
        assertThat(shared.allowed()).isTrue();
        assertThat(shared.reason()).isNull();
        assertThat(shared.consentId()).isEqualTo(share.id());
        assertThat(shared.redisclosureNotice()).isNull();

        ConsentDecision disclosed = check.mayDisclose(clientId, ConsentPurpose.SUBSTANCE_USE_DISCLOSURE,
                TODAY.plusYears(1));
        assertThat(disclosed.allowed()).isTrue();
        assertThat(disclosed.consentId()).isEqualTo(part2.id());
        assertThat(disclosed.redisclosureNotice()).isEqualTo(RedisclosureNotice.TEXT)
                .startsWith("This record which has been disclosed to you is protected by Federal confidentiality")
                .contains("42 CFR part 2").contains("NOT sufficient")
                .contains("(iii) You have received the record from a covered entity or business associate as "
                        + "permitted by 45 CFR part 164, subparts A and E.");
        assertThat(disclosed.consentScope()).as("42 CFR 2.32(b): a clear explanation of the consent's scope")
                .contains(ConsentPurpose.SUBSTANCE_USE_DISCLOSURE.label()).contains("given " + TODAY)
                .contains("valid until " + TODAY.plusYears(1)).contains("revoke");
        assertThat(shared.consentScope()).isNull();
    }

    @Test
    void anExpiredConsentSaysWhenItExpired() {
        record(ConsentPurpose.SUBSTANCE_USE_DISCLOSURE, "Sunrise Recovery", LocalDate.of(2025, 10, 1),
                LocalDate.of(2026, 10, 1));
        ConsentDecision decision = check.mayDisclose(clientId, ConsentPurpose.SUBSTANCE_USE_DISCLOSURE,
                LocalDate.of(2026, 10, 2), "Sunrise Recovery");
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reason())
                .isEqualTo("The consent to disclose substance-use information expired on Oct 1, 2026.");
        assertThat(timelineWords.of(decision.reasonText(), Locale.forLanguageTag("es"))).as("a reader of Spanish")
                .isEqualTo("El consentimiento para divulgar información sobre el uso de sustancias venció el "
                        + dates.day(LocalDate.of(2026, 10, 1), Locale.forLanguageTag("es")) + ".");
        assertThat(check.mayDisclose(clientId, ConsentPurpose.SUBSTANCE_USE_DISCLOSURE, LocalDate.of(2026, 10, 1),
                "Sunrise Recovery").allowed()).as("valid until is the last valid day").isTrue();
    }

    @Test
    void aDisclosureBeforeTheConsentWasGivenIsNotCovered() {
        record(ConsentPurpose.SHARE_WITH_PROVIDERS, null, LocalDate.of(2026, 3, 1), null);
        ConsentDecision decision = check.mayDisclose(clientId, ConsentPurpose.SHARE_WITH_PROVIDERS,
                LocalDate.of(2026, 2, 28));
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reason()).isEqualTo("The consent to share with providers is valid only from Mar 1, 2026.");
    }

    @Test
    void aRevokedConsentRefusesFromTheDayOfRevocationButCoveredTheDaysBefore() {
        ConsentSummary consent = record(ConsentPurpose.SHARE_WITH_PROVIDERS, null, TODAY.minusDays(30), null);
        cases.as("cora", () -> consents.revoke(caseNumber, consent.id(), "Client withdrew consent by phone."));

        ConsentDecision decision = check.mayDisclose(clientId, ConsentPurpose.SHARE_WITH_PROVIDERS, TODAY);
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reason()).isEqualTo("The consent to share with providers was revoked on "
                + dates.day(TODAY, Locale.ENGLISH) + ".");
        assertThat(check.mayDisclose(clientId, ConsentPurpose.SHARE_WITH_PROVIDERS, TODAY.minusDays(1)).allowed())
                .isTrue();
    }

    @Test
    void aConsentForAnotherPurposeDoesNotCoverSubstanceUseInformation() {
        record(ConsentPurpose.SHARE_WITH_PROVIDERS, null, TODAY, null);
        ConsentDecision decision = check.mayDisclose(clientId, ConsentPurpose.SUBSTANCE_USE_DISCLOSURE, TODAY,
                "Sunrise Recovery");
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reason()).isEqualTo("No consent to disclose substance-use information is recorded.");
        assertThat(decision.redisclosureNotice()).isNull();
    }

    @Test
    void aPart2ConsentNamingOneProviderCoversOnlyThatProvider() {
        record(ConsentPurpose.SUBSTANCE_USE_DISCLOSURE, "Sunrise Recovery", TODAY, null);
        assertThat(check.mayDisclose(clientId, ConsentPurpose.SUBSTANCE_USE_DISCLOSURE, TODAY, " sunrise recovery")
                .allowed()).isTrue();
        assertThat(check.mayDisclose(clientId, ConsentPurpose.SUBSTANCE_USE_DISCLOSURE, TODAY, "Harbor Clinic")
                .reason()).isEqualTo("The consent to disclose substance-use information names only Sunrise Recovery,"
                        + " not Harbor Clinic.");
        assertThat(check.mayDisclose(clientId, ConsentPurpose.SUBSTANCE_USE_DISCLOSURE, TODAY).reason())
                .isEqualTo("The consent to disclose substance-use information names only Sunrise Recovery;"
                        + " choose one of them.");
    }

    @Test
    void aNewConsentAfterARevocationAllowsAgainAndBothStayOnRecord() {
        ConsentSummary first = record(ConsentPurpose.SHARE_WITH_PROVIDERS, null, TODAY.minusDays(10), null);
        cases.as("cora", () -> consents.revoke(caseNumber, first.id(), "Changed her mind."));
        ConsentSummary second = record(ConsentPurpose.SHARE_WITH_PROVIDERS, null, TODAY, null);

        assertThat(check.mayDisclose(clientId, ConsentPurpose.SHARE_WITH_PROVIDERS, TODAY).consentId())
                .isEqualTo(second.id());
        assertThat(cases.as("cora", () -> consents.list(caseNumber))).extracting(ConsentSummary::state)
                .containsExactly(ConsentState.ACTIVE, ConsentState.REVOKED);
    }

    private ConsentSummary record(ConsentPurpose purpose, String recipient, LocalDate givenOn, LocalDate validUntil) {
        ConsentRequest request = new ConsentRequest();
        request.setPurpose(purpose);
        request.setRecipient(recipient);
        request.setAnyProvider(recipient == null);
        request.setGivenOn(givenOn);
        request.setValidUntil(validUntil);
        return cases.as("cora", () -> consents.record(caseNumber, request));
    }
}
