package org.casecoordination.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casecoordination.supervision.calendar.BusinessCalendar;
import org.casecoordination.supervision.calendar.SlaTimes;
import org.casecoordination.system.Words;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * For the referrals received in the period: days from the referral to the first contact (the contact date the
 * intake form records) and to the completed intake, median and 90th percentile, and the share within the standard:
 * first contact within the intake task's business days (case-coordination.sla.intake-*), intake complete within
 * {@link ReportsProperties#intakeCompletedDays()} days. Days are calendar days in the agency's zone. A referral not
 * yet reached whose deadline has not come is left out of the share: it can still make it.
 */
@Component
class TimeToContact implements Measure {

    private static final String INTAKE_TASK = "Task_Intake";
    private static final String CONTACT_DATE = "contactDate";

    private final ReportQueries queries;
    private final BusinessCalendar calendar;
    private final SlaTimes sla;
    private final ReportsProperties properties;
    private final ObjectMapper json;
    private final Words words;

    TimeToContact(ReportQueries queries, BusinessCalendar calendar, SlaTimes sla, ReportsProperties properties,
            ObjectMapper json, Words words) {
        this.queries = queries;
        this.calendar = calendar;
        this.sla = sla;
        this.properties = properties;
        this.json = json;
        this.words = words;
    }

    @Override
    public String key() {
        return "timeToContact";
    }

    private record Referral(long caseId, Instant referredAt, boolean urgent, LocalDate contacted, Instant completed) {
    }

    @Override
    public MeasureTable compute(ReportFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = "select c.id, c.opened_at, c.urgency, sr.content, sr.completed_at from " + ReportQueries.CASES
                + " left join stage_record sr on sr.case_id = c.id and sr.task_definition_key = '" + INTAKE_TASK
                + "' where " + queries.scope(filter, params) + " and c.opened_at >= :start and c.opened_at < :end"
                + " order by c.id, sr.completed_at";
        Map<Long, Referral> referrals = new HashMap<>();
        queries.jdbc().query(sql, params, rs -> {
            Instant completed = ReportQueries.instant(rs, "completed_at");
            referrals.putIfAbsent(rs.getLong("id"), new Referral(rs.getLong("id"),
                    ReportQueries.instant(rs, "opened_at"), "URGENT".equals(rs.getString("urgency")),
                    completed == null ? null : contactDay(rs.getString("content"), completed), completed));
        });
        Instant now = Instant.now();
        Step contact = new Step();
        Step intake = new Step();
        for (Referral r : referrals.values()) {
            LocalDate referred = queries.day(r.referredAt());
            int businessDays = r.urgent() ? sla.intakeUrgentBusinessDays() : sla.intakeBusinessDays();
            contact.add(r.caseId(), referred, r.contacted(), queries.day(calendar.addBusinessDays(r.referredAt(),
                    businessDays)), now);
            intake.add(r.caseId(), referred, r.completed() == null ? null : queries.day(r.completed()),
                    referred.plusDays(properties.intakeCompletedDays()), now);
        }
        return new MeasureTable(key(), List.of("referrals", "reached", "median", "p90", "withinStandard"), List.of(
                contact.row("firstContact", words.text("reports.timeToContact.firstContact")),
                intake.row("intakeCompleted", words.text("reports.timeToContact.intakeCompleted"))));
    }

    /** The contact date typed on the intake form; the day intake was completed when the form has none. */
    private LocalDate contactDay(String content, Instant completed) {
        try {
            JsonNode date = json.readTree(content).path(CONTACT_DATE);
            if (date.isTextual() && !date.asText().isBlank()) {
                return LocalDate.parse(date.asText().strip().substring(0, Math.min(10, date.asText().strip().length())));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException | DateTimeParseException unreadable) {
            // an older or edited record: the completion day is the best evidence of contact
        }
        return queries.day(completed);
    }

    /** One step's figures, collected referral by referral. */
    private final class Step {
        private final Set<Long> referrals = new LinkedHashSet<>();
        private final Set<Long> reached = new LinkedHashSet<>();
        private final Set<Long> within = new LinkedHashSet<>();
        private final List<Long> days = new ArrayList<>();
        private long measurable;

        void add(long caseId, LocalDate referred, LocalDate done, LocalDate due, Instant now) {
            referrals.add(caseId);
            if (done != null) {
                reached.add(caseId);
                days.add(Math.max(0, ChronoUnit.DAYS.between(referred, done)));
                measurable++;
                if (!done.isAfter(due)) {
                    within.add(caseId);
                }
            } else if (queries.day(now).isAfter(due)) {
                measurable++;
            }
        }

        MeasureRow row(String key, String label) {
            return new MeasureRow(key, label, List.of(Figure.count("referrals", referrals),
                    Figure.count("reached", reached), Figure.days("median", Percentiles.median(days), reached),
                    Figure.days("p90", Percentiles.p90(days), reached),
                    Figure.share("withinStandard", within, measurable)));
        }
    }
}
