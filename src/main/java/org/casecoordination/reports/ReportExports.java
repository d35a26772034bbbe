package org.casecoordination.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casecoordination.security.SupervisorOfTeam;
import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.security.audit.AuditEvent;
import org.casecoordination.security.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report's tables and the cases behind a number as files, for supervisors of the team only, each audited as an
 * export before a byte leaves (who, which table, period, filter, how many rows; a case list also one row per case
 * so "who accessed this record" shows it).
 *
 * <p>42 CFR Part 2: a file leaves the app for a recipient nobody named, so no client's consent covers it. A table
 * holds only counts and days, never a client; a case list leaves out a Part 2 case's primary concern, and leaves
 * such cases out altogether where the number itself says they are about substance use (the filter is the primary
 * concern substance use, or the row is a provider of substance-use programs). The file says what was left out.
 */
@Service
class ReportExports {

    static final String SUBSTANCE_USE = "SUBSTANCE_USE";
    static final String SUBSTANCE_USE_PROGRAM = "SUBSTANCE_USE_PROGRAM";

    /** A file, its name and how many rows of figures or cases it holds. */
    record ExportFile(byte[] bytes, String name, ExportFormat format, int rows) {
    }

    private final Reports reports;
    private final ReportSheets sheets;
    private final ReportQueries queries;
    private final ReportsProperties properties;
    private final AuditLog auditLog;

    ReportExports(Reports reports, ReportSheets sheets, ReportQueries queries, ReportsProperties properties,
            AuditLog auditLog) {
        this.reports = reports;
        this.sheets = sheets;
        this.queries = queries;
        this.properties = properties;
        this.auditLog = auditLog;
    }

    @SupervisorOfTeam
    @Transactional(readOnly = true)
    public ExportFile table(String team, String measure, ReportFilter filter, ExportFormat format) {
        MeasureTable table = reports.one(team, measure, filter);
        ExportSheet sheet = sheets.table(table, filter, Instant.now());
        auditLog.record(AuditAction.EXPORT, null, "Report table " + measure + " as " + format + ", " + describe(filter)
                + ", " + sheet.rows().size() + " rows", AuditEvent.SUCCESS);
        return new ExportFile(SheetFiles.write(format, sheet), fileName(measure, filter, format), format,
                sheet.rows().size());
    }

    /** The cases behind one number; null when the report has no such number. */
    @SupervisorOfTeam
    @Transactional(readOnly = true)
    public ExportFile cases(String team, String measure, String rowKey, String figureKey, ReportFilter filter,
            ExportFormat format) {
        MeasureTable table = reports.one(team, measure, filter);
        MeasureRow row = table.row(rowKey);
        Figure number = row == null ? null : row.figure(figureKey);
        if (number == null) {
            return null;
        }
        List<ExportCase> all = casesOf(team, number.cases(), properties.drillDownLimit());
        boolean revealing = SUBSTANCE_USE.equals(filter.concern())
                || ("providerWaits".equals(measure) && offersSubstanceUsePrograms(rowKey));
        List<ExportCase> lines = revealing ? all.stream().filter(c -> !c.part2()).toList() : all;
        long leftOut = all.size() - lines.size();
        ExportSheet sheet = sheets.cases(table, row, number, filter, Instant.now(), lines, leftOut,
                number.cases().size());
        String what = "Report cases " + measure + " / " + rowKey + " / " + figureKey + " as " + format;
        auditLog.record(AuditAction.EXPORT, null, what + ", " + describe(filter) + ", " + lines.size() + " rows"
                + (leftOut > 0 ? ", " + leftOut + " Part 2 cases left out" : ""), AuditEvent.SUCCESS);
        for (ExportCase line : lines) {
            auditLog.record(AuditAction.EXPORT, line.caseNumber(), what, AuditEvent.SUCCESS);
        }
        return new ExportFile(SheetFiles.write(format, sheet),
                fileName(measure + "-cases", filter, format), format, lines.size());
    }

    /** As {@link Reports#casesOf} (the team's condition again, chunks of 1,000), with concern and Part 2 flag. */
    private List<ExportCase> casesOf(String team, Set<Long> ids, int limit) {
        List<ExportCase> lines = new ArrayList<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 1000) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + 1000));
            lines.addAll(queries.jdbc().query("select c.case_number, cl.first_name, cl.last_name, c.stage, c.owner,"
                            + " cl.primary_concern, case when cl.primary_concern = :su or exists (select 1"
                            + " from provider_referral r where r.case_id = c.id and r.service_type = :program)"
                            + " then 1 else 0 end as part2"
                            + " from " + ReportQueries.CASES + " where c.team = :team and c.id in (:ids)"
                            + " order by c.case_number limit :limit",
                    Map.of("team", team, "ids", chunk, "limit", limit, "su", SUBSTANCE_USE,
                            "program", SUBSTANCE_USE_PROGRAM),
                    (rs, n) -> new ExportCase(rs.getString("case_number"), rs.getString("first_name"),
                            rs.getString("last_name"), rs.getString("stage"), rs.getString("owner"),
                            rs.getString("primary_concern"), rs.getInt("part2") == 1)));
        }
        return lines.stream().sorted(Comparator.comparing(ExportCase::caseNumber)).limit(limit).toList();
    }

    private boolean offersSubstanceUsePrograms(String providerId) {
        if (!providerId.matches("\\d{1,18}")) {
            return false;
        }
        return queries.jdbc().queryForObject("select count(*) from provider where id = :id"
                        + " and service_types like :program",
                Map.of("id", Long.parseLong(providerId), "program", "%" + SUBSTANCE_USE_PROGRAM + "%"),
                Long.class) > 0;
    }

    static String describe(ReportFilter filter) {
        return "team " + filter.team() + ", " + filter.from() + " to " + filter.to() + ", coordinator "
                + orAll(filter.coordinator()) + ", concern " + orAll(filter.concern()) + ", acuity "
                + orAll(filter.acuity());
    }

    private static String orAll(String value) {
        return value == null ? "all" : value;
    }

    /** {@code closures-2026-03-01-2026-03-31.xlsx}: the file name says what and when, never a client. */
    static String fileName(String what, ReportFilter filter, ExportFormat format) {
        return what + "-" + filter.from() + "-" + filter.to() + "." + format.extension();
    }
}
