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
    private final CaseAccess access;

    public CaseFileService(CaseRepository cases, CaseNoteRepository notes, StageRecordRepository records,
            CaseTimeline timeline, TaskService taskService, CurrentUser currentUser, CaseAccess access) {
        this.access = access;
        this.cases = cases;
        this.notes = notes;
        this.records = records;
        this.timeline = timeline;
        this.taskService = taskService;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    /** The case, if the current user may see it; the single door to a case record for people. */
    public CareCase find(String caseNumber) {
        CareCase careCase = cases.findByCaseNumber(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
        access.checkCanSee(careCase);
        return careCase;
    }

    @Transactional(readOnly = true)
    public CaseFile open(String caseNumber) {
        CareCase careCase = find(caseNumber);
        return new CaseFile(careCase, careCase.getClient(), openTasks(caseNumber),
                notes.findByCareCaseIdOrderByCreatedAtDesc(careCase.getId()),
                records.findByCareCaseIdOrderByCompletedAtAsc(careCase.getId()),
                timeline.of(careCase));
    }

    /**
     * Without their form keys: no reader of a case's open tasks asks for one (the task page reads its own task),
     * and initialising them read each task's process definition again (session 14).
     */
    public List<Task> openTasks(String caseNumber) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .orderByTaskCreateTime().asc().list();
    }

    @Transactional
    public CaseNote addNote(String caseNumber, String text) {
        CareCase careCase = find(caseNumber);
        CaseNote note = notes.save(new CaseNote(careCase, currentUser.id(), text.strip()));
        timeline.record(careCase, TimelineKind.NOTE_ADDED, "timeline.noteAdded");
        return note;
    }
}
