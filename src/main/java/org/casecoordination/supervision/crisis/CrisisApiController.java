package org.casecoordination.supervision.crisis;

import jakarta.validation.Valid;
import java.util.Map;
import org.casecoordination.system.JsonApi;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The hotline's door: {@code POST /api/cases/{caseNumber}/crisis} → 201 {"taskId"}; 404, 409, 400 as elsewhere. */
@RestController
@JsonApi
class CrisisApiController {

    private final CrisisLine crisisLine;

    CrisisApiController(CrisisLine crisisLine) {
        this.crisisLine = crisisLine;
    }

    @PostMapping("/api/cases/{caseNumber}/crisis")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> report(@PathVariable String caseNumber, @Valid @RequestBody CrisisReport report) {
        return Map.of("taskId", crisisLine.report(caseNumber, report));
    }
}
