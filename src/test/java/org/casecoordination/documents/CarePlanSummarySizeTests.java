package org.casecoordination.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.casecoordination.arrangement.ProviderDirectory;
import org.casecoordination.arrangement.ProviderReferral;
import org.casecoordination.arrangement.ProviderReferrals;
import org.casecoordination.arrangement.ProviderSearch;
import org.casecoordination.arrangement.ServiceType;
import org.casecoordination.assessment.AssessmentService;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 20's size limit: a care-plan summary for a case with 10 services and 20 assessments is at most 300 KB (the
 * fonts are embedded as subsets). Its time is a benchmark's figure, not a test's (docs/benchmarks.md).
 */
@ApplicationTest
class CarePlanSummarySizeTests {

    private static final List<ServiceType> TYPES = List.of(ServiceType.HOME_CARE, ServiceType.ADULT_DAY_CARE,
            ServiceType.REHABILITATION, ServiceType.MENTAL_HEALTH_CLINIC, ServiceType.SOCIAL_SERVICES);

    @Autowired
    DocumentTestCases documentCases;
    @Autowired
    Cases cases;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    ProviderDirectory providers;
    @Autowired
    ProviderReferrals referrals;
    @Autowired
    AssessmentService assessments;
    @Autowired
    CaseDocuments documents;

    @Test
    void aSummaryOfTenServicesAndTwentyAssessmentsTakesAtMostASecondAndThreeHundredKilobytes() throws Exception {
        String caseNumber = documentCases.open("Bench", "Mark", "es");
        cases.giveConsentToShare("cora", caseNumber);
        cases.as("cora", () -> {
            CareCase careCase = caseRepository.findByCaseNumber(caseNumber).orElseThrow();
            for (int i = 0; i < 10; i++) {
                ServiceType type = TYPES.get(i % TYPES.size());
                long providerId = providers.search(ProviderSearch.of(type, null, null)).get(0).getId();
                ProviderReferral referral = referrals.draft(careCase, type, providerId, "cora");
                referrals.confirm(referral.getId(), LocalDate.now().plusDays(i), "Mondays and Thursdays 9:00");
            }
            try {
                for (int i = 0; i < 10; i++) {
                    assessments.record(caseNumber, "PHQ9", new ObjectMapper().readTree("[1,1,1,1,1,1,1,1,0]"),
                            null, "cora");
                    assessments.record(caseNumber, "GAD7", new ObjectMapper().readTree("[1,1,1,1,0,0,0]"),
                            null, "cora");
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });

        CaseDocument document = cases.as("cora", () -> documents.generate(caseNumber,
                DocumentKind.CARE_PLAN_SUMMARY));

        assertThat(document.getSizeBytes()).as("PDF bytes").isLessThanOrEqualTo(300 * 1024);
    }
}
