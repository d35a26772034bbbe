package org.casecoordination.reminders;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The messages one reminder wrote, for the diagram's "send each" step
 * ({@code camunda:collection="${reminderMessages.ids(messageIds)}"}): the ids are kept as text, since a list
 * variable would need Java serialization, which the engine has off. Listed in processes.guard.DiagramBeanList.
 */
@Component("reminderMessages")
public class ReminderMessages {

    public List<Long> ids(String messageIds) {
        if (messageIds == null || messageIds.isBlank()) {
            return List.of();
        }
        return Arrays.stream(messageIds.split(",")).map(String::strip).map(Long::valueOf).toList();
    }

    static String idsOf(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }
}
