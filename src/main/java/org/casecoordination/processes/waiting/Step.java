package org.casecoordination.processes.waiting;

/**
 * One step of a process version as analysts read it, de-identified ({@link Deidentified}): a count of 1–10 is null
 * beside its words ("fewer than 11"), a time not shown is null beside the reason.
 *
 * @param element       the diagram's element, to place the figures on the diagram (never shown)
 * @param name          the step's name in the reader's language
 * @param passed        cases that finished the step
 * @param waiting       cases in the step now
 * @param medianSeconds median time spent in the step
 * @param p90Seconds    the time nine in ten visits stayed within
 */
public record Step(String element, String name, Long passed, String passedWords, Long waiting, String waitingWords,
        Long medianSeconds, String median, Long p90Seconds, String p90) {
}
