package org.casecoordination.reports;

import java.util.List;

/**
 * One row of a measure's table: what it is about (a coordinator, a stage, a reason) in the reader's words, and its
 * figures in the order of the measure's columns.
 *
 * @param key a stable key of the row (a code, a user id, {@code all}) for drill-down and exports
 */
public record MeasureRow(String key, String label, List<Figure> figures) {

    public Figure figure(String figureKey) {
        return figures.stream().filter(f -> f.key().equals(figureKey)).findFirst().orElse(null);
    }
}
