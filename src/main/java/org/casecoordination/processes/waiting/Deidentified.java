package org.casecoordination.processes.waiting;

/**
 * What of a step's figures people may read: a count from 1 to 10 could point at a person, so it reads "fewer than
 * 11" (0 stays 0), and the times of a step fewer than 11 cases finished are not shown at all (a median of three
 * cases is nearly one case's own time).
 */
final class Deidentified {

    /** The smallest count shown as a number, and the fewest cases whose times are shown. */
    static final int SMALLEST_SHOWN = 11;

    private Deidentified() {
    }

    /** The count as it may be shown; null for 1–10, which read "fewer than 11". */
    static Long count(long count) {
        return count == 0 || count >= SMALLEST_SHOWN ? count : null;
    }

    static boolean timesShown(long casesPassed) {
        return casesPassed >= SMALLEST_SHOWN;
    }
}
