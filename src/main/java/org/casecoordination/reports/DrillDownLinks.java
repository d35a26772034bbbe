package org.casecoordination.reports;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.web.util.UriUtils;

/**
 * The address of the cases behind a number: the drill-down page with the report's own filter, so the list is
 * computed exactly as the number was.
 */
public final class DrillDownLinks {

    private final String filterQuery;

    DrillDownLinks(ReportRequest request, String team) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("team", team);
        fields.put("coordinator", request.getCoordinator());
        fields.put("period", request.getPeriod());
        fields.put("month", request.getMonth());
        fields.put("quarter", request.getQuarter());
        fields.put("from", request.getFrom());
        fields.put("to", request.getTo());
        fields.put("concern", request.getConcern());
        fields.put("acuity", request.getAcuity());
        this.filterQuery = fields.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
    }

    /** {@code /reports/cases?measure=..&row=..&figure=..&team=..}; Thymeleaf's {@code @{...}} adds the context path. */
    public String to(String measure, String row, String figure) {
        return "/reports/cases?measure=" + encode(measure) + "&row=" + encode(row) + "&figure=" + encode(figure)
                + (filterQuery.isEmpty() ? "" : "&" + filterQuery);
    }

    /** This table of the report as a file ({@code csv} or {@code xlsx}), with the report's filter. */
    public String export(String measure, String format) {
        return "/reports/export?measure=" + encode(measure) + "&format=" + encode(format)
                + (filterQuery.isEmpty() ? "" : "&" + filterQuery);
    }

    /** The monthly or quarterly report ({@code monthly}, {@code quarterly}) as {@code xlsx} or {@code pdf}. */
    public String document(String kind, String format) {
        return "/reports/document?kind=" + encode(kind) + "&format=" + encode(format)
                + (filterQuery.isEmpty() ? "" : "&" + filterQuery);
    }

    /** The cases behind a number as a file. */
    public String casesExport(String measure, String row, String figure, String format) {
        return "/reports/cases/export?measure=" + encode(measure) + "&row=" + encode(row) + "&figure="
                + encode(figure) + "&format=" + encode(format) + (filterQuery.isEmpty() ? "" : "&" + filterQuery);
    }

    /** The report page itself with the same filter (the drill-down's way back). */
    public String back() {
        return "/reports" + (filterQuery.isEmpty() ? "" : "?" + filterQuery);
    }

    private static String encode(String value) {
        return UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8);
    }
}
