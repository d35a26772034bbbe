package org.casecoordination.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.casecoordination.supervision.calendar.BusinessHours;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hand-built records for report tests, written straight into the tables with the times a test needs (the app's own
 * services would stamp them with today). Ids from a range the sequences never reach; every test uses a team of its
 * own, so the shared database's other cases never count.
 */
@Component
class ReportData {

    private static final AtomicLong IDS = new AtomicLong(7_000_000_000L);
    private static final AtomicLong TEAMS = new AtomicLong();

    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    ReportData(JdbcTemplate jdbc, BusinessHours hours) {
        this.jdbc = jdbc;
        this.zone = hours.zone();
    }

    ZoneId zone() {
        return zone;
    }

    static String newTeam() {
        return "team-report" + TEAMS.incrementAndGet();
    }

    /** A moment in the agency's time zone. */
    Instant at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, java.time.LocalTime.of(hour, minute)).atZone(zone).toInstant();
    }

    Builder newCase(String team, Instant openedAt) {
        return new Builder(team, openedAt);
    }

    final class Builder {
        private final String team;
        private final Instant openedAt;
        private String owner;
        private String acuity;
        private String urgency = "ROUTINE";
        private String concern = "DEMENTIA";
        private String stage = "INTAKE";
        private Instant closedAt;
        private String closureReason;
        private String lastName = "Client";

        Builder(String team, Instant openedAt) {
            this.team = team;
            this.openedAt = openedAt;
        }

        Builder owner(String owner) { this.owner = owner; return this; }
        Builder acuity(String acuity) { this.acuity = acuity; return this; }
        Builder urgent() { this.urgency = "URGENT"; return this; }
        Builder concern(String concern) { this.concern = concern; return this; }
        Builder stage(String stage) { this.stage = stage; return this; }
        Builder lastName(String lastName) { this.lastName = lastName; return this; }
        Builder closed(Instant at, String reason) {
            this.stage = "CLOSED";
            this.closedAt = at;
            this.closureReason = reason;
            return this;
        }

        /** @return the case's id; its case number is {@code R-<id>} */
        long save() {
            long clientId = IDS.incrementAndGet();
            jdbc.update("insert into client (id, first_name, last_name, date_of_birth, sex, primary_concern, "
                    + "created_at, version) values (?, 'Test', ?, date '1950-01-01', 'FEMALE', ?, ?, 0)",
                    clientId, lastName, concern, ts(openedAt));
            long caseId = IDS.incrementAndGet();
            jdbc.update("insert into care_case (id, case_number, client_id, stage, team, owner, urgency, opened_at, "
                    + "closed_at, closure_reason, acuity, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    caseId, caseNumber(caseId), clientId, stage, team, owner, urgency, ts(openedAt), ts(closedAt),
                    closureReason, acuity);
            return caseId;
        }
    }

    static String caseNumber(long caseId) {
        return "R-" + caseId;
    }

    void stageRecord(long caseId, String taskKey, String stage, String content, Instant completedAt) {
        long id = IDS.incrementAndGet();
        jdbc.update("insert into stage_record (id, case_id, task_id, task_definition_key, stage, content, "
                + "completed_at) values (?, ?, ?, ?, ?, ?, ?)", id, caseId, "task-" + id, taskKey, stage, content,
                ts(completedAt));
    }

    void intake(long caseId, LocalDate contactDate, Instant completedAt) {
        stageRecord(caseId, "Task_Intake", "INTAKE", "{\"contactDate\":\"" + contactDate + "\",\"eligible\":true}",
                completedAt);
    }

    void phq9(long caseId, int score, Instant at) {
        result(caseId, "PHQ9", score, "", at);
    }

    void ahc(long caseId, String positiveDomains, Instant at) {
        result(caseId, "AHCHRSN", null, positiveDomains, at);
    }

    private void result(long caseId, String instrument, Integer score, String domains, Instant at) {
        jdbc.update("insert into assessment_result (id, case_id, instrument, instrument_version, answers, score, "
                + "flags, positive_domains, administered_by, administered_at) values (?, ?, ?, '1', '{}', ?, '', ?, "
                + "'cora', ?)", IDS.incrementAndGet(), caseId, instrument, score, domains, ts(at));
    }

    long provider(String name) {
        long id = IDS.incrementAndGet();
        jdbc.update("insert into provider (id, name, service_types, areas, languages, accepts_new_clients, "
                + "open_places, version) values (?, ?, 'SOCIAL_SERVICES', '', 'english', true, 5, 0)", id,
                name + " " + id);
        return id;
    }

    /** A provider referral made at {@code createdAt}, sent at once unless {@code sent} is false (a draft). */
    long providerReferral(long caseId, long providerId, String serviceType, Instant createdAt) {
        long id = IDS.incrementAndGet();
        jdbc.update("insert into provider_referral (id, case_id, service_type, provider_id, status, status_changed_at, "
                + "status_changed_by, created_at, created_by, version) values (?, ?, ?, ?, 'REQUESTED', ?, 'cora', ?, "
                + "'cora', 0)", id, caseId, serviceType, providerId, ts(createdAt), ts(createdAt));
        status(id, "REQUESTED", createdAt, null);
        return id;
    }

    void status(long referralId, String status, Instant at, String reason) {
        jdbc.update("insert into provider_referral_status_change (id, referral_id, status, changed_at, changed_by, "
                + "reason) values (?, ?, ?, ?, 'provider', ?)", IDS.incrementAndGet(), referralId, status, ts(at),
                reason);
    }

    void timeline(long caseId, String kind, Instant at) {
        jdbc.update("insert into timeline_entry (id, case_id, occurred_at, kind, summary) values (?, ?, ?, ?, 'x')",
                IDS.incrementAndGet(), caseId, ts(at), kind);
    }

    void openTask(long caseId, String team, String stage, Instant due) {
        long id = IDS.incrementAndGet();
        jdbc.update("insert into task_list_row (task_id, task_definition_key, process_instance_id, case_id, "
                + "case_number, client_name, name_key, team, stage, acuity_rank, due_date, priority, created_at) "
                + "values (?, 'Task_Assessment', 'none', ?, ?, 'Client Test', 'CLIENT TEST', ?, ?, 0, ?, 50, ?)",
                "report-task-" + id, caseId, caseNumber(caseId), team, stage, ts(due), ts(Instant.now()));
    }

    /** Removes the task list rows {@link #openTask} wrote: the task list's consistency check compares with the engine. */
    void removeOpenTasks(long caseId) {
        jdbc.update("delete from task_list_row where case_id = ?", caseId);
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
