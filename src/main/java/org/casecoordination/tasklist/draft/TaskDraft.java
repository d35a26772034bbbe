package org.casecoordination.tasklist.draft;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/**
 * What one person typed into one task's form and has not completed yet: the form's fields as the browser would
 * post them (name to values), as JSON. Only that person ever gets it back.
 */
@Entity
class TaskDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_draft_seq")
    @SequenceGenerator(name = "task_draft_seq", sequenceName = "task_draft_seq", allocationSize = 50)
    private Long id;

    private String taskId;
    private String userId;
    private String content;
    private Instant savedAt;

    protected TaskDraft() {
    }

    TaskDraft(String taskId, String userId) {
        this.taskId = taskId;
        this.userId = userId;
    }

    void replace(String content) {
        this.content = content;
        this.savedAt = Instant.now();
    }

    String getContent() { return content; }
    Instant getSavedAt() { return savedAt; }
}
