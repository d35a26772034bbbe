package org.casecoordination.arrangement;

/** What the client needs to travel, for the transport provider. */
public enum MobilityNeeds {
    NONE("No special needs"), WHEELCHAIR("Wheelchair"), ESCORT("Escort"), STRETCHER("Stretcher");

    private final String label;

    MobilityNeeds(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
