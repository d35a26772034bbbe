package org.casecoordination.client;

/** Why the client was referred; drives which services and screenings a coordinator considers. */
public enum PrimaryConcern {
    CANCER("Cancer"),
    DEMENTIA("Dementia or Alzheimer's disease"),
    HIV_AIDS("HIV/AIDS"),
    SUBSTANCE_USE("Substance use"),
    MENTAL_HEALTH("Mental health"),
    OTHER_CHRONIC("Other chronic or terminal illness");

    private final String label;

    PrimaryConcern(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
