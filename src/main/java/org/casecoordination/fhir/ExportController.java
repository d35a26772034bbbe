package org.casecoordination.fhir;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.TeamRoles;
import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.security.audit.AuditEvent;
import org.casecoordination.security.audit.AuditLog;
import org.casecoordination.system.ErrorWords;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * FHIR Bulk Data export (v2) of a team: kick-off, status and manifest, files, cancel. Only the person who asked, or
 * a supervisor of the team, may follow an export; to anyone else it does not exist (404, as a case they may not
 * see). The URLs name a team and a job, never a client.
 */
@RestController
class ExportController {

    static final MediaType NDJSON = MediaType.parseMediaType("application/fhir+ndjson");
    /** How long a client should wait between polls: the manifest is rarely ready sooner. */
    private static final int RETRY_AFTER_SECONDS = 5;

    private final ExportKickoff kickoff;
    private final ExportJobs jobs;
    private final CurrentUser currentUser;
    private final TeamRoles teamRoles;
    private final AuditLog auditLog;
    private final ErrorWords words;

    ExportController(ExportKickoff kickoff, ExportJobs jobs, CurrentUser currentUser, TeamRoles teamRoles,
            AuditLog auditLog, ErrorWords words) {
        this.kickoff = kickoff;
        this.jobs = jobs;
        this.currentUser = currentUser;
        this.teamRoles = teamRoles;
        this.auditLog = auditLog;
        this.words = words;
    }

    @GetMapping("/fhir/Group/{team}/$export")
    ResponseEntity<Void> export(@PathVariable String team,
            @RequestHeader(name = "Prefer", required = false) String prefer,
            @RequestParam(name = "_type", required = false) String type,
            @RequestParam(name = "_since", required = false) String since,
            @RequestParam(name = "_outputFormat", required = false) String outputFormat, HttpServletRequest request) {
        String url = request.getRequestURL() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String id = kickoff.start(team, prefer, type, since, outputFormat, url);
        return ResponseEntity.accepted().header(HttpHeaders.CONTENT_LOCATION, statusUrl(id)).build();
    }

    @GetMapping("/fhir/$export-status/{job}")
    ResponseEntity<?> status(@PathVariable String job) {
        ExportJob found = followed(job);
        return switch (found.state()) {
            case QUEUED, RUNNING -> ResponseEntity.accepted()
                    .header("X-Progress", found.casesTotal() == null ? words.text("fhir.export.progressWaiting")
                            : words.text("fhir.export.progress", found.casesDone(), found.casesTotal()))
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS)).build();
            case FAILED -> ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                    .contentType(FhirJsonConverter.FHIR_JSON)
                    .body(OperationOutcomes.of(IssueType.EXCEPTION, words.text("fhir.export.failed")));
            case DONE -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noStore())
                    .header(HttpHeaders.EXPIRES, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                            found.expiresAt().atZone(java.time.ZoneOffset.UTC)))
                    .body(manifest(found));
        };
    }

    @DeleteMapping("/fhir/$export-status/{job}")
    ResponseEntity<Void> cancel(@PathVariable String job) {
        ExportJob found = followed(job);
        jobs.delete(found.id());
        return ResponseEntity.accepted().build();
    }

    @GetMapping("/fhir/$export-file/{job}/{file}")
    ResponseEntity<InputStreamResource> file(@PathVariable String job, @PathVariable String file) {
        ExportJob found = followed(job);
        Integer lines = found.state() == ExportJob.State.DONE ? jobs.counts(found.id()).get(file) : null;
        if (lines == null) {
            throw new ExportRefusedException(HttpStatus.NOT_FOUND, IssueType.NOTFOUND, "fhir.export.unknownFile");
        }
        auditLog.record(AuditAction.EXPORT, null, "FHIR bulk export " + found.id() + " of " + found.team()
                + " downloaded: " + file + ", " + lines + " resources", AuditEvent.SUCCESS);
        return ResponseEntity.ok().contentType(NDJSON).cacheControl(CacheControl.noStore())
                .body(new InputStreamResource(jobs.file(found.id(), file)));
    }

    /** The standard manifest: one output per type with its count, the error file apart. */
    private Map<String, Object> manifest(ExportJob job) {
        Map<String, Integer> counts = jobs.counts(job.id());
        List<Map<String, Object>> output = new ArrayList<>();
        for (String type : job.types()) {
            if (counts.containsKey(type)) {
                output.add(file(job, type, counts.get(type)));
            }
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("transactionTime", job.requestedAt().toString());
        manifest.put("request", job.requestUrl());
        manifest.put("requiresAccessToken", true);
        manifest.put("output", output);
        manifest.put("error", counts.containsKey(ExportWork.ERRORS)
                ? List.of(file(job, ExportWork.ERRORS, counts.get(ExportWork.ERRORS))) : List.of());
        return manifest;
    }

    private static Map<String, Object> file(ExportJob job, String type, int count) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("type", type);
        file.put("url", ServletUriComponentsBuilder.fromCurrentContextPath().path("/fhir/$export-file/{job}/{file}")
                .buildAndExpand(job.id(), type).toUriString());
        file.put("count", count);
        return file;
    }

    private static String statusUrl(String id) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/fhir/$export-status/{job}")
                .buildAndExpand(id).toUriString();
    }

    /** A job the caller may follow and whose time is not up; anything else is not found. */
    private ExportJob followed(String id) {
        return jobs.find(id).filter(job -> job.expiresAt() == null || job.expiresAt().isAfter(Instant.now()))
                .filter(job -> job.requestedBy().equals(currentUser.id()) || teamRoles.supervises(job.team()))
                .orElseThrow(() -> new ExportRefusedException(HttpStatus.NOT_FOUND, IssueType.NOTFOUND,
                        "fhir.export.unknownJob"));
    }
}
