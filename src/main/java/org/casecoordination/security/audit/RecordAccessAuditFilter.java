package org.casecoordination.security.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casecoordination.security.audit.RecordLookup.TaskFacts;
import org.casecoordination.security.audit.RecordRequest.Assignment;
import org.casecoordination.system.Words;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Audits every request that views or changes a client record (see {@link RecordRequest}), after it ran, with its
 * outcome, whoever sent it and whichever door it came by: pages, /api, /engine-rest, Camunda's webapps. It runs
 * just after Spring Security, so the caller is known; requests Spring Security refuses before they get here are
 * audited by {@link RefusedAccessAuditListener}.
 *
 * <p>A view is held back until its event is written: the response is buffered and released only then, and when
 * the event cannot be written the caller gets a 500 instead of the record (see {@link AuditLog} for the rule). A
 * change's answer is held back the same way until its event is written (or, when it cannot be, the failure is
 * logged): whoever has the answer finds the row. Unbuffered, an answer with a body (an API call's JSON) reached the
 * caller before its row, as soon as the message converter flushed it.
 */
class RecordAccessAuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RecordAccessAuditFilter.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CREATED_CASE = Pattern.compile("/cases/([^/?#;]+)");

    private final AuditLog auditLog;
    private final RecordLookup lookup;
    private final Words words;
    private final LocaleResolver languages;

    RecordAccessAuditFilter(AuditLog auditLog, RecordLookup lookup, Words words, LocaleResolver languages) {
        this.auditLog = auditLog;
        this.lookup = lookup;
        this.words = words;
        this.languages = languages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RecordRequest record = RecordRequest.of(request.getMethod(), Callers.path(request)).orElse(null);
        if (record == null) {
            chain.doFilter(request, response);
            return;
        }
        // before the request: a completed task's assignee is gone afterwards
        TaskFacts task = record.target() == RecordRequest.Target.TASK ? lookup.task(record.id()) : null;
        boolean view = record.action() == AuditAction.VIEW_RECORD;
        ContentCachingResponseWrapper downstream = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, downstream);
        } catch (IOException | ServletException | RuntimeException e) {
            writeOrLog(event(request, downstream, record, task, Outcomes.of(e)));
            throw e; // the buffered body is dropped with it
        }
        AuditEvent event = event(request, downstream, record, task, Outcomes.of(request, downstream));
        if (!view) {
            writeOrLog(event);
            downstream.copyBodyToResponse();
            return;
        }
        try {
            auditLog.writeView(event);
        } catch (RuntimeException e) {
            refuse(request, response, event, e);
            return;
        }
        downstream.copyBodyToResponse();
    }

    private AuditEvent event(HttpServletRequest request, HttpServletResponse response, RecordRequest record,
            TaskFacts task, String outcome) {
        String actor = Callers.actor(request);
        String caseNumber = switch (record.target()) {
            case CASE -> record.id();
            case TASK -> task.caseNumber();
            case PROCESS_INSTANCE -> lookup.caseOfProcessInstance(record.id());
            case NEW_CASE -> createdCase(response.getHeader("Location"));
        };
        return new AuditEvent(Instant.now(), actor, action(record, task, actor), caseNumber,
                Callers.resource(request), outcome, Callers.remoteAddress(request));
    }

    /** Taking a task that someone else had, or moving a task that had an assignee, is a reassignment. */
    private static AuditAction action(RecordRequest record, TaskFacts task, String actor) {
        boolean hadAssignee = task != null && task.assignee() != null;
        if (record.assignment() == Assignment.CLAIM && hadAssignee && !task.assignee().equals(actor)
                || record.assignment() == Assignment.ASSIGN && hadAssignee) {
            return AuditAction.REASSIGN;
        }
        return record.action();
    }

    private static String createdCase(String location) {
        Matcher matcher = location == null ? null : CREATED_CASE.matcher(location);
        return matcher != null && matcher.find() ? matcher.group(1) : null;
    }

    /** A change went through already: refusing the response would not undo it. Operations must see this. */
    private void writeOrLog(AuditEvent event) {
        try {
            auditLog.write(event);
        } catch (RuntimeException e) {
            log.error("AUDIT EVENT LOST: {} of case {} by {} ({}, outcome {}) could not be written", event.getAction(),
                    event.getCaseNumber(), event.getActor(), event.getResource(), event.getOutcome(), e);
        }
    }

    /** The database may be what failed, and a saved choice of language is read from it: then the browser's. */
    private Locale languageOf(HttpServletRequest request) {
        try {
            return languages.resolveLocale(request);
        } catch (RuntimeException databaseDown) {
            return request.getLocale();
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, AuditEvent event,
            RuntimeException e) throws IOException {
        log.error("Audit log unavailable: refused {} of case {} by {} ({})", event.getAction(), event.getCaseNumber(),
                event.getActor(), event.getResource(), e);
        if (response.isCommitted()) {
            return; // a redirect or an error page: no record content went out
        }
        response.reset();
        String path = Callers.path(request);
        if (!path.startsWith("/api/") && !path.startsWith("/engine-rest")) {
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR); // the error page says it in words
            return;
        }
        // the API's error shape, in the language a page would be in
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", null);
        error.put("message", words.text(languageOf(request), "audit.refusal.notRecorded"));
        JSON.writeValue(response.getWriter(), Map.of("errors", List.of(error)));
    }
}
