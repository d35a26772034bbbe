package org.casecoordination.tasklist.draft;

import java.util.List;
import java.util.Map;
import org.casecoordination.system.ErrorWords;
import org.casecoordination.system.InvalidInputException;
import org.casecoordination.system.JsonApi;
import org.casecoordination.tasklist.TaskActions;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The task page keeps what is typed: its script puts the form's fields here a moment after typing stops and when
 * the page is left, with the session's CSRF token (a page endpoint, not the stateless /api). The task is looked up
 * as for the page itself, so only someone who may see the task keeps a draft, and only of their own.
 */
@RestController
@JsonApi
class TaskDraftController {

    private final TaskActions tasks;
    private final TaskDrafts drafts;
    private final ErrorWords words;

    TaskDraftController(TaskActions tasks, TaskDrafts drafts, ErrorWords words) {
        this.words = words;
        this.tasks = tasks;
        this.drafts = drafts;
    }

    /** The form's fields by name, each with the values the browser would post. */
    record Typed(Map<String, List<String>> fields) {
    }

    @PutMapping(path = "/tasks/{taskId}/draft", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> save(@PathVariable String taskId, @RequestBody Typed typed) {
        if (typed == null || typed.fields() == null) {
            throw InvalidInputException.of("fields", words.text("errors.required"));
        }
        tasks.find(taskId);
        drafts.save(taskId, typed.fields());
        return ResponseEntity.noContent().build();
    }
}
