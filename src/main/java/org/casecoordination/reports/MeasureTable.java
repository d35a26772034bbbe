package org.casecoordination.reports;

import java.util.List;

/**
 * A measure's result: its key (words {@code reports.<key>.title}, {@code .definition}, and one heading per column
 * {@code reports.column.<column>}), the columns (figure keys) and the rows.
 */
public record MeasureTable(String key, List<String> columns, List<MeasureRow> rows) {

    public MeasureRow row(String rowKey) {
        return rows.stream().filter(r -> r.key().equals(rowKey)).findFirst().orElse(null);
    }
}
