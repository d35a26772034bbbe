package org.casecoordination.client;

/**
 * Why the client was referred; drives which services and screenings a coordinator considers. Words:
 * primaryConcern.CODE in the message bundles.
 */
public enum PrimaryConcern {
    CANCER,
    DEMENTIA,
    HIV_AIDS,
    SUBSTANCE_USE,
    MENTAL_HEALTH,
    OTHER_CHRONIC;
}
