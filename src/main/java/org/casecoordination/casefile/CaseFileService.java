package org.casecoordination.casefile;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a whole case file (client, stage, open work, notes, records, timeline) and adds notes. */
@Service
public class CaseFileService {

    private final CaseRepository cases;
    private final CaseNoteRepository notes;
    private final StageRecordRepository records;
    private final CaseTimeline timeline;
    private final TaskService taskService;
    private final CurrentUser currentUser;

    public CaseFileService(CaseRepository cases, CaseNoteRepository notes, StageRecordRepository records,
            CaseTimeline timeline, TaskService taskService, CurrentUser currentUser) {
        this.cases = cases;
        this.notes = notes;
        this.records = records;
        this.timeline = timeline;
        this.taskService = taskService;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public CareCase find(String caseNumber) {
        return cases.findByCaseNumber(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
    }

    @Transactional(readOnly = true)
    public CaseFile open(String caseNumber) {
        CareCase careCase = find(caseNumber);
        return new CaseFile(careCase, careCase.getClient(), openTasks(caseNumber),
                notes.findByCareCaseIdOrderByCreatedAtDesc(careCase.getId()),
                records.findByCareCaseIdOrderByCompletedAtAsc(careCase.getId()),
                timeline.of(careCase));
    }

    public List<Task> openTasks(String caseNumber) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .initializeFormKeys().orderByTaskCreateTime().asc().list();
    }

    @Transactional
    public CaseNote addNote(String caseNumber, String text) {
        CareCase careCase = find(caseNumber);
        CaseNote note = notes.save(new CaseNote(careCase, currentUser.id(), text.strip()));
        timeline.record(careCase, TimelineKind.NOTE_ADDED, "Note added");
        return note;
    }
}
