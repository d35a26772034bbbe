package org.casecoordination.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casecoordination.security.People;
import org.casecoordination.system.Dates;
import org.casecoordination.system.Words;
import org.springframework.stereotype.Component;

/**
 * Puts a report's table, or the cases behind one of its numbers, into an {@link ExportSheet} in the reader's
 * language, with the same figures, headings and definitions as the page. Numbers stay numbers: days rounded to
 * one decimal as on the page, a share as a percentage with what it is a share of in the next column.
 */
@Component
class ReportSheets {

    private final Words words;
    private final Dates dates;
    private final People people;
    private final ReportsProperties properties;
    private final Reports reports;

    ReportSheets(Words words, Dates dates, People people, ReportsProperties properties, Reports reports) {
        this.words = words;
        this.dates = dates;
        this.people = people;
        this.properties = properties;
        this.reports = reports;
    }

    ExportSheet table(MeasureTable table, ReportFilter filter, Instant asOf) {
        Map<String, Figure.Kind> kinds = kinds(table);
        List<String> headers = new ArrayList<>(List.of(words.text("reports.column.row")));
        for (String column : table.columns()) {
            String heading = words.text("reports.column." + column);
            switch (kinds.getOrDefault(column, Figure.Kind.COUNT)) {
                case DAYS -> headers.add(words.text("reports.export.daysHeading", heading));
                case SHARE -> {
                    headers.add(words.text("reports.export.percentHeading", heading));
                    headers.add(words.text("reports.export.outOfHeading", heading));
                }
                default -> headers.add(heading);
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (MeasureRow row : table.rows()) {
            List<Object> cells = new ArrayList<>();
            cells.add(row.label());
            for (String column : table.columns()) {
                Figure figure = row.figure(column);
                Figure.Kind kind = kinds.getOrDefault(column, Figure.Kind.COUNT);
                cells.add(figure == null || figure.value() == null ? null : number(figure));
                if (kind == Figure.Kind.SHARE) {
                    cells.add(figure == null ? null : figure.of());
                }
            }
            rows.add(cells);
        }
        List<String> about = new ArrayList<>(about(filter, asOf));
        about.add(definition(table.key()));
        String title = words.text("reports." + table.key() + ".title");
        return new ExportSheet(title, title, about, headers, rows);
    }

    /**
     * The cases behind a number. A Part 2 case's primary concern is left out and the file says so; where the
     * number itself would tell that the cases are about substance use, {@code lines} holds none of those cases
     * and {@code leftOut} says how many were left out ({@link ReportExports}).
     */
    ExportSheet cases(MeasureTable table, MeasureRow row, Figure number, ReportFilter filter, Instant asOf,
            List<ExportCase> lines, long leftOut, long total) {
        String title = words.text("reports.cases.heading", words.text("reports." + table.key() + ".title"),
                row.label(), words.text("reports.column." + number.key()));
        List<String> about = new ArrayList<>(about(filter, asOf));
        about.add(lines.size() + leftOut < total ? words.text("reports.cases.firstOf", lines.size() + leftOut, total)
                : words.text("reports.cases.count", total));
        if (lines.stream().anyMatch(ExportCase::part2)) {
            about.add(words.text("reports.export.part2Concern"));
        }
        if (leftOut > 0) {
            about.add(words.text("reports.export.part2LeftOut", leftOut));
        }
        List<String> headers = List.of(words.text("reports.cases.caseNumber"), words.text("reports.export.lastName"),
                words.text("reports.export.firstName"), words.text("reports.cases.stage"),
                words.text("reports.cases.coordinator"), words.text("reports.filter.concern"));
        List<List<Object>> rows = new ArrayList<>();
        for (ExportCase line : lines) {
            List<Object> cells = new ArrayList<>();
            cells.add(line.caseNumber());
            cells.add(line.lastName());
            cells.add(line.firstName());
            cells.add(words.label("caseStage", line.stage()));
            cells.add(line.owner() == null ? words.text("reports.row.noCoordinator") : people.fullName(line.owner()));
            cells.add(line.part2() ? words.text("reports.export.leftOut")
                    : words.label("primaryConcern", line.concern()));
            rows.add(cells);
        }
        return new ExportSheet(words.text("reports.cases.title"), title, about, headers, rows);
    }

    /** Team and period, the filter, and when the figures were computed: every file says what it covers. */
    private List<String> about(ReportFilter filter, Instant asOf) {
        return List.of(
                words.text("reports.periodShown", people.teamName(filter.team()), dates.day(filter.from()),
                        dates.day(filter.to()), reports.zone().getId()),
                words.text("reports.export.filter",
                        filter.coordinator() == null ? words.text("reports.filter.everyone")
                                : people.fullName(filter.coordinator()),
                        filter.concern() == null ? words.text("reports.filter.all")
                                : words.label("primaryConcern", filter.concern()),
                        filter.acuity() == null ? words.text("reports.filter.all")
                                : words.label("acuity", filter.acuity())),
                words.text("reports.export.asOf", dates.dateTime(asOf)));
    }

    /** The definition printed beside the table on the page, with the same settings filled in. */
    String definition(String measure) {
        return switch (measure) {
            case "openCaseload" -> words.text("reports.openCaseload.definition", properties.weightOf("LOW"),
                    properties.weightOf("MODERATE"), properties.weightOf("HIGH"), properties.weightOf("CRITICAL"),
                    properties.unassessedWeight());
            case "timeToContact" -> words.text("reports.timeToContact.definition", properties.intakeCompletedDays());
            default -> words.text("reports." + measure + ".definition");
        };
    }

    /** Days with one decimal and shares as whole-number percentages with one decimal, as a spreadsheet wants them. */
    private static Number number(Figure figure) {
        return switch (figure.kind()) {
            case COUNT, WEIGHTED -> Math.round(figure.value());
            case DAYS, SHARE -> Math.round(figure.value() * 10) / 10.0;
        };
    }

    private static Map<String, Figure.Kind> kinds(MeasureTable table) {
        Map<String, Figure.Kind> kinds = new LinkedHashMap<>();
        table.rows().forEach(r -> r.figures().forEach(f -> kinds.putIfAbsent(f.key(), f.kind())));
        return kinds;
    }
}
