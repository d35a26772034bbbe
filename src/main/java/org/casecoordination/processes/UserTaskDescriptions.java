package org.casecoordination.processes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The descriptions a diagram gives its user tasks: the engine makes a user task's {@code <bpmn:documentation>} its
 * description (paragraphs joined by a blank line, each trimmed), which the task page shows.
 */
public final class UserTaskDescriptions {

    private UserTaskDescriptions() {
    }

    /** User task id → its description, for the user tasks that have documentation. */
    public static Map<String, String> of(BpmnModelInstance model) {
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String text = task.getDocumentations().stream().map(Documentation::getTextContent)
                    .filter(words -> words != null && !words.isBlank()).map(String::strip)
                    .collect(Collectors.joining("\n\n"));
            if (task.getId() != null && !text.isEmpty()) {
                descriptions.put(task.getId(), text);
            }
        }
        return descriptions;
    }

    /** Whether a task's description reads as the diagram's (whitespace aside), not one set at run time. */
    static boolean same(String documented, String shown) {
        return documented != null && shown != null
                && documented.strip().replaceAll("\\s+", " ").equals(shown.strip().replaceAll("\\s+", " "));
    }
}
