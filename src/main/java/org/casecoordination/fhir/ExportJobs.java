package org.casecoordination.fhir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The stored bulk exports and their files (V60). Claims are conditional updates, so of two nodes that look at the
 * same job at once only one gets it; every write of a running job checks that its claim still holds, so a node
 * that was presumed gone (or whose job was cancelled) stops instead of writing over the one that took over.
 */
@Repository
class ExportJobs {

    private static final String COLUMNS = "id, team, requested_by, requested_at, request_url, types, since, case_ids,"
            + " state, cases_done, cases_total, expires_at, failure";

    private final JdbcTemplate jdbc;

    ExportJobs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(ExportJob job) {
        jdbc.update("insert into fhir_export_job (id, team, requested_by, requested_at, request_url, types, since,"
                + " case_ids, state) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", job.id(), job.team(), job.requestedBy(),
                Timestamp.from(job.requestedAt()), job.requestUrl(), String.join(",", job.types()),
                job.since() == null ? null : Timestamp.from(job.since()), job.caseIds() == null ? null
                        : job.caseIds().stream().map(String::valueOf).collect(Collectors.joining(",")),
                job.state().name());
    }

    Optional<ExportJob> find(String id) {
        return jdbc.query("select " + COLUMNS + " from fhir_export_job where id = ?", ExportJobs::job, id).stream()
                .findFirst();
    }

    /**
     * Takes a job that is waiting, or whose claim ran out (its node stopped), for {@code until}; counts the attempt.
     * True when this node got it.
     */
    boolean claim(String id, Instant now, Instant until) {
        return jdbc.update("update fhir_export_job set state = 'RUNNING', claimed_until = ?, attempts = attempts + 1,"
                + " cases_done = 0 where id = ? and (state = 'QUEUED' or (state = 'RUNNING' and claimed_until < ?))",
                Timestamp.from(until), id, Timestamp.from(now)) == 1;
    }

    /** Jobs any node may take now: waiting, or left running by a node whose claim ran out. */
    List<String> waiting(Instant now) {
        return jdbc.queryForList("select id from fhir_export_job where state = 'QUEUED' or (state = 'RUNNING'"
                + " and claimed_until < ?) order by requested_at", String.class, Timestamp.from(now));
    }

    /** Whether this person already has an export of this team waiting or being built. */
    boolean unfinished(String team, String requestedBy) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select count(*) > 0 from fhir_export_job where team = ?"
                + " and requested_by = ? and state in ('QUEUED', 'RUNNING')", Boolean.class, team, requestedBy));
    }

    int attempts(String id) {
        return jdbc.query("select attempts from fhir_export_job where id = ?", (rs, n) -> rs.getInt(1), id).stream()
                .findFirst().orElse(0);
    }

    /** Renews the claim and records progress; false when the job is no longer this node's (cancelled, taken). */
    boolean progress(String id, Instant claimedUntil, Instant newUntil, int done, int total) {
        return jdbc.update("update fhir_export_job set claimed_until = ?, cases_done = ?, cases_total = ?"
                + " where id = ? and state = 'RUNNING' and claimed_until = ?", Timestamp.from(newUntil), done, total,
                id, Timestamp.from(claimedUntil)) == 1;
    }

    boolean finish(String id, Instant claimedUntil, Instant now, Instant expires) {
        return jdbc.update("update fhir_export_job set state = 'DONE', claimed_until = null, finished_at = ?,"
                + " expires_at = ? where id = ? and state = 'RUNNING' and claimed_until = ?", Timestamp.from(now),
                Timestamp.from(expires), id, Timestamp.from(claimedUntil)) == 1;
    }

    /** After a failed attempt: another later, or reported as failed when no attempt is left. */
    void failed(String id, String failure, boolean giveUp, Instant expires) {
        jdbc.update("update fhir_export_job set state = ?, claimed_until = null, failure = ?, expires_at = ?"
                + " where id = ? and state = 'RUNNING'", giveUp ? "FAILED" : "QUEUED",
                failure.length() > 1000 ? failure.substring(0, 1000) : failure, giveUp ? Timestamp.from(expires)
                        : null, id);
    }

    /** The job and its files (the parts go with it). True when there was one. */
    boolean delete(String id) {
        return jdbc.update("delete from fhir_export_job where id = ?", id) == 1;
    }

    List<String> expired(Instant now) {
        return jdbc.queryForList("select id from fhir_export_job where expires_at < ?", String.class,
                Timestamp.from(now));
    }

    void clearParts(String id) {
        jdbc.update("delete from fhir_export_part where job_id = ?", id);
    }

    void addPart(String id, String type, int part, int lines, byte[] content) {
        jdbc.update("insert into fhir_export_part (job_id, resource_type, part, line_count, content)"
                + " values (?, ?, ?, ?, ?)", id, type, part, lines, content);
    }

    /** Lines per file (resource type). */
    Map<String, Integer> counts(String id) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.query("select resource_type, sum(line_count) from fhir_export_part where job_id = ?"
                + " group by resource_type order by resource_type",
                rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                }, id);
        return counts;
    }

    /** A file as one stream, its parts read one after another as the download goes (never all at once). */
    InputStream file(String id, String type) {
        List<Integer> parts = jdbc.queryForList("select part from fhir_export_part where job_id = ?"
                + " and resource_type = ? order by part", Integer.class, id, type);
        return new SequenceInputStream(Collections.enumeration(parts.stream().<InputStream>map(part ->
                new LazyPart(() -> jdbc.queryForObject("select content from fhir_export_part where job_id = ?"
                        + " and resource_type = ? and part = ?", byte[].class, id, type, part))).toList()));
    }

    private static ExportJob job(ResultSet rs, int row) throws SQLException {
        String caseIds = rs.getString("case_ids");
        return new ExportJob(rs.getString("id"), rs.getString("team"), rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(), rs.getString("request_url"),
                List.of(rs.getString("types").split(",")), instant(rs.getTimestamp("since")),
                caseIds == null ? null : caseIds.isEmpty() ? List.of()
                        : Arrays.stream(caseIds.split(",")).map(Long::valueOf).toList(),
                ExportJob.State.valueOf(rs.getString("state")), rs.getInt("cases_done"),
                (Integer) rs.getObject("cases_total"), instant(rs.getTimestamp("expires_at")),
                rs.getString("failure"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** One part's bytes, read from the database only when the download reaches it. */
    private static final class LazyPart extends InputStream {

        private final java.util.function.Supplier<byte[]> read;
        private ByteArrayInputStream bytes;

        LazyPart(java.util.function.Supplier<byte[]> read) {
            this.read = read;
        }

        private ByteArrayInputStream bytes() {
            if (bytes == null) {
                bytes = new ByteArrayInputStream(read.get());
            }
            return bytes;
        }

        @Override
        public int read() {
            return bytes().read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return bytes().read(buffer, offset, length);
        }
    }
}
