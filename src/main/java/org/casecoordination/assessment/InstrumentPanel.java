package org.casecoordination.assessment;

import java.util.List;

/**
 * The "Instruments" panel of the assessment task: what to give (always PHQ-9, Katz and Lawton; AUDIT-C and CAGE-AID
 * when substance use is in view; the AHC screen at the first assessment), the others to add, and what has been
 * recorded during this task.
 *
 * @param recorded results recorded since the task was created, the latest first
 */
public record InstrumentPanel(String taskId, List<Offer> offered, List<Instrument> others,
        List<AssessmentResult> recorded) {

    /** An instrument the panel offers, with why (a message key), and its result in this task if it was given already. */
    public record Offer(Instrument instrument, String reason, AssessmentResult result) {
    }
}
