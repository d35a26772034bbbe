package org.casecoordination.casefile;

import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.client.Client;

/** Everything the case page shows, read in one transaction. */
public record CaseFile(CareCase careCase, Client client, List<Task> openTasks, List<CaseNote> notes,
        List<StageRecord> records, List<TimelineEntry> timeline) {
}
