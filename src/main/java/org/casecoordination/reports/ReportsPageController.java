package org.casecoordination.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.casecoordination.casefile.Acuity;
import org.casecoordination.client.PrimaryConcern;
import org.casecoordination.security.AllowedGroups;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.Groups;
import org.casecoordination.security.audit.AuditLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * /reports, the supervisors' dashboard of one of their teams, and /reports/cases, the cases behind one of its
 * numbers. Administrators see no client data elsewhere and none here; coordinators are refused too.
 */
@Controller
@AllowedGroups(value = Groups.SUPERVISORS, because = "refusal.supervisorsOnly.reports")
class ReportsPageController {

    static final String PAGE = "reports/reports";
    static final String CASES_PAGE = "reports/cases";

    private final Reports reports;
    private final ReportCharts charts;
    private final ReportsProperties properties;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    ReportsPageController(Reports reports, ReportCharts charts, ReportsProperties properties, CurrentUser currentUser,
            AuditLog auditLog) {
        this.reports = reports;
        this.charts = charts;
        this.properties = properties;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    @InitBinder("report")
    void allowOnlyFilterFields(WebDataBinder binder) {
        binder.setAllowedFields("team", "coordinator", "period", "month", "quarter", "from", "to", "concern",
                "acuity");
    }

    @GetMapping("/reports")
    String page(@ModelAttribute("report") ReportRequest request, BindingResult errors, Model model)
            throws JsonProcessingException {
        String team = form(request, model);
        if (team == null) {
            return PAGE;
        }
        ReportFilter filter = request.toFilter(team, reports.coordinatorsOf(team), reports.today(), errors);
        if (filter != null) {
            List<MeasureTable> tables = reports.all(team, filter);
            model.addAttribute("filter", filter);
            model.addAttribute("tables", tables);
            model.addAttribute("charts", charts.of(tables));
            model.addAttribute("weights", properties);
            model.addAttribute("links", new DrillDownLinks(request, team));
        }
        return PAGE;
    }

    @GetMapping("/reports/cases")
    String cases(@RequestParam String measure, @RequestParam String row, @RequestParam String figure,
            @ModelAttribute("report") ReportRequest request, BindingResult errors, Model model) {
        String team = form(request, model);
        if (team == null || !reports.knows(measure)) {
            throw new NoSuchNumberException(measure, row, figure);
        }
        ReportFilter filter = request.toFilter(team, reports.coordinatorsOf(team), reports.today(), errors);
        if (filter == null) {
            return PAGE;
        }
        MeasureTable table = reports.one(team, measure, filter);
        MeasureRow shownRow = table.row(row);
        Figure number = shownRow == null ? null : shownRow.figure(figure);
        if (number == null) {
            throw new NoSuchNumberException(measure, row, figure);
        }
        List<CaseLine> lines = reports.casesOf(team, number.cases(), properties.drillDownLimit());
        auditLog.recordListView("Report " + measure + " / " + row + " / " + figure,
                lines.stream().map(CaseLine::caseNumber).toList());
        model.addAttribute("filter", filter);
        model.addAttribute("table", table);
        model.addAttribute("row", shownRow);
        model.addAttribute("number", number);
        model.addAttribute("lines", lines);
        model.addAttribute("total", number.cases().size());
        model.addAttribute("links", new DrillDownLinks(request, team));
        return CASES_PAGE;
    }

    /** The form's choices; the team shown (the viewer's first when none is asked for), or null when they have none. */
    private String form(ReportRequest request, Model model) {
        List<String> teams = currentUser.teams();
        String team = request.getTeam() == null || request.getTeam().isBlank()
                ? (teams.isEmpty() ? null : teams.get(0)) : request.getTeam().strip();
        model.addAttribute("teams", teams);
        model.addAttribute("team", team);
        model.addAttribute("concerns", PrimaryConcern.values());
        model.addAttribute("acuities", Acuity.values());
        model.addAttribute("quarters", ReportPeriod.recentQuarters(reports.today()));
        model.addAttribute("zone", reports.zone());
        if (team != null) {
            model.addAttribute("coordinators", reports.coordinatorsOf(team));
        }
        return team;
    }
}
