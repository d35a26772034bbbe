package org.casecoordination.processes.migration;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.casecoordination.security.AsApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.casecoordination.processes.CaseProcessMigrated;
import org.casecoordination.processes.ProcessInstancesById;
import org.casecoordination.processes.ProcessInstancesMigrated;

/**
 * The app's record of migration batches (V17): who started each, and for each case whether its instance has
 * moved. The engine's batch jobs move the instances on whichever node picks them up; a check on every node then
 * compares the recorded cases with their instances' process definitions and, for each case that moved, has its
 * timeline line written ({@link CaseProcessMigrated}, naming who started the migration), gives its open tasks the
 * new version's names and has their task list rows rewritten ({@link ProcessInstancesMigrated}). A conditional update makes that happen once per case even when two nodes look at once.
 * Failed migration jobs stay with the batch, are shown with the engine's message and can be retried.
 */
@Service
public class MigrationBatches {

    private static final Logger log = LoggerFactory.getLogger(MigrationBatches.class);
    private static final int CASES_PER_CHECK = 500;
    static final String PENDING = "PENDING";
    static final String MIGRATED = "MIGRATED";
    static final String ENDED = "ENDED";

    private final JdbcTemplate jdbc;
    private final HistoryService historyService;
    private final ManagementService managementService;
    private final AsApplication asApplication;
    private final MigratedTasks migratedTasks;
    private final ApplicationEventPublisher events;
    private final ProcessInstancesById instancesById;

    MigrationBatches(JdbcTemplate jdbc, HistoryService historyService,
            ManagementService managementService, AsApplication asApplication, MigratedTasks migratedTasks,
            ApplicationEventPublisher events, ProcessInstancesById instancesById) {
        this.jdbc = jdbc;
        this.instancesById = instancesById;
        this.historyService = historyService;
        this.managementService = managementService;
        this.asApplication = asApplication;
        this.migratedTasks = migratedTasks;
        this.events = events;
    }

    /** One case of a batch that could not move, with the engine's message. */
    public record FailedCase(String caseNumber, String message) {
    }

    /** How far one migration got: counts from the app's record, failures from the engine's batch. */
    public record Progress(String batchId, String processKey, int from, int to, String startedBy,
            Instant startedAt, int cases, int moved, int ended, List<String> waiting, List<FailedCase> failed,
            List<String> otherFailures, boolean engineDone) {

        /** Every case moved or ended; failed ones wait for a retry. */
        public boolean isDone() {
            return waiting.isEmpty() && failed.isEmpty();
        }
    }

    /** Records a batch just started, in the transaction that started it. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void started(String batchId, String key, int from, int to, String targetDefinitionId, String who,
            Map<String, String> caseNumberByInstance) {
        jdbc.update("insert into process_migration (batch_id, process_key, from_version, to_version,"
                + " target_definition_id, started_by, started_at) values (?, ?, ?, ?, ?, ?, ?)", batchId, key, from,
                to, targetDefinitionId, who, Timestamp.from(Instant.now()));
        jdbc.batchUpdate("insert into process_migration_case (batch_id, process_instance_id, case_number, outcome)"
                + " values (?, ?, ?, '" + PENDING + "')", caseNumberByInstance.entrySet().stream()
                .map(entry -> new Object[] {batchId, entry.getKey(), entry.getValue()}).toList());
    }

    private record Pending(String batchId, String instanceId, String caseNumber, String targetDefinitionId,
            String startedBy, String key, int from, int to) {
    }

    /**
     * Finds recorded cases whose instance now runs on the target version (or ended first) and records them; runs
     * on every node. Returns how many cases were recorded as moved by this call.
     */
    @Scheduled(fixedDelayString = "${case-coordination.migration.check-interval:PT10S}",
            initialDelayString = "${case-coordination.migration.check-interval:PT10S}")
    @Transactional
    public int recordMovedCases() {
        List<Pending> pending = jdbc.query("select c.batch_id, c.process_instance_id, c.case_number,"
                + " m.target_definition_id, m.started_by, m.process_key, m.from_version, m.to_version"
                + " from process_migration_case c join process_migration m on m.batch_id = c.batch_id"
                + " where c.outcome = ? order by m.started_at, c.case_number fetch first " + CASES_PER_CHECK
                + " rows only", (rs, n) -> new Pending(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8)), PENDING);
        if (pending.isEmpty()) {
            return 0;
        }
        Set<String> instanceIds = pending.stream().map(Pending::instanceId).collect(Collectors.toSet());
        Map<String, String> running = runningDefinitions(instanceIds);
        Map<String, String> finished = finishedDefinitions(instanceIds, running.keySet());
        List<String> moved = new ArrayList<>();
        for (Pending one : pending) {
            String definition = running.getOrDefault(one.instanceId(), finished.get(one.instanceId()));
            if (one.targetDefinitionId().equals(definition)) {
                if (mark(one, MIGRATED)) {
                    events.publishEvent(new CaseProcessMigrated(one.caseNumber(), one.startedBy(), one.key(),
                            one.from(), one.to()));
                    moved.add(one.instanceId());
                }
            } else if (!running.containsKey(one.instanceId())) {
                mark(one, ENDED); // finished or cancelled on the old version before its job ran
            }
        }
        if (!moved.isEmpty()) {
            migratedTasks.renameAsInTheirVersion(moved);
            events.publishEvent(new ProcessInstancesMigrated(moved));
            log.info("Recorded {} migrated process instance(s)", moved.size());
        }
        return moved.size();
    }

    /** Only one node's update finds the row still pending; that node writes the timeline line. */
    private boolean mark(Pending one, String outcome) {
        return jdbc.update("update process_migration_case set outcome = ?, recorded_at = ? where batch_id = ?"
                + " and process_instance_id = ? and outcome = ?", outcome, Timestamp.from(Instant.now()),
                one.batchId(), one.instanceId(), PENDING) == 1;
    }

    /**
     * The process definition each running instance is on now: read by id, not with a process instance query by
     * ids, which reads every open instance on H2 (see ProcessInstancesById) on every node's check.
     */
    private Map<String, String> runningDefinitions(Set<String> instanceIds) {
        return asApplication.run(() -> instancesById.of(instanceIds).values().stream().collect(Collectors.toMap(
                ProcessInstancesById.Instance::id, ProcessInstancesById.Instance::processDefinitionId)));
    }

    /** The one an instance that is no longer running ended on: a case may close right after it moved. */
    private Map<String, String> finishedDefinitions(Set<String> instanceIds, Set<String> running) {
        Set<String> notRunning = instanceIds.stream().filter(id -> !running.contains(id)).collect(Collectors.toSet());
        if (notRunning.isEmpty()) {
            return Map.of();
        }
        return asApplication.run(() -> historyService.createHistoricProcessInstanceQuery()
                .processInstanceIds(notRunning).list().stream().collect(Collectors.toMap(
                        HistoricProcessInstance::getId, HistoricProcessInstance::getProcessDefinitionId)));
    }

    /** The latest migrations of a process, newest first. */
    public List<Progress> of(String key) {
        return jdbc.query("select batch_id, from_version, to_version, started_by, started_at from process_migration"
                + " where process_key = ? order by started_at desc fetch first 20 rows only", (rs, n) -> progress(
                        rs.getString(1), key, rs.getInt(2), rs.getInt(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()), key);
    }

    private Progress progress(String batchId, String key, int from, int to, String startedBy, Instant startedAt) {
        Map<String, String> waitingByInstance = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        jdbc.query("select process_instance_id, case_number, outcome from process_migration_case where batch_id = ?"
                + " order by case_number", rs -> {
                    counts.merge(rs.getString(3), 1, Integer::sum);
                    if (PENDING.equals(rs.getString(3))) {
                        waitingByInstance.put(rs.getString(1), rs.getString(2));
                    }
                }, batchId);
        List<FailedCase> failed = new ArrayList<>();
        List<String> otherFailures = new ArrayList<>();
        Batch batch = asApplication.run(() -> managementService.createBatchQuery().batchId(batchId).singleResult());
        if (batch != null) {
            for (Job job : failedJobs(batch)) {
                String message = String.valueOf(job.getExceptionMessage());
                waitingByInstance.entrySet().stream().filter(entry -> message.contains(entry.getKey())).findFirst()
                        .ifPresentOrElse(entry -> failed.add(new FailedCase(entry.getValue(), message)),
                                () -> otherFailures.add(message));
            }
        }
        List<String> failedCases = failed.stream().map(FailedCase::caseNumber).toList();
        List<String> waiting = waitingByInstance.values().stream().filter(c -> !failedCases.contains(c)).toList();
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return new Progress(batchId, key, from, to, startedBy, startedAt, total, counts.getOrDefault(MIGRATED, 0),
                counts.getOrDefault(ENDED, 0), waiting, failed, otherFailures, batch == null);
    }

    private List<Job> failedJobs(Batch batch) {
        return asApplication.run(() -> managementService.createJobQuery()
                .jobDefinitionId(batch.getBatchJobDefinitionId()).noRetriesLeft().list());
    }

    /** Gives the batch's failed migration jobs one more attempt, now. Returns how many. */
    @Transactional
    public int retryFailed(String batchId) {
        return asApplication.run(() -> {
            Batch batch = managementService.createBatchQuery().batchId(batchId).singleResult();
            if (batch == null) {
                return 0;
            }
            List<String> jobIds = failedJobs(batch).stream().map(Job::getId).toList();
            if (!jobIds.isEmpty()) {
                managementService.setJobRetries(1).jobIds(jobIds).dueDate(new Date()).execute();
            }
            return jobIds.size();
        });
    }

    /** The migration this batch belongs to, when it is one of this process's. */
    public boolean belongsTo(String batchId, String key) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select count(*) > 0 from process_migration where batch_id = ?"
                + " and process_key = ?", Boolean.class, batchId, key));
    }
}
