package org.casecoordination.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casecoordination.system.Words;
import org.springframework.stereotype.Component;

/**
 * A measure's table as the chart script reads it: the rows' labels and one series per column, the series named in
 * the reader's language. The table beside the chart has the same numbers and is what screen readers read.
 */
@Component
class ReportCharts {

    /** The measures drawn as charts, with the columns each chart shows. */
    static final Map<String, List<String>> CHARTS = Map.of(
            "openCaseload", List.of("count", "weighted"),
            "stageTimes", List.of("median", "p90"),
            "closures", List.of("count"));

    private final ObjectMapper json;
    private final Words words;

    ReportCharts(ObjectMapper json, Words words) {
        this.json = json;
        this.words = words;
    }

    /** Chart data by measure key, for the measures that have a chart. */
    Map<String, String> of(List<MeasureTable> tables) throws JsonProcessingException {
        Map<String, String> charts = new LinkedHashMap<>();
        for (MeasureTable table : tables) {
            List<String> columns = CHARTS.get(table.key());
            if (columns != null && !table.rows().isEmpty()) {
                charts.put(table.key(), json.writeValueAsString(Map.of(
                        "labels", table.rows().stream().map(MeasureRow::label).toList(),
                        "series", columns.stream().map(column -> Map.of(
                                "label", words.text("reports.column." + column),
                                "data", table.rows().stream().map(r -> r.figure(column).value()).toList())).toList())));
            }
        }
        return charts;
    }
}
