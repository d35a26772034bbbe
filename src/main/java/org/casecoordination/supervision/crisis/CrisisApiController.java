package org.casecoordination.supervision.crisis;

import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import org.casecoordination.security.People;
import org.casecoordination.system.JsonApi;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hotline's door: {@code POST /api/cases/{caseNumber}/crisis} → 201 {"taskId", "assignedTo", "due",
 * "notified"} (people by full name; "assignedTo" null when nobody is on call and the task waits in the team
 * queue); 404, 409, 400 as elsewhere.
 */
@RestController
@JsonApi
class CrisisApiController {

    private final CrisisLine crisisLine;
    private final People people;

    CrisisApiController(CrisisLine crisisLine, People people) {
        this.crisisLine = crisisLine;
        this.people = people;
    }

    record Routed(String taskId, String assignedTo, Instant due, List<String> notified) {
    }

    @PostMapping("/api/cases/{caseNumber}/crisis")
    @ResponseStatus(HttpStatus.CREATED)
    Routed report(@PathVariable String caseNumber, @Valid @RequestBody CrisisReport report) {
        CrisisRouted routed = crisisLine.report(caseNumber, report);
        return new Routed(routed.taskId(), routed.assignee() == null ? null : people.fullName(routed.assignee()),
                routed.due() == null ? null : routed.due().toInstant(),
                routed.notified().stream().map(people::fullName).toList());
    }
}
