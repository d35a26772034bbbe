package org.casecoordination.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.casefile.Urgency;
import org.casecoordination.client.PrimaryConcern;
import org.casecoordination.intake.ReferralRequest;
import org.casecoordination.intake.ReferralService;
import org.casecoordination.security.RunAs;
import org.casecoordination.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A consent counts for all the client's cases; another team sees that it exists, not the case it came from. */
@ApplicationTest
class ConsentAcrossTeamsTests {

    @Autowired
    ReferralService referrals;
    @Autowired
    ConsentService consents;
    @Autowired
    CaseRepository cases;

    @Test
    void anotherTeamSeesTheConsentButNotTheCaseItWasRecordedFrom() {
        List<String> bothTeams = List.of("coordinators", "team-north", "team-south");
        CareCase north = RunAs.user("cora", bothTeams, () -> referrals.refer(referral("team-north", null)));
        CareCase south = RunAs.user("cora", bothTeams,
                () -> referrals.refer(referral("team-south", north.getClient().getId())));
        ConsentRequest request = new ConsentRequest();
        request.setPurpose(ConsentPurpose.SHARE_WITH_PROVIDERS);
        request.setGivenOn(LocalDate.now());
        request.setAnyProvider(true);
        RunAs.user("cora", List.of("coordinators", "team-north"),
                () -> consents.record(north.getCaseNumber(), request));

        List<ConsentSummary> seenBySouth = RunAs.user("dana", List.of("coordinators", "team-south"),
                () -> consents.listFor(cases.findByCaseNumber(south.getCaseNumber()).orElseThrow()));
        assertThat(seenBySouth).singleElement().satisfies(consent -> {
            assertThat(consent.purpose()).isEqualTo(ConsentPurpose.SHARE_WITH_PROVIDERS);
            assertThat(consent.recordedFromCase()).isNull();
        });
        List<ConsentSummary> seenByNorth = RunAs.user("cora", List.of("coordinators", "team-north"),
                () -> consents.listFor(cases.findByCaseNumber(north.getCaseNumber()).orElseThrow()));
        assertThat(seenByNorth).singleElement()
                .satisfies(consent -> assertThat(consent.recordedFromCase()).isEqualTo(north.getCaseNumber()));
    }

    private static ReferralRequest referral(String team, Long clientId) {
        ReferralRequest referral = new ReferralRequest();
        referral.getClient().setFirstName("Consent");
        referral.getClient().setLastName("Across-" + System.nanoTime());
        referral.getClient().setDateOfBirth(LocalDate.of(1955, 5, 5));
        referral.setPrimaryConcern(PrimaryConcern.SUBSTANCE_USE);
        referral.setUrgency(Urgency.ROUTINE);
        referral.setTeam(team);
        referral.setClientId(clientId);
        return referral;
    }
}
