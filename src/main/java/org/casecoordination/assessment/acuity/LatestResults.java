package org.casecoordination.assessment.acuity;

import java.util.HashMap;
import java.util.Map;
import org.casecoordination.assessment.AssessmentRecorded;
import org.casecoordination.assessment.AssessmentResults;
import org.casecoordination.assessment.InstrumentResult;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The inputs of the Acuity decision, as the business rule tasks' input mappings read them
 * ({@code ${latestResults.score(caseNumber, 'PHQ9')}}): the latest result of each instrument given on the case.
 * An instrument never given is null, which matches no threshold in the decision table.
 */
@Component("latestResults")
public class LatestResults {

    private final CaseRepository cases;
    private final AssessmentResults results;

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
        Map<String, Map<String, InstrumentResult>> readInThisTransaction = readInThisTransaction();
        Map<String, InstrumentResult> latest = readInThisTransaction.get(caseNumber);
        if (latest == null) {
            latest = cases.lookUp(caseNumber).map(CareCase::getId).map(results::latestByInstrument).orElse(Map.of());
            readInThisTransaction.put(caseNumber, latest);
        }
        return latest;
    }

    @EventListener
    public void onAssessmentRecorded(AssessmentRecorded recorded) {
        if (TransactionSynchronizationManager.hasResource(this)) {
            TransactionSynchronizationManager.unbindResource(this);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, InstrumentResult>> readInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashMap<>();
        }
        var read = (Map<String, Map<String, InstrumentResult>>) TransactionSynchronizationManager.getResource(this);
        if (read == null) {
            Map<String, Map<String, InstrumentResult>> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(LatestResults.this);
                }
            });
            read = fresh;
        }
        return read;
    }
}
