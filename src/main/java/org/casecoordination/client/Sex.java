package org.casecoordination.client;

public enum Sex {
    FEMALE, MALE, OTHER, UNKNOWN
}
