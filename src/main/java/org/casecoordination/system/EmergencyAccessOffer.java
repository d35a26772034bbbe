package org.casecoordination.system;

/**
 * Whether the 403 page may offer the caller emergency access ("break the glass") to the refused case; the case
 * file implements it, so the error pages need not know the case file.
 */
public interface EmergencyAccessOffer {

    boolean mayBreakTheGlass();
}
