package org.casecoordination.reports;

import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casecoordination.documents.PdfRenderer;
import org.casecoordination.security.SupervisorOfTeam;
import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.security.audit.AuditEvent;
import org.casecoordination.security.audit.AuditLog;
import org.casecoordination.system.Words;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The monthly activity report and the quarterly funder report: chosen measures of the dashboard, one section (an
 * XLSX sheet, a PDF section) each, with the same figures and definitions. The PDF goes through the documents
 * module's renderer (tagged PDF, embedded fonts) from an app template, reports/document.pdf.html: analysts edit
 * letters to clients, not the agency's reports to funders, whose sections follow the measures in code.
 * Counts only, no client: Part 2 clients are in the counts (docs/security.md).
 */
@Service
class ReportDocuments {

    enum Kind {
        MONTHLY("monthly", List.of("newReferrals", "openCaseload", "timeToContact", "stageTimes", "overdueTasks",
                "escalations", "closures", "referralLoop")),
        QUARTERLY("quarterly", List.of("newReferrals", "openCaseload", "timeToContact", "closures", "referralLoop",
                "depressionFollowUp", "phq9Response", "socialNeeds"));

        final String key;
        final List<String> sections;

        Kind(String key, List<String> sections) {
            this.key = key;
            this.sections = sections;
        }
    }

    private final Reports reports;
    private final ReportSheets sheets;
    private final PdfRenderer renderer;
    private final ITemplateEngine templates;
    private final AuditLog auditLog;
    private final Words words;

    ReportDocuments(Reports reports, ReportSheets sheets, PdfRenderer renderer, ITemplateEngine templates,
            AuditLog auditLog, Words words) {
        this.reports = reports;
        this.sheets = sheets;
        this.renderer = renderer;
        this.templates = templates;
        this.auditLog = auditLog;
        this.words = words;
    }

    @SupervisorOfTeam
    @Transactional(readOnly = true)
    public ReportExports.ExportFile document(String team, Kind kind, ReportFilter filter, ExportFormat format) {
        Instant asOf = Instant.now();
        List<ExportSheet> sections = new ArrayList<>();
        for (String measure : kind.sections) {
            sections.add(sheets.table(reports.one(team, measure, filter), filter, asOf));
        }
        int rows = sections.stream().mapToInt(s -> s.rows().size()).sum();
        auditLog.record(AuditAction.EXPORT, null, "Report " + kind.key + " as " + format + ", "
                + ReportExports.describe(filter) + ", " + rows + " rows", AuditEvent.SUCCESS);
        byte[] bytes = format == ExportFormat.PDF ? pdf(kind, sections) : SheetFiles.xlsx(sections);
        return new ReportExports.ExportFile(bytes, ReportExports.fileName(kind.key, filter, format), format, rows);
    }

    private byte[] pdf(Kind kind, List<ExportSheet> sections) {
        Locale language = LocaleContextHolder.getLocale();
        NumberFormat numbers = NumberFormat.getNumberInstance(language);
        numbers.setMaximumFractionDigits(1);
        List<List<List<String>>> cells = sections.stream().map(s -> s.rows().stream().map(row -> row.stream()
                .map(c -> c == null ? "" : c instanceof Number n ? numbers.format(n) : c.toString()).toList())
                .toList()).toList();
        Context context = new Context(language);
        context.setVariable("title", words.text("reports.document." + kind.key));
        context.setVariable("language", language.getLanguage());
        context.setVariable("sections", sections);
        context.setVariable("cells", cells);
        return renderer.render(templates.process("reports/document.pdf", context));
    }
}
