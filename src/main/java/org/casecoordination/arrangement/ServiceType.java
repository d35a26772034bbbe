package org.casecoordination.arrangement;

import java.util.Arrays;
import java.util.Optional;

/** The services a coordinator arranges (codes from the domain reference), with the words coordinators use. */
public enum ServiceType {
    TRANSPORTATION("Transportation"),
    HOME_CARE("Home care"),
    ADULT_DAY_CARE("Adult day care"),
    RESIDENTIAL_CARE("Residential care"),
    NURSING_HOME("Nursing home"),
    REHABILITATION("Rehabilitation"),
    MENTAL_HEALTH_CLINIC("Mental health clinic"),
    SUBSTANCE_USE_PROGRAM("Substance use program"),
    SOCIAL_SERVICES("Social services");

    private final String label;

    ServiceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Services the client travels to, for which the arrangement offers to book transport. */
    public boolean needsTravel() {
        return this == ADULT_DAY_CARE || this == MENTAL_HEALTH_CLINIC || this == REHABILITATION
                || this == SUBSTANCE_USE_PROGRAM;
    }

    public static Optional<ServiceType> of(String code) {
        return Arrays.stream(values()).filter(t -> t.name().equals(code == null ? null : code.strip())).findFirst();
    }
}
