package org.casecoordination.casefile;

import java.time.Instant;
import java.util.List;
import org.casecoordination.security.audit.AuditEvent;
import org.casecoordination.system.JsonApi;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/cases/{caseNumber}/access-log: who accessed the record, newest first (at most 200 events). */
@RestController
@JsonApi
class AccessLogApiController {

    private final RecordAccessLog accessLog;

    AccessLogApiController(RecordAccessLog accessLog) {
        this.accessLog = accessLog;
    }

    record AccessView(Instant occurredAt, String actor, String action, String caseNumber, String resource,
            String outcome, String remoteAddress) {
        static AccessView of(AuditEvent e) {
            return new AccessView(e.getOccurredAt(), e.getActor(), e.getAction().name(), e.getCaseNumber(),
                    e.getResource(), e.getOutcome(), e.getRemoteAddress());
        }
    }

    @GetMapping("/api/cases/{caseNumber}/access-log")
    List<AccessView> accessLog(@PathVariable String caseNumber) {
        return accessLog.of(caseNumber).stream().map(AccessView::of).toList();
    }
}
