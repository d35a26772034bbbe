package org.casecoordination.reports;

import java.util.List;
import org.casecoordination.security.AllowedGroups;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.Groups;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Downloads of the dashboard: /reports/export (one table) and /reports/cases/export (the cases behind a number),
 * as CSV or XLSX, with the dashboard's filter. A filter with mistakes goes back to the dashboard, which shows them
 * beside their fields.
 */
@Controller
@AllowedGroups(value = Groups.SUPERVISORS, because = "refusal.supervisorsOnly.reports")
class ReportExportController {

    private final Reports reports;
    private final ReportExports exports;
    private final ReportDocuments documents;
    private final CurrentUser currentUser;

    ReportExportController(Reports reports, ReportExports exports, ReportDocuments documents,
            CurrentUser currentUser) {
        this.reports = reports;
        this.exports = exports;
        this.documents = documents;
        this.currentUser = currentUser;
    }

    @InitBinder("report")
    void allowOnlyFilterFields(WebDataBinder binder) {
        binder.setAllowedFields("team", "coordinator", "period", "month", "quarter", "from", "to", "concern",
                "acuity");
    }

    @GetMapping("/reports/export")
    Object table(@RequestParam String measure, @RequestParam String format,
            @ModelAttribute("report") ReportRequest request, BindingResult errors) {
        String team = team(request);
        ExportFormat chosen = ExportFormat.of(format).filter(f -> f != ExportFormat.PDF).orElse(null);
        if (team == null || chosen == null || !reports.knows(measure)) {
            throw new NoSuchNumberException(measure, "all", format);
        }
        ReportFilter filter = request.toFilter(team, reports.coordinatorsOf(team), reports.today(), errors);
        if (filter == null) {
            return "redirect:" + new DrillDownLinks(request, team).back();
        }
        return download(exports.table(team, measure, filter, chosen));
    }

    @GetMapping("/reports/cases/export")
    Object cases(@RequestParam String measure, @RequestParam String row, @RequestParam String figure,
            @RequestParam String format, @ModelAttribute("report") ReportRequest request, BindingResult errors) {
        String team = team(request);
        ExportFormat chosen = ExportFormat.of(format).filter(f -> f != ExportFormat.PDF).orElse(null);
        if (team == null || chosen == null || !reports.knows(measure)) {
            throw new NoSuchNumberException(measure, row, figure);
        }
        ReportFilter filter = request.toFilter(team, reports.coordinatorsOf(team), reports.today(), errors);
        if (filter == null) {
            return "redirect:" + new DrillDownLinks(request, team).back();
        }
        ReportExports.ExportFile file = exports.cases(team, measure, row, figure, filter, chosen);
        if (file == null) {
            throw new NoSuchNumberException(measure, row, figure);
        }
        return download(file);
    }

    /**
     * The monthly activity report (the month chosen) or the quarterly funder report (the quarter chosen) as XLSX
     * or PDF, with the dashboard's other filters.
     */
    @GetMapping("/reports/document")
    Object document(@RequestParam String kind, @RequestParam String format,
            @ModelAttribute("report") ReportRequest request, BindingResult errors) {
        String team = team(request);
        ExportFormat chosen = ExportFormat.of(format).filter(f -> f != ExportFormat.CSV).orElse(null);
        ReportDocuments.Kind which = "monthly".equals(kind) ? ReportDocuments.Kind.MONTHLY
                : "quarterly".equals(kind) ? ReportDocuments.Kind.QUARTERLY : null;
        if (team == null || chosen == null || which == null) {
            throw new NoSuchNumberException(kind, "all", format);
        }
        request.setPeriod(which == ReportDocuments.Kind.MONTHLY ? ReportRequest.MONTH : ReportRequest.QUARTER);
        ReportFilter filter = request.toFilter(team, reports.coordinatorsOf(team), reports.today(), errors);
        if (filter == null) {
            return "redirect:" + new DrillDownLinks(request, team).back();
        }
        return download(documents.document(team, which, filter, chosen));
    }

    /** The team asked for, or the viewer's first; null when they supervise none. */
    private String team(ReportRequest request) {
        List<String> teams = currentUser.teams();
        return request.getTeam() == null || request.getTeam().isBlank()
                ? (teams.isEmpty() ? null : teams.get(0)) : request.getTeam().strip();
    }

    private static ResponseEntity<byte[]> download(ReportExports.ExportFile file) {
        return ResponseEntity.ok().contentType(file.format().mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.name()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.bytes());
    }
}
