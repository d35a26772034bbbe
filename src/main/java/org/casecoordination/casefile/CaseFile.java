package org.casecoordination.casefile;

import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.client.Client;

/** Everything the case page shows, read in one transaction. */
public record CaseFile(CareCase careCase, Client client, List<Task> openTasks, List<CaseNote> notes,
        List<StageRecord> records, List<TimelineEntry> timeline) {

    /**
     * The client's phone as a link a phone can dial, or null. For the task page's summary: Thymeleaf 3.1 refuses a
     * static class ({@code T(...)}) in a link attribute, which failed the page of every client with a phone.
     */
    public String clientPhoneLink() {
        return client == null ? null : CaseHeaders.phoneLink(client.getPhone());
    }
}
