package org.casecoordination.casefile;

/** How much attention a case needs, set by the {@code Acuity} decision after each assessment. */
public enum Acuity {
    LOW, MODERATE, HIGH, CRITICAL
}
