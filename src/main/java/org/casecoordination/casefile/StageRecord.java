package org.casecoordination.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.casecoordination.processes.CaseStage;

/**
 * What was recorded when one task of the case was completed (an intake, an assessment, one service arrangement,
 * one follow-up contact, the closure): the submitted form values as JSON, who completed it and when.
 */
@Entity
public class StageRecord {

    /**
     * The unique index that keeps one record per task ({@code uq_stage_record_task}); H2 names its index after it
     * ({@code UQ_STAGE_RECORD_TASK_INDEX_B}), PostgreSQL uses the name itself.
     */
    public static final String ONE_PER_TASK = "uq_stage_record_task";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stage_record_seq")
    @SequenceGenerator(name = "stage_record_seq", sequenceName = "stage_record_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private CareCase careCase;

    private String taskId;
    private String taskDefinitionKey;
    private String taskName;
    private String formId;

    @Enumerated(EnumType.STRING)
    private CaseStage stage;

    private String content;
    private String completedBy;
    private Instant completedAt;

    protected StageRecord() {
    }

    public StageRecord(CareCase careCase, String taskId, String taskDefinitionKey, String taskName, String formId,
            CaseStage stage, String content, String completedBy) {
        this.careCase = careCase;
        this.taskId = taskId;
        this.taskDefinitionKey = taskDefinitionKey;
        this.taskName = taskName;
        this.formId = formId;
        this.stage = stage;
        this.content = content;
        this.completedBy = completedBy;
        this.completedAt = Instant.now();
    }

    public Long getId() { return id; }
    public String getTaskId() { return taskId; }
    public String getTaskDefinitionKey() { return taskDefinitionKey; }
    public String getTaskName() { return taskName; }
    public String getFormId() { return formId; }
    public CaseStage getStage() { return stage; }
    public String getContent() { return content; }
    public String getCompletedBy() { return completedBy; }
    public Instant getCompletedAt() { return completedAt; }
}
