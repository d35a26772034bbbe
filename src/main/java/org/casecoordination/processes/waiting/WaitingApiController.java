package org.casecoordination.processes.waiting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.casecoordination.processes.AnalystAccess;
import org.casecoordination.system.JsonApi;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the cases of a process version wait, as JSON: for the diagram's overlay on the page (in the browser's
 * session) and for the API. De-identified figures only; no case, client or user.
 */
@RestController
@JsonApi
@Tag(name = "Processes")
class WaitingApiController {

    private final WaitingSteps steps;
    private final AnalystAccess access;

    WaitingApiController(WaitingSteps steps, AnalystAccess access) {
        this.steps = steps;
        this.access = access;
    }

    @Operation(summary = "Where the cases of a process version wait, per step, de-identified (analysts and"
            + " administrators)")
    @GetMapping({"/api/processes/{key}/versions/{version}/waiting", "/processes/{key}/versions/{version}/waiting"})
    WaitingSteps.Version waiting(@PathVariable String key, @PathVariable int version) {
        access.check();
        return steps.of(key, version).orElseThrow(() -> new NoSuchVersion(key, version));
    }
}
