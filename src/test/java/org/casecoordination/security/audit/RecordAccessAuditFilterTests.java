package org.casecoordination.security.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.casecoordination.security.audit.RecordLookup.TaskFacts;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.casecoordination.system.Words;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** The filter alone, with the audit log mocked: what it records, and what happens when it cannot. */
class RecordAccessAuditFilterTests {

    private final AuditLog auditLog = mock(AuditLog.class);
    private final RecordLookup lookup = mock(RecordLookup.class);
    private final RecordAccessAuditFilter filter = new RecordAccessAuditFilter(auditLog, lookup,
            new Words(sharedMessages()), new AcceptHeaderLocaleResolver());
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @org.junit.jupiter.api.BeforeEach
    void tasksAreUnknownUnlessSaidOtherwise() {
        when(lookup.task(any())).thenReturn(TaskFacts.UNKNOWN);
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aViewIsRecordedThenTheRecordIsReleased() throws Exception {
        logIn("cora");
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/cases/CC-1");
        request.setRemoteAddr("192.0.2.7");
        request.setQueryString("q=Jane+Doe");

        filter.doFilter(request, response, writes("the client's record"));

        AuditEvent event = recorded();
        assertThat(event.getAction()).isEqualTo(AuditAction.VIEW_RECORD);
        assertThat(event.getCaseNumber()).isEqualTo("CC-1");
        assertThat(event.getActor()).isEqualTo("cora");
        assertThat(event.getResource()).isEqualTo("GET /cases/CC-1");
        assertThat(event.getOutcome()).isEqualTo("200");
        assertThat(event.getRemoteAddress()).isEqualTo("192.0.2.7");
        assertThat(response.getContentAsString()).isEqualTo("the client's record");
    }

    @Test
    void aViewThatCannotBeAuditedIsRefusedWithoutTheRecord() throws Exception {
        logIn("cora");
        org.mockito.Mockito.doThrow(new DataAccessResourceFailureException("audit table gone")).when(auditLog)
                .writeView(any());

        filter.doFilter(new MockHttpServletRequest("GET", "/api/cases/CC-1"), response, writes("the client's record"));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentAsString()).doesNotContain("client's record");
    }

    @Test
    void theApiSaysWhyInTheCallersLanguage() throws Exception {
        logIn("cora");
        org.mockito.Mockito.doThrow(new DataAccessResourceFailureException("audit table gone")).when(auditLog)
                .writeView(any());
        MockHttpServletRequest spanish = new MockHttpServletRequest("GET", "/api/cases/CC-1");
        spanish.addHeader("Accept-Language", "es");
        MockHttpServletResponse english = new MockHttpServletResponse();

        filter.doFilter(spanish, response, writes("the client's record"));
        filter.doFilter(new MockHttpServletRequest("GET", "/api/cases/CC-1"), english, writes("the client's record"));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentAsString()).contains("\"message\":\"No se pudo registrar este acceso")
                .doesNotContain("client's record");
        assertThat(english.getContentAsString()).contains("\"message\":\"This access could not be recorded");
    }

    private static ResourceBundleMessageSource sharedMessages() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename("messages/messages");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        return bundle;
    }

    @Test
    void aChangeThatCannotBeAuditedStillAnswersWhatHappened() throws Exception {
        logIn("cora");
        when(auditLog.write(any())).thenThrow(new DataAccessResourceFailureException("audit table gone"));

        filter.doFilter(new MockHttpServletRequest("POST", "/api/tasks/t1/complete"), response,
                (req, res) -> ((HttpServletResponse) res).setStatus(204));

        assertThat(response.getStatus()).isEqualTo(204);
    }

    @Test
    void aChangesAnswerReachesTheCallerOnlyOnceItsRowIsWritten() throws Exception {
        logIn("cora");
        List<Boolean> answeredBeforeTheRow = new java.util.ArrayList<>();
        when(auditLog.write(any())).thenAnswer(call -> {
            answeredBeforeTheRow.add(response.isCommitted());
            return call.getArgument(0);
        });

        // as Spring's message converters answer an API call: the JSON body, flushed
        filter.doFilter(new MockHttpServletRequest("POST", "/api/tasks/t1/complete"), response, (req, res) -> {
            HttpServletResponse answer = (HttpServletResponse) res;
            answer.setStatus(404);
            answer.setContentType("application/json");
            answer.getWriter().write("{\"errors\":[{\"message\":\"no longer exists\"}]}");
            answer.flushBuffer();
        });

        assertThat(answeredBeforeTheRow).as("answer sent when the row was written").containsExactly(false);
        assertThat(recorded().getOutcome()).isEqualTo("404");
        assertThat(response.getContentAsString()).contains("no longer exists");
        assertThat(response.isCommitted()).isTrue();
    }

    @Test
    void claimingATaskSomeoneElseHadIsAReassignmentEvenWhenRefused() throws Exception {
        logIn("colin");
        when(lookup.task("t1")).thenReturn(new TaskFacts("CC-1", "cora"));

        filter.doFilter(new MockHttpServletRequest("POST", "/api/tasks/t1/claim"), response,
                (req, res) -> ((HttpServletResponse) res).setStatus(409));

        AuditEvent event = recorded();
        assertThat(event.getAction()).isEqualTo(AuditAction.REASSIGN);
        assertThat(event.getCaseNumber()).isEqualTo("CC-1");
        assertThat(event.getOutcome()).isEqualTo("409");
    }

    @Test
    void claimingAnUnassignedTaskIsAChange() throws Exception {
        logIn("colin");
        when(lookup.task("t1")).thenReturn(new TaskFacts("CC-1", null));

        filter.doFilter(new MockHttpServletRequest("POST", "/tasks/t1/claim"), response, (req, res) -> { });

        assertThat(recorded().getAction()).isEqualTo(AuditAction.CHANGE_RECORD);
    }

    @Test
    void aNewCaseIsNamedByTheResponse() throws Exception {
        logIn("cora");
        filter.doFilter(new MockHttpServletRequest("POST", "/api/cases"), response, (req, res) -> {
            ((HttpServletResponse) res).setStatus(201);
            ((HttpServletResponse) res).setHeader("Location", "http://localhost/api/cases/CC-2026-000099");
        });
        assertThat(recorded().getCaseNumber()).isEqualTo("CC-2026-000099");
    }

    @Test
    void aRequestThatFailsIsRecordedWithWhatTheCallerGets() {
        logIn("dana");
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/cases/CC-1"), response,
                (req, res) -> { throw new AccessDeniedException("not your team"); }))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(recorded().getOutcome()).isEqualTo("403");
    }

    @Test
    void otherRequestsAreNotRecorded() throws Exception {
        filter.doFilter(new MockHttpServletRequest("GET", "/tasks"), response, (req, res) -> { });
        org.mockito.Mockito.verifyNoInteractions(auditLog);
    }

    /** The one event written: a view through writeView (which may skip a repeat), anything else through write. */
    private AuditEvent recorded() {
        List<AuditEvent> written = org.mockito.Mockito.mockingDetails(auditLog).getInvocations().stream()
                .filter(call -> List.of("write", "writeView").contains(call.getMethod().getName()))
                .map(call -> (AuditEvent) call.getArgument(0)).toList();
        assertThat(written).hasSize(1);
        return written.get(0);
    }

    private static FilterChain writes(String body) {
        return (req, res) -> res.getWriter().write(body);
    }

    private static void logIn(String user) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, java.util.List.of()));
    }
}
