package org.casecoordination.assessment.acuity;

import java.util.Map;
import org.casecoordination.assessment.AssessmentRecorded;
import org.casecoordination.assessment.AssessmentResults;
import org.casecoordination.assessment.InstrumentResult;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.system.TransactionMemo;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The inputs of the Acuity decision, as the business rule tasks' input mappings read them
 * ({@code ${latestResults.score(caseNumber, 'PHQ9')}}): the latest result of each instrument given on the case.
 * An instrument never given is null, which matches no threshold in the decision table.
 */
@Component("latestResults")
public class LatestResults {

    private final CaseRepository cases;
    private final AssessmentResults results;
    private final TransactionMemo<String, Map<String, InstrumentResult>> readInThisTransaction =
            new TransactionMemo<>();

    public LatestResults(CaseRepository cases, AssessmentResults results) {
        this.cases = cases;
        this.results = results;
    }

    /** True when any instrument's latest result carries the SAFETY flag. */
    public boolean safetyFlag(String caseNumber) {
        return latest(caseNumber).values().stream().anyMatch(InstrumentResult::raisesSafetyConcern);
    }

    public Integer score(String caseNumber, String instrument) {
        InstrumentResult result = latest(caseNumber).get(instrument);
        return result == null ? null : result.score();
    }

    public String band(String caseNumber, String instrument) {
        InstrumentResult result = latest(caseNumber).get(instrument);
        return result == null ? null : result.band();
    }

    /** How many domains the instrument's latest result found positive (the AHC social needs screen). */
    public Integer positiveDomains(String caseNumber, String instrument) {
        InstrumentResult result = latest(caseNumber).get(instrument);
        return result == null ? null : result.positiveDomains().size();
    }

    public int instrumentsGiven(String caseNumber) {
        return latest(caseNumber).size();
    }

    /**
     * Read once per case and transaction: the decision's input mappings ask about ten times in a row. A result
     * recorded in the same transaction drops what was read.
     */
    private Map<String, InstrumentResult> latest(String caseNumber) {
        return readInThisTransaction.get(caseNumber, number -> cases.lookUp(number).map(CareCase::getId)
                .map(results::latestByInstrument).orElse(Map.of()));
    }

    @EventListener
    public void onAssessmentRecorded(AssessmentRecorded recorded) {
        readInThisTransaction.forget();
    }
}
