package org.casecoordination.documents;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.casecoordination.assessment.AssessmentService;
import org.casecoordination.casefile.Urgency;
import org.casecoordination.client.PrimaryConcern;
import org.casecoordination.client.Sex;
import org.casecoordination.intake.ReferralRequest;
import org.casecoordination.intake.ReferralService;
import org.casecoordination.support.Cases;
import org.casecoordination.support.FormAnswers;
import org.springframework.stereotype.Component;

/** Cases for the documents' tests: a client with a preferred language, a plan with a service, a PHQ-9. */
@Component
class DocumentTestCases {

    private final ReferralService referrals;
    private final Cases cases;
    private final AssessmentService assessments;

    DocumentTestCases(ReferralService referrals, Cases cases, AssessmentService assessments) {
        this.referrals = referrals;
        this.cases = cases;
        this.assessments = assessments;
    }

    /** A team-north case of a client who prefers this language (null: none recorded), at intake. */
    String open(String firstName, String lastName, String language) {
        return cases.as("cora", () -> {
            ReferralRequest referral = new ReferralRequest();
            referral.getClient().setFirstName(firstName);
            referral.getClient().setLastName(lastName);
            referral.getClient().setDateOfBirth(LocalDate.of(1946, 4, 12));
            referral.getClient().setSex(Sex.FEMALE);
            referral.getClient().setPreferredLanguage(language);
            referral.getClient().setPhone("555-0142");
            referral.getClient().setAddress("40 Oak Lane, Springfield");
            referral.setPrimaryConcern(PrimaryConcern.DEMENTIA);
            referral.setUrgency(Urgency.ROUTINE);
            referral.setTeam("team-north");
            return referrals.refer(referral).getCaseNumber();
        });
    }

    /** Intake, assessment, a plan with home care arranged and started, and a PHQ-9 of 12 (moderate). */
    String withPlan(String firstName, String lastName, String language) {
        return withPlan(firstName, lastName, language, "HOME_CARE");
    }

    /** As {@link #withPlan(String, String, String)}, with this service arranged and started. */
    String withPlan(String firstName, String lastName, String language, String service) {
        String caseNumber = open(firstName, lastName, language);
        cases.completeIntake("cora", caseNumber);
        cases.complete("cora", caseNumber, "Task_Assessment", FormAnswers.assessment());
        cases.complete("cora", caseNumber, "Task_PlanServices", FormAnswers.planServices(List.of(service)));
        cases.arrangeEach("cora", caseNumber);
        cases.as("cora", () -> {
            try {
                return assessments.record(caseNumber, "PHQ9",
                        new ObjectMapper().readTree("[2,2,1,1,2,1,1,2,0]"), null, "cora");
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        return caseNumber;
    }

    /** Completes the closure task the early closure left: the case is closed. */
    void closeNow(String caseNumber) {
        cases.complete("cora", caseNumber, "Task_CloseCase", FormAnswers.closure("MOVED_AWAY"));
    }
}
