package org.casecoordination.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.security.People;
import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.security.audit.AuditEvent;
import org.casecoordination.security.audit.AuditLog;
import org.casecoordination.system.Words;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds one bulk export: the team's cases (or an administrator's emergency-access cases) a step at a time, each
 * step in a read-only transaction taken when {@link ExportPace} gives it a turn (people's requests first), each
 * requested type into its own NDJSON file stored in parts. The claim on the
 * job is renewed after every step; when that fails (cancelled, or another node took the job over) the work stops.
 * A case that cannot be built becomes a line of the error file, the others go on. Each case put into a file is
 * written to its audit trail as an export (a step's rows in one transaction), so "who accessed this record" shows it.
 */
@Component
class ExportWork {

    private static final Logger log = LoggerFactory.getLogger(ExportWork.class);
    static final String ERRORS = "OperationOutcome";

    private final ExportJobs jobs;
    private final ExportSources sources;
    private final ExportProperties properties;
    private final EntityManager entityManager;
    private final AuditLog auditLog;
    private final FhirContext fhir;
    private final TransactionTemplate readOnly;
    private final Words words;
    private final People people;
    private final ExportPace pace;

    ExportWork(ExportJobs jobs, ExportSources sources, ExportProperties properties, EntityManager entityManager,
            AuditLog auditLog, FhirContext fhir, PlatformTransactionManager transactions, Words words,
            People people, ExportPace pace) {
        this.pace = pace;
        this.words = words;
        this.people = people;
        this.jobs = jobs;
        this.sources = sources;
        this.properties = properties;
        this.entityManager = entityManager;
        this.auditLog = auditLog;
        this.fhir = fhir;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Builds the job if this node can claim it; never throws (a failure is recorded with the job). */
    void run(String jobId) {
        Instant now = now();
        Instant until = now.plus(properties.claim());
        if (!jobs.claim(jobId, now, until)) {
            return;
        }
        try {
            ExportJob job = jobs.find(jobId).orElse(null);
            if (job != null) {
                build(job, until);
            }
        } catch (NoLongerOurs e) {
            log.info("Bulk export {} stopped here: cancelled or taken over by another node", jobId);
        } catch (RuntimeException e) {
            boolean giveUp = jobs.attempts(jobId) >= properties.attempts();
            log.warn("Bulk export {} failed{}", jobId, giveUp ? "; given up" : "; tried again later", e);
            jobs.failed(jobId, e.getClass().getSimpleName() + ": " + e.getMessage(), giveUp,
                    now().plus(properties.keepFor()));
        }
    }

    private void build(ExportJob job, Instant claimedUntil) {
        jobs.clearParts(job.id()); // an earlier attempt's files, if a node stopped mid-way: built anew
        List<Long> caseIds = caseIds(job);
        ExportFiles files = new ExportFiles(jobs, job.id());
        Written written = new Written();
        Instant until = now().plus(properties.claim());
        if (!jobs.progress(job.id(), claimedUntil, until, 0, caseIds.size())) {
            throw new NoLongerOurs();
        }
        for (int done = 0; done < caseIds.size(); ) {
            ExportPace.Turn turn = pace.awaitTurn();
            List<Long> next = caseIds.subList(done, Math.min(caseIds.size(), done + properties.casesPerStep()));
            Step step = readOnly.execute(status -> buildStep(job, next, files, written, turn));
            // one transaction for the step's audit rows, before any of it can be downloaded
            auditLog.writeAll(step.exported().stream().map(caseNumber -> new AuditEvent(Instant.now(),
                    job.requestedBy(), AuditAction.EXPORT, caseNumber, "FHIR bulk export " + job.id() + " of "
                            + job.team(), AuditEvent.SUCCESS, null)).toList());
            files.storeFull();
            done += step.casesRead();
            Instant renewed = now().plus(properties.claim());
            if (!jobs.progress(job.id(), until, renewed, done, caseIds.size())) {
                throw new NoLongerOurs();
            }
            until = renewed;
        }
        files.storeAll();
        Map<String, Integer> counts = jobs.counts(job.id());
        if (!jobs.finish(job.id(), until, now(), now().plus(properties.keepFor()))) {
            throw new NoLongerOurs();
        }
        auditLog.write(new AuditEvent(Instant.now(), job.requestedBy(), AuditAction.EXPORT, null,
                "FHIR bulk export " + job.id() + " of " + job.team() + " ready: " + caseIds.size() + " cases; "
                        + describe(counts), AuditEvent.SUCCESS, null));
    }

    /**
     * The team's cases (or the administrator's, still of the team), a client's cases one after another: what two
     * cases share (the Patient, the client's contacts) is then written once while remembering only one client's.
     */
    private List<Long> caseIds(ExportJob job) {
        if (job.limitedToCases() && job.caseIds().isEmpty()) {
            return List.of();
        }
        var query = entityManager.createQuery("select c.id from CareCase c where c.team = :team"
                + (job.limitedToCases() ? " and c.id in :ids" : "") + " order by c.client.id, c.id", Long.class)
                .setParameter("team", job.team());
        if (job.limitedToCases()) {
            query.setParameter("ids", job.caseIds());
        }
        return query.getResultList();
    }

    /**
     * The cases of one step into the files, in the order of {@code ids}, until its turn ends (at least one case);
     * says how many of {@code ids} it read and which cases went in.
     */
    private Step buildStep(ExportJob job, List<Long> ids, ExportFiles files, Written written, ExportPace.Turn turn) {
        Map<Long, CareCase> cases = new HashMap<>();
        entityManager.createQuery("select c from CareCase c join fetch c.client where c.id in :ids and c.team = :team",
                CareCase.class).setParameter("ids", ids).setParameter("team", job.team()).getResultList()
                .forEach(c -> cases.put(c.getId(), c));
        List<String> exported = new ArrayList<>();
        IParser parser = fhir.newJsonParser().setPrettyPrint(false);
        for (int i = 0; i < ids.size(); i++) {
            if (i > 0 && !turn.goOn()) {
                return new Step(i, exported);
            }
            CareCase careCase = cases.get(ids.get(i));
            if (careCase != null) { // else moved to another team since the export began
                buildCase(job, careCase, parser, files, written).ifPresent(exported::add);
            }
        }
        return new Step(ids.size(), exported);
    }

    /** One case into the files, all its lines or none; its number when it went in. */
    private Optional<String> buildCase(ExportJob job, CareCase careCase, IParser parser, ExportFiles files,
            Written written) {
        written.client(careCase.getClient().getId());
        try {
            Map<String, List<String>> lines = new LinkedHashMap<>();
            Set<String> ofThisCase = new HashSet<>();
            for (String type : job.types()) {
                ExportSource source = sources.of(type).orElseThrow();
                for (Resource resource : source.ofCase().apply(careCase)) {
                    String key = type + "/" + resource.getIdElement().getIdPart();
                    if (source.changedSince(resource, job.since()) && !written.contains(key)
                            && ofThisCase.add(key)) {
                        lines.computeIfAbsent(type, t -> new ArrayList<>())
                                .add(parser.encodeResourceToString(resource));
                    }
                }
            }
            lines.forEach(files::append);
            written.addAll(ofThisCase);
            return Optional.of(careCase.getCaseNumber());
        } catch (RuntimeException e) {
            log.warn("Bulk export {}: case {} could not be built", job.id(), careCase.getCaseNumber(), e);
            files.append(ERRORS, List.of(parser.encodeResourceToString(OperationOutcomes.of(
                    IssueType.EXCEPTION, words.text(language(job), "fhir.export.caseFailed",
                            careCase.getCaseNumber())))));
            return Optional.empty();
        }
    }

    /** What one step did: how many of its case ids it went through, and the numbers of the cases exported. */
    private record Step(int casesRead, List<String> exported) {
    }

    /** The requester's language for the error file's words: no request is being served here. */
    private Locale language(ExportJob job) {
        return people.chosenLanguage(job.requestedBy()).map(Locale::forLanguageTag).orElse(Locale.ENGLISH);
    }

    private static String describe(Map<String, Integer> counts) {
        return counts.isEmpty() ? "no resources" : counts.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("");
    }

    /** Truncated to what the database keeps, so a claim read back compares equal. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** What was written for the current client: resources a client's cases share go into a file once. */
    private static final class Written {

        private Long client;
        private final Set<String> ids = new HashSet<>();

        void client(Long id) {
            if (!id.equals(client)) {
                client = id;
                ids.clear();
            }
        }

        boolean contains(String typeAndId) {
            return ids.contains(typeAndId);
        }

        void addAll(Set<String> typeAndIds) {
            ids.addAll(typeAndIds);
        }
    }

    /** The job was cancelled or another node took it: stop without touching it. */
    private static final class NoLongerOurs extends RuntimeException {
        NoLongerOurs() {
            super(null, null, false, false);
        }
    }
}
