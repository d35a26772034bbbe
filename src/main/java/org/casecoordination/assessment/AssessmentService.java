package org.casecoordination.assessment;

import org.casecoordination.casefile.TimelineText;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseAccessDeniedException;
import org.casecoordination.casefile.CaseConflictException;
import org.casecoordination.casefile.CaseFileService;
import org.casecoordination.casefile.CaseTimeline;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.client.Sex;
import org.casecoordination.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores and stores administered instruments, whichever door they come by (the assessment task's page, the JSON
 * API), and answers what has been scored for a case. Storing a result publishes {@link AssessmentRecorded} in the
 * same transaction, so whatever follows from it (acuity, a safety task) commits or rolls back with it.
 */
@Service
public class AssessmentService implements AssessmentResults {

    private final CaseFileService caseFiles;
    private final AssessmentResultRepository results;
    private final CaseTimeline timeline;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    AssessmentService(CaseFileService caseFiles, AssessmentResultRepository results, CaseTimeline timeline,
            CurrentUser currentUser, ApplicationEventPublisher events) {
        this.caseFiles = caseFiles;
        this.results = results;
        this.timeline = timeline;
        this.currentUser = currentUser;
        this.events = events;
    }

    /**
     * Scores a complete answer set and stores it with the server's time.
     *
     * @param instrumentCode  PHQ9, GAD7, AUDITC, CAGEAID, KATZADL, LAWTONIADL or AHCHRSN
     * @param answers         item scores in order, or the AHC answers object (see {@link Instrument})
     * @param sex             for AUDIT-C's threshold; null = the client's recorded sex
     * @throws org.casecoordination.casefile.CaseNotFoundException no such case
     * @throws CaseAccessDeniedException not a member of the case's team
     * @throws CaseConflictException the case is closed
     * @throws InvalidAnswersException unknown instrument, answers incomplete or out of range
     */
    @Transactional
    public AssessmentResult record(String caseNumber, String instrumentCode, JsonNode answers, Sex sex,
            String administeredBy) {
        CareCase careCase = caseFiles.find(caseNumber);
        if (!currentUser.teams().contains(careCase.getTeam())) {
            // emergency access lets an administrator read a record, not work on it
            throw new CaseAccessDeniedException(caseNumber);
        }
        if (careCase.isClosed()) {
            throw new CaseConflictException("Case " + caseNumber + " is closed: no assessment can be added.",
                    "errors.caseClosedNoAssessment", caseNumber);
        }
        Instrument instrument = Instrument.ofCode(instrumentCode);
        Score score = instrument.score(answers, sex != null ? sex : careCase.getClient().getSex());
        AssessmentResult result = results.save(new AssessmentResult(careCase, instrument, score, administeredBy));
        timeline.record(careCase, TimelineKind.ASSESSMENT_RECORDED, result.raisesSafetyConcern()
                ? "timeline.assessment.recordedWithSafetyFlag" : "timeline.assessment.recorded", instrument,
                TimelineText.Words.words(result.describe()));
        events.publishEvent(new AssessmentRecorded(careCase.getId(), caseNumber, result.toInstrumentResult()));
        return result;
    }

    /** Every result of the case the current user may see, the latest first. */
    @Transactional(readOnly = true)
    public List<AssessmentResult> history(String caseNumber) {
        return historyOf(caseFiles.find(caseNumber));
    }

    /** For a case the caller has already opened through CaseFileService. */
    @Transactional(readOnly = true)
    public List<AssessmentResult> historyOf(CareCase careCase) {
        return results.findByCareCaseIdOrderByAdministeredAtDescIdDesc(careCase.getId());
    }

    /** No access check: for the engine's own work (the acuity decision) on a case it is already handling. */
    @Override
    @Transactional(readOnly = true)
    public Map<String, InstrumentResult> latestByInstrument(long caseId) {
        Map<String, InstrumentResult> latest = new LinkedHashMap<>();
        for (AssessmentResult result : results.findByCareCaseIdOrderByAdministeredAtDescIdDesc(caseId)) {
            latest.putIfAbsent(result.getInstrument().code(), result.toInstrumentResult());
        }
        return latest;
    }
}
