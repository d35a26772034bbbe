package org.casecoordination.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.casefile.TimelineEntry;
import org.casecoordination.casefile.TimelineRepository;
import org.casecoordination.client.Sex;
import org.casecoordination.security.RunAs;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Storing a scored instrument: what is kept, the event, the latest result per instrument, nothing on refusal. */
@ApplicationTest
@RecordApplicationEvents
class AssessmentServiceTests {

    @Autowired
    AssessmentService assessments;
    @Autowired
    AssessmentResults results;
    @Autowired
    AssessmentResultRepository repository;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    TimelineRepository timeline;
    @Autowired
    Cases cases;
    @Autowired
    ApplicationEvents events;

    /**
     * A case past intake: its work is then the owner's, so these tests leave no unclaimed tasks in the shared
     * context's team queue (whose first page other tests read).
     */
    String openCase() {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        return caseNumber;
    }

    static JsonNode json(String text) {
        return InstrumentScoringTests.json(text);
    }

    AssessmentResult record(String user, String caseNumber, String instrument, String answers, Sex sex) {
        return cases.as(user, () -> assessments.record(caseNumber, instrument, json(answers), sex, user));
    }

    @Test
    void aResultIsStoredWithEverythingAndAnnouncedInItsTransaction() {
        String caseNumber = openCase();
        CareCase careCase = caseRepository.findByCaseNumber(caseNumber).orElseThrow();

        AssessmentResult result = record("cora", caseNumber, "PHQ9", "[1,1,1,1,1,1,1,1,2]", null);

        AssessmentResult stored = repository.findById(result.getId()).orElseThrow();
        assertThat(stored.getInstrument()).isEqualTo(Instrument.PHQ9);
        assertThat(stored.getInstrumentVersion()).isEqualTo(Instrument.PHQ9.version());
        assertThat(stored.getAnswers()).isEqualTo("[1,1,1,1,1,1,1,1,2]");
        assertThat(stored.getScore()).isEqualTo(10);
        assertThat(stored.getBand()).isEqualTo("MODERATE");
        assertThat(stored.getFlags()).containsExactly("SAFETY");
        assertThat(stored.getPositiveDomains()).isEmpty();
        assertThat(stored.getAdministeredBy()).isEqualTo("cora");
        assertThat(stored.getAdministeredAt()).isNotNull();
        assertThat(events.stream(AssessmentRecorded.class))
                .filteredOn(event -> event.caseNumber().equals(caseNumber)).singleElement()
                .satisfies(event -> {
                    assertThat(event.caseId()).isEqualTo(careCase.getId());
                    assertThat(event.result().raisesSafetyConcern()).isTrue();
                    assertThat(event.result().score()).isEqualTo(10);
                });
        assertThat(timeline.findByCareCaseIdOrderByOccurredAtDescIdDesc(careCase.getId()))
                .extracting(TimelineEntry::getSummary)
                .contains("PHQ-9 (depression) recorded: score 10, Moderate \u2014 safety flag");
    }

    @Test
    void theLatestResultOfEachInstrumentCounts() {
        String caseNumber = openCase();
        long caseId = caseRepository.findByCaseNumber(caseNumber).orElseThrow().getId();
        record("cora", caseNumber, "GAD7", "[3,3,3,3,3,0,0]", null);
        record("cora", caseNumber, "GAD7", "[0,0,0,0,0,0,1]", null);
        record("colin", caseNumber, "AHCHRSN", """
                {"livingSituation": "NO_STEADY_PLACE", "housingProblems": [], "foodWorry": "NEVER",
                 "foodDidNotLast": "NEVER", "transportation": "YES", "utilities": "NO",
                 "physicallyHurt": 1, "insulted": 1, "threatened": 1, "screamedAt": 1}""", null);

        Map<String, InstrumentResult> latest = results.latestByInstrument(caseId);

        assertThat(latest).containsOnlyKeys("GAD7", "AHCHRSN");
        assertThat(latest.get("GAD7").score()).isEqualTo(1);
        assertThat(latest.get("GAD7").band()).isEqualTo("MINIMAL");
        assertThat(latest.get("AHCHRSN").score()).isNull();
        assertThat(latest.get("AHCHRSN").positiveDomains()).containsExactly("HOUSING_INSTABILITY", "TRANSPORTATION");
        assertThat(cases.as("cora", () -> assessments.history(caseNumber))).hasSize(3);
    }

    @Test
    void auditCTakesTheClientsRecordedSexUnlessTheRequestGivesOne() {
        String caseNumber = openCase(); // the test client is recorded as FEMALE

        assertThat(record("cora", caseNumber, "AUDITC", "[1,1,1]", null))
                .returns("POSITIVE", AssessmentResult::getBand).returns("FEMALE", AssessmentResult::getSexApplied);
        assertThat(record("cora", caseNumber, "AUDITC", "[1,1,1]", Sex.MALE))
                .returns("NEGATIVE", AssessmentResult::getBand).returns("MALE", AssessmentResult::getSexApplied);
    }

    @Test
    void aRefusedAnswerSetLeavesNothingBehind() {
        String caseNumber = openCase();
        long caseId = caseRepository.findByCaseNumber(caseNumber).orElseThrow().getId();
        long before = events.stream(AssessmentRecorded.class).count();

        assertThatThrownBy(() -> record("cora", caseNumber, "PHQ9", "[1,1,1]", null))
                .isInstanceOf(InvalidAnswersException.class);
        assertThatThrownBy(() -> record("cora", caseNumber, "MMSE", "[1]", null))
                .isInstanceOf(InvalidAnswersException.class);

        assertThat(repository.findByCareCaseIdOrderByAdministeredAtDescIdDesc(caseId)).isEmpty();
        assertThat(events.stream(AssessmentRecorded.class).count()).isEqualTo(before);
        assertThat(timeline.findByCareCaseIdOrderByOccurredAtDescIdDesc(caseId)).extracting(TimelineEntry::getKind)
                .doesNotContain(org.casecoordination.casefile.TimelineKind.ASSESSMENT_RECORDED);
    }

    @Test
    void onlyTheCasesTeamRecords() {
        String caseNumber = openCase();

        assertThatThrownBy(() -> RunAs.user("dana", List.of("coordinators", "team-south"),
                () -> assessments.record(caseNumber, "GAD7", json("[0,0,0,0,0,0,0]"), null, "dana")))
                .isInstanceOf(org.casecoordination.casefile.CaseAccessDeniedException.class);
    }
}
