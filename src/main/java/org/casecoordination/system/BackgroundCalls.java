package org.casecoordination.system;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Requests that programs make about background work (polling a bulk export, downloading its files): not people
 * waiting for a page, so background work need not give way to them ({@link RequestsInFlight} does not count them).
 * A module whose background work is followed over HTTP contributes one.
 */
public interface BackgroundCalls {

    /** Whether the request, by its path within the application, is such a call. */
    boolean isBackgroundCall(String path, HttpServletRequest request);
}
