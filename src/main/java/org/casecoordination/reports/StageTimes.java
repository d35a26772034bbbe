package org.casecoordination.reports;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casecoordination.processes.CaseStage;
import org.casecoordination.system.Words;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Days a case spends in each stage, from the app's own stage records (kept six years, unlike the engine's history):
 * a stage begins at the referral (intake) or when the last task of the stage before it was completed, and ends
 * when its own last task in a row was completed. A stage counts in the period in which it ended; median and 90th
 * percentile in days (24 hours).
 */
@Component
class StageTimes implements Measure {

    private static final double SECONDS_A_DAY = 86_400;

    private final ReportQueries queries;
    private final Words words;

    StageTimes(ReportQueries queries, Words words) {
        this.queries = queries;
        this.words = words;
    }

    @Override
    public String key() {
        return "stageTimes";
    }

    @Override
    public MeasureTable compute(ReportFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = "select c.id, c.opened_at, sr.stage, sr.completed_at from " + ReportQueries.CASES
                + " join stage_record sr on sr.case_id = c.id where " + queries.scope(filter, params)
                + " and c.id in (select p.case_id from stage_record p where p.completed_at >= :start"
                + " and p.completed_at < :end) order by c.id, sr.completed_at, sr.id";
        Instant start = filter.start(queries.zone());
        Instant end = filter.end(queries.zone());
        Map<CaseStage, List<Double>> days = new EnumMap<>(CaseStage.class);
        Map<CaseStage, Set<Long>> cases = new EnumMap<>(CaseStage.class);
        Run[] run = {null};
        queries.jdbc().query(sql, params, rs -> {
            long caseId = rs.getLong("id");
            CaseStage stage = CaseStage.valueOf(rs.getString("stage"));
            Instant completed = ReportQueries.instant(rs, "completed_at");
            Run current = run[0];
            if (current == null || current.caseId != caseId) {
                close(current, start, end, days, cases);
                run[0] = new Run(caseId, stage, ReportQueries.instant(rs, "opened_at"), completed);
            } else if (current.stage != stage) {
                close(current, start, end, days, cases);
                run[0] = new Run(caseId, stage, current.ended, completed);
            } else {
                current.ended = completed;
            }
        });
        close(run[0], start, end, days, cases);
        List<MeasureRow> rows = new ArrayList<>();
        for (CaseStage stage : CaseStage.values()) {
            if (stage == CaseStage.CLOSED) {
                continue;
            }
            List<Double> values = days.getOrDefault(stage, List.of());
            Set<Long> ids = cases.getOrDefault(stage, Set.of());
            rows.add(new MeasureRow(stage.name(), words.label(stage), List.of(Figure.count("count", ids),
                    Figure.days("median", Percentiles.median(values), ids),
                    Figure.days("p90", Percentiles.p90(values), ids))));
        }
        return new MeasureTable(key(), List.of("count", "median", "p90"), rows);
    }

    private static void close(Run run, Instant start, Instant end, Map<CaseStage, List<Double>> days,
            Map<CaseStage, Set<Long>> cases) {
        if (run == null || run.ended.isBefore(start) || !run.ended.isBefore(end)) {
            return;
        }
        double spent = Math.max(0, Duration.between(run.began, run.ended).getSeconds()) / SECONDS_A_DAY;
        days.computeIfAbsent(run.stage, s -> new ArrayList<>()).add(spent);
        cases.computeIfAbsent(run.stage, s -> new LinkedHashSet<>()).add(run.caseId);
    }

    /** Consecutive records of one stage of one case. */
    private static final class Run {
        final long caseId;
        final CaseStage stage;
        final Instant began;
        Instant ended;

        Run(long caseId, CaseStage stage, Instant began, Instant ended) {
            this.caseId = caseId;
            this.stage = stage;
            this.began = began;
            this.ended = ended;
        }
    }
}
