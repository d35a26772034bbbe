package org.casecoordination.fhir;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.casecoordination.security.AsApplication;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.Groups;
import org.casecoordination.security.People;
import org.casecoordination.security.TeamRoles;
import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.security.audit.AuditEvent;
import org.casecoordination.security.audit.AuditLog;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A bulk export asked for: checks the team, who asks and what, stores the job and has it start once stored. Cheap:
 * no case is read here. A team's supervisors export the whole team; an administrator only the team's cases of
 * their current emergency accesses (the rule of {@code casefile.CaseAccess}); anyone else is refused.
 */
@Component
class ExportKickoff {

    static final Set<String> NDJSON = Set.of("application/fhir+ndjson", "application/ndjson", "ndjson");

    /** What the request asked for, read and checked. */
    record Asked(String team, List<String> types, Instant since, String requestUrl) {
    }

    private final ExportSources sources;
    private final ExportJobs jobs;
    private final ExportRunner runner;
    private final TeamRoles teamRoles;
    private final CurrentUser currentUser;
    private final People people;
    private final IdentityService identityService;
    private final AsApplication asApplication;
    private final EntityManager entityManager;
    private final AuditLog auditLog;

    ExportKickoff(ExportSources sources, ExportJobs jobs, ExportRunner runner, TeamRoles teamRoles,
            CurrentUser currentUser, People people, IdentityService identityService, AsApplication asApplication,
            EntityManager entityManager, AuditLog auditLog) {
        this.sources = sources;
        this.jobs = jobs;
        this.runner = runner;
        this.teamRoles = teamRoles;
        this.currentUser = currentUser;
        this.people = people;
        this.identityService = identityService;
        this.asApplication = asApplication;
        this.entityManager = entityManager;
        this.auditLog = auditLog;
    }

    /** Checks in this order: the team (404), the caller (403), the request (400). Returns the new job's id. */
    @Transactional
    String start(String team, String prefer, String type, String since, String outputFormat, String requestUrl) {
        if (!Groups.isTeam(team) || asApplication.run(() -> identityService.createGroupQuery().groupId(team)
                .count()) == 0) {
            throw new ExportRefusedException(HttpStatus.NOT_FOUND, IssueType.NOTFOUND, "fhir.export.unknownTeam",
                    team);
        }
        List<Long> caseIds = teamRoles.supervises(team) ? null : emergencyCases(team);
        if (caseIds != null && caseIds.isEmpty()) {
            throw new ExportRefusedException(HttpStatus.FORBIDDEN, IssueType.FORBIDDEN,
                    "fhir.export.supervisorsOnly", people.teamName(team));
        }
        if (prefer == null || !prefer.toLowerCase(java.util.Locale.ROOT).contains("respond-async")) {
            throw new ExportRefusedException(HttpStatus.BAD_REQUEST, IssueType.INVALID, "fhir.export.preferAsync");
        }
        if (outputFormat != null && !NDJSON.contains(outputFormat.strip().replace(' ', '+'))) {
            throw new ExportRefusedException(HttpStatus.BAD_REQUEST, IssueType.NOTSUPPORTED,
                    "fhir.export.outputFormat", outputFormat);
        }
        Asked asked = new Asked(team, types(type), instant(since), requestUrl);
        if (jobs.unfinished(team, currentUser.id())) {
            // Bulk Data's answer to a client that asks again before its export is ready: a script that loops
            // cannot queue full exports of the team behind one another
            throw new ExportRefusedException(HttpStatus.TOO_MANY_REQUESTS, IssueType.THROTTLED,
                    "fhir.export.alreadyRunning", people.teamName(team));
        }
        String id = UUID.randomUUID().toString();
        auditLog.record(AuditAction.EXPORT, null, "FHIR bulk export " + id + " of " + team + " requested: "
                + String.join(",", asked.types()) + (asked.since() == null ? "" : "; since " + asked.since())
                + (caseIds == null ? "" : "; emergency access to " + caseIds.size() + " cases"), AuditEvent.SUCCESS);
        jobs.add(new ExportJob(id, team, currentUser.id(), Instant.now(), requestUrl, asked.types(), asked.since(),
                caseIds, ExportJob.State.QUEUED, 0, null, null, null));
        runner.startAfterCommit(id);
        return id;
    }

    /** An administrator's current emergency accesses to the team's cases; null for a team supervisor. */
    private List<Long> emergencyCases(String team) {
        if (!currentUser.groups().contains(Groups.ADMINS)) {
            return List.of();
        }
        return entityManager.createQuery("select distinct e.careCase.id from EmergencyAccess e where e.userId = :user"
                        + " and e.expiresAt > :now and e.careCase.team = :team", Long.class)
                .setParameter("user", currentUser.id()).setParameter("now", Instant.now())
                .setParameter("team", team).getResultList().stream().sorted().toList();
    }

    /** {@code _type}: a comma list of this server's exported types; all of them when absent. */
    private List<String> types(String type) {
        if (type == null || type.isBlank()) {
            return sources.types();
        }
        List<String> types = new ArrayList<>();
        for (String one : type.split(",")) {
            String name = one.strip();
            if (sources.of(name).isEmpty()) {
                throw new ExportRefusedException(HttpStatus.BAD_REQUEST, IssueType.NOTSUPPORTED,
                        "fhir.export.unknownType", name, String.join(", ", sources.types()));
            }
            if (!types.contains(name)) {
                types.add(name);
            }
        }
        return types;
    }

    /** {@code _since}: a FHIR instant (with a time zone), not in the future; {@code $everything} reads it the same. */
    static Instant instant(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        try {
            Instant instant = OffsetDateTime.parse(since.strip().replace(' ', '+')).toInstant();
            if (instant.isAfter(Instant.now())) {
                throw new ExportRefusedException(HttpStatus.BAD_REQUEST, IssueType.INVALID, "fhir.export.since",
                        since);
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw new ExportRefusedException(HttpStatus.BAD_REQUEST, IssueType.INVALID, "fhir.export.since", since);
        }
    }
}
