package org.casecoordination.assessment;

import java.util.ArrayList;
import java.util.List;

/** The bands of a total, each from its lower bound to the next one's: {@code Bands.from(0, "MINIMAL", 5, "MILD")}. */
final class Bands {

    private record Band(int from, String name) {
    }

    private final List<Band> bands;

    private Bands(List<Band> bands) {
        this.bands = bands;
    }

    /** Pairs of lower bound and name, in ascending order; the first lower bound is the lowest possible total. */
    static Bands from(Object... boundsAndNames) {
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < boundsAndNames.length; i += 2) {
            bands.add(new Band((Integer) boundsAndNames[i], (String) boundsAndNames[i + 1]));
        }
        return new Bands(List.copyOf(bands));
    }

    String of(int total) {
        String name = null;
        for (Band band : bands) {
            if (total >= band.from()) {
                name = band.name();
            }
        }
        if (name == null) {
            throw new IllegalArgumentException("No band for " + total);
        }
        return name;
    }
}
