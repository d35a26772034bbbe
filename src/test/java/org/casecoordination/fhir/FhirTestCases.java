package org.casecoordination.fhir;

import java.time.LocalDate;
import org.casecoordination.casefile.Urgency;
import org.casecoordination.client.PrimaryConcern;
import org.casecoordination.client.Sex;
import org.casecoordination.intake.ReferralRequest;
import org.casecoordination.intake.ReferralService;
import org.casecoordination.support.Cases;
import org.springframework.stereotype.Component;

/** Cases for the FHIR tests: a referred client of a team, at intake. */
@Component
class FhirTestCases {

    private final ReferralService referrals;
    private final Cases cases;

    FhirTestCases(ReferralService referrals, Cases cases) {
        this.referrals = referrals;
        this.cases = cases;
    }

    /** A case of {@code team}, referred by a coordinator of that team ({@code by}), at intake. */
    String open(String by, String team, String firstName, String lastName, String language) {
        return cases.as(by, () -> {
            ReferralRequest referral = new ReferralRequest();
            referral.getClient().setFirstName(firstName);
            referral.getClient().setLastName(lastName);
            referral.getClient().setDateOfBirth(LocalDate.of(1948, 2, 29));
            referral.getClient().setSex(Sex.FEMALE);
            referral.getClient().setPreferredLanguage(language);
            referral.getClient().setPhone("555-0177");
            referral.getClient().setAddress("12 Elm Street, Springfield");
            referral.setPrimaryConcern(PrimaryConcern.DEMENTIA);
            referral.setUrgency(Urgency.ROUTINE);
            referral.setTeam(team);
            return referrals.refer(referral).getCaseNumber();
        });
    }
}
