package org.casecoordination.supervision.reopen;

import jakarta.validation.Valid;
import org.casecoordination.system.JsonApi;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Reopens a closed case: 204; no reason 400; not a supervisor of its team 403; unknown 404; not closed 409. */
@RestController
@JsonApi
class ReopenApiController {

    private final CaseReopening reopening;

    ReopenApiController(CaseReopening reopening) {
        this.reopening = reopening;
    }

    @PostMapping("/api/cases/{caseNumber}/reopen")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reopen(@PathVariable String caseNumber, @Valid @RequestBody ReopenRequest request) {
        reopening.reopen(caseNumber, request.getReason());
    }
}
