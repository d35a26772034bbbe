package org.casecoordination.tasklist;

import java.util.Map;
import org.casecoordination.system.JsonApi;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Claim, unclaim and complete tasks over JSON, with the same checks as the pages. */
@RestController
@JsonApi
class TaskApiController {

    private final TaskActions actions;

    TaskApiController(TaskActions actions) {
        this.actions = actions;
    }

    record Completion(Map<String, Object> variables) {
    }

    @PostMapping("/api/tasks/{taskId}/claim")
    ResponseEntity<Void> claim(@PathVariable String taskId) {
        actions.claim(taskId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/tasks/{taskId}/unclaim")
    ResponseEntity<Void> unclaim(@PathVariable String taskId) {
        actions.unclaim(taskId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/tasks/{taskId}/complete")
    ResponseEntity<Void> complete(@PathVariable String taskId, @RequestBody(required = false) Completion body) {
        actions.complete(taskId, body == null ? Map.of() : body.variables());
        return ResponseEntity.noContent().build();
    }
}
