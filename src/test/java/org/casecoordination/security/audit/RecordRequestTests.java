package org.casecoordination.security.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.casecoordination.security.audit.RecordRequest.Assignment;
import org.casecoordination.security.audit.RecordRequest.Target;
import org.junit.jupiter.api.Test;

class RecordRequestTests {

    @Test
    void casePagesAndTheCaseApiNameTheCase() {
        assertThat(RecordRequest.of("GET", "/cases/CC-2026-000051")).contains(
                new RecordRequest(Target.CASE, "CC-2026-000051", AuditAction.VIEW_RECORD, Assignment.NONE));
        assertThat(RecordRequest.of("POST", "/cases/CC-1/notes")).contains(
                new RecordRequest(Target.CASE, "CC-1", AuditAction.CHANGE_RECORD, Assignment.NONE));
        assertThat(RecordRequest.of("GET", "/api/cases/CC-1/access-log")).contains(
                new RecordRequest(Target.CASE, "CC-1", AuditAction.VIEW_RECORD, Assignment.NONE));
    }

    @Test
    void askingForEmergencyAccessToACaseIsRecordedAsSuch() {
        assertThat(RecordRequest.of("POST", "/cases/CC-1/emergency-access")).contains(
                new RecordRequest(Target.CASE, "CC-1", AuditAction.EMERGENCY_ACCESS, Assignment.NONE));
    }

    @Test
    void aNewReferralIsAChangeWhoseCaseComesWithTheResponse() {
        assertThat(RecordRequest.of("POST", "/api/cases")).contains(
                new RecordRequest(Target.NEW_CASE, null, AuditAction.CHANGE_RECORD, Assignment.NONE));
        assertThat(RecordRequest.of("POST", "/referrals")).map(RecordRequest::target).contains(Target.NEW_CASE);
        assertThat(RecordRequest.of("GET", "/referrals/new")).isEmpty();
        assertThat(RecordRequest.of("GET", "/api/cases")).isEmpty();
    }

    @Test
    void tasksOfTheAppAndOfTheEngineApisNameTheTask() {
        assertThat(RecordRequest.of("GET", "/tasks/t1")).contains(
                new RecordRequest(Target.TASK, "t1", AuditAction.VIEW_RECORD, Assignment.NONE));
        assertThat(RecordRequest.of("POST", "/api/tasks/t1/complete")).contains(
                new RecordRequest(Target.TASK, "t1", AuditAction.CHANGE_RECORD, Assignment.NONE));
        assertThat(RecordRequest.of("POST", "/api/tasks/t1/claim")).map(RecordRequest::assignment)
                .contains(Assignment.CLAIM);
        assertThat(RecordRequest.of("POST", "/tasks/t1/claim")).map(RecordRequest::assignment)
                .contains(Assignment.CLAIM);
        assertThat(RecordRequest.of("GET", "/engine-rest/task/t1/form-variables")).contains(
                new RecordRequest(Target.TASK, "t1", AuditAction.VIEW_RECORD, Assignment.NONE));
        assertThat(RecordRequest.of("POST", "/engine-rest/engine/default/task/t1/assignee"))
                .map(RecordRequest::assignment).contains(Assignment.ASSIGN);
        assertThat(RecordRequest.of("POST", "/camunda/api/engine/engine/default/task/t1/claim")).contains(
                new RecordRequest(Target.TASK, "t1", AuditAction.CHANGE_RECORD, Assignment.CLAIM));
        assertThat(RecordRequest.of("DELETE", "/engine-rest/process-instance/p1")).contains(
                new RecordRequest(Target.PROCESS_INSTANCE, "p1", AuditAction.CHANGE_RECORD, Assignment.NONE));
    }

    @Test
    void listsQueriesAndCollectionsAreNotOneRecord() {
        assertThat(RecordRequest.of("GET", "/tasks")).isEmpty();
        assertThat(RecordRequest.of("GET", "/engine-rest/task")).isEmpty();
        assertThat(RecordRequest.of("POST", "/engine-rest/task")).isEmpty();
        assertThat(RecordRequest.of("GET", "/engine-rest/task/count")).isEmpty();
        assertThat(RecordRequest.of("GET", "/engine-rest/process-instance/count")).isEmpty();
        assertThat(RecordRequest.of("PUT", "/engine-rest/process-instance/suspended")).isEmpty();
        assertThat(RecordRequest.of("GET", "/camunda/api/engine/engine/default/task/count")).isEmpty();
        assertThat(RecordRequest.of("OPTIONS", "/api/cases/CC-1")).isEmpty();
        assertThat(RecordRequest.of("GET", "/login")).isEmpty();
    }
}
