package org.casecoordination.casefile;

public enum Urgency {
    ROUTINE, URGENT
}
