package org.casecoordination.supervision.caseload;

import jakarta.validation.Valid;
import org.casecoordination.system.JsonApi;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caseload as JSON and bulk hand-over, for supervisors of the team only (403 for anyone else). */
@RestController
@JsonApi
class CaseloadApiController {

    private final CaseloadService caseload;
    private final Reassignment reassignment;

    CaseloadApiController(CaseloadService caseload, Reassignment reassignment) {
        this.caseload = caseload;
        this.reassignment = reassignment;
    }

    @GetMapping("/api/supervision/caseload")
    Caseload caseload(@RequestParam String team) {
        return caseload.of(team);
    }

    @PostMapping("/api/supervision/reassign")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reassign(@Valid @RequestBody ReassignRequest request) {
        reassignment.reassign(request);
    }
}
