package org.casecoordination.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casecoordination.forms.FieldError;
import org.springdoc.core.annotations.ParameterObject;
import org.casecoordination.security.AllowedGroups;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.Groups;
import org.casecoordination.security.audit.AuditLog;
import org.casecoordination.system.ErrorWords;
import org.casecoordination.system.InvalidInputException;
import org.casecoordination.system.JsonApi;
import org.casecoordination.system.Words;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard as JSON: GET /api/reports (every measure with its definition) and GET /api/reports/cases (the cases
 * behind one number), with the page's filters, checks, access and audit. Figures carry how many cases are behind
 * them, never the cases' ids: the list is /api/reports/cases, read and audited like the page's.
 */
@RestController
@JsonApi
@AllowedGroups(value = Groups.SUPERVISORS, because = "refusal.supervisorsOnly.reports")
class ReportsApiController {

    /** A report: the team, the period in the agency's zone, the filter and every measure. */
    record ReportBody(String team, LocalDate from, LocalDate to, String zone, String coordinator, String concern,
            String acuity, Instant asOf, List<MeasureBody> measures) {
    }

    /** A measure with its words in the caller's language and its rows. */
    record MeasureBody(String key, String title, String definition, Map<String, String> columns, List<RowBody> rows) {
    }

    record RowBody(String key, String label, List<NumberBody> figures) {
    }

    /** One number: {@code value} null when nothing is measured, {@code of} for a share, how many {@code cases}. */
    record NumberBody(String key, Figure.Kind kind, Double value, long of, int cases) {
    }

    /** The cases behind a number, by case number, at most the drill-down limit of {@code total}. */
    record CasesBody(String measure, String row, String figure, int total, List<CaseLine> cases) {
    }

    private final Reports reports;
    private final ReportSheets sheets;
    private final ReportsProperties properties;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final ErrorWords errorWords;
    private final Words words;

    ReportsApiController(Reports reports, ReportSheets sheets, ReportsProperties properties, CurrentUser currentUser,
            AuditLog auditLog, ErrorWords errorWords, Words words) {
        this.reports = reports;
        this.sheets = sheets;
        this.properties = properties;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.errorWords = errorWords;
        this.words = words;
    }

    @InitBinder("report")
    void allowOnlyFilterFields(WebDataBinder binder) {
        binder.setAllowedFields("team", "coordinator", "period", "month", "quarter", "from", "to", "concern",
                "acuity");
    }

    @GetMapping("/api/reports")
    @Operation(summary = "The supervisors' report of one team: every measure with its definition",
            description = "The same figures, rows and definitions as /reports, in the caller's language "
                    + "(Accept-Language). Supervisors of the team only. Days and periods in the agency's time zone.")
    ReportBody report(@ParameterObject @ModelAttribute("report") ReportRequest request,
            @Parameter(hidden = true) BindingResult errors) {
        ReportFilter filter = filter(request, errors);
        List<MeasureBody> measures = new ArrayList<>();
        for (MeasureTable table : reports.all(filter.team(), filter)) {
            Map<String, String> columns = new LinkedHashMap<>();
            table.columns().forEach(c -> columns.put(c, words.text("reports.column." + c)));
            measures.add(new MeasureBody(table.key(), words.text("reports." + table.key() + ".title"),
                    sheets.definition(table.key()), columns, table.rows().stream().map(r -> new RowBody(r.key(),
                            r.label(), r.figures().stream().map(f -> new NumberBody(f.key(), f.kind(), f.value(),
                                    f.of(), f.cases().size())).toList())).toList()));
        }
        return new ReportBody(filter.team(), filter.from(), filter.to(), reports.zone().getId(), filter.coordinator(),
                filter.concern(), filter.acuity(), Instant.now(), measures);
    }

    @GetMapping("/api/reports/cases")
    @Operation(summary = "The cases behind one number of the report",
            description = "measure, row and figure as in /api/reports (a measure's key, a row's key, a figure's key). "
                    + "Only the team's cases, by case number, at most case-coordination.reports.drill-down-limit; "
                    + "total says how many in all. Each call is one VIEW_LIST audit row naming the cases listed.")
    CasesBody cases(@Parameter(description = "A measure's key, e.g. newReferrals") @RequestParam String measure,
            @Parameter(description = "A row's key, e.g. all") @RequestParam String row,
            @Parameter(description = "A figure's key, e.g. count") @RequestParam String figure,
            @ParameterObject @ModelAttribute("report") ReportRequest request,
            @Parameter(hidden = true) BindingResult errors) {
        ReportFilter filter = filter(request, errors);
        if (!reports.knows(measure)) {
            throw new NoSuchNumberException(measure, row, figure);
        }
        MeasureRow shownRow = reports.one(filter.team(), measure, filter).row(row);
        Figure number = shownRow == null ? null : shownRow.figure(figure);
        if (number == null) {
            throw new NoSuchNumberException(measure, row, figure);
        }
        List<CaseLine> lines = reports.casesOf(filter.team(), number.cases(), properties.drillDownLimit());
        auditLog.recordListView("Report " + measure + " / " + row + " / " + figure,
                lines.stream().map(CaseLine::caseNumber).toList());
        return new CasesBody(measure, row, figure, number.cases().size(), lines);
    }

    /** The filter, or 400 listing every field's problem in the caller's language. */
    private ReportFilter filter(ReportRequest request, BindingResult errors) {
        List<String> teams = currentUser.teams();
        String team = request.getTeam() == null || request.getTeam().isBlank()
                ? (teams.isEmpty() ? null : teams.get(0)) : request.getTeam().strip();
        if (team == null) {
            throw InvalidInputException.of("team", words.text("reports.noTeam"));
        }
        ReportFilter filter = request.toFilter(team, reports.coordinatorsOf(team), reports.today(), errors);
        if (filter == null) {
            List<FieldError> problems = errors.getFieldErrors().stream()
                    .map(e -> new FieldError(e.getField(), errorWords.of(e))).toList();
            throw new InvalidInputException(problems);
        }
        return filter;
    }
}
