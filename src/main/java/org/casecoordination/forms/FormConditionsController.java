package org.casecoordination.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The browser's half of form conditions: a page with a Camunda Form asks here which of its conditions hold for
 * what is typed, so fields hide exactly as the server decides when the form is posted. Only conditions of forms
 * this node has read are evaluated (FEEL has no loops over a caller's input, but a caller's own expression could
 * still be costly); any other gets {@code null}, which leaves its field visible.
 */
@RestController
class FormConditionsController {

    /** More than any form has: a page asks for its own conditions only. */
    private static final int MOST_CONDITIONS = 200;

    record Question(List<String> conditions, Map<String, Object> values) {
    }

    record Answer(Map<String, Object> results) {
    }

    @PostMapping(path = "/forms/conditions", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Answer evaluate(@RequestBody Question question) {
        Map<String, Object> results = new LinkedHashMap<>();
        Map<String, Object> values = question.values() == null ? Map.of() : question.values();
        if (question.conditions() != null) {
            question.conditions().stream().distinct().limit(MOST_CONDITIONS).forEach(condition ->
                    results.put(condition, FeelConditions.isKnown(condition)
                            ? FeelConditions.evaluate(condition, values) : null));
        }
        return new Answer(results);
    }
}
