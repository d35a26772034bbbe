package org.casecoordination.supervision.crisis;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.casecoordination.casefile.CareCase;

/**
 * What a crisis call said, as reported (hotline or case page), for the people who respond: part of the case
 * record, never a process variable beyond the open task's display copy.
 */
@Entity
@Table(name = "crisis_report")
public class CrisisRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crisis_report_seq")
    @SequenceGenerator(name = "crisis_report_seq", sequenceName = "crisis_report_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private CareCase careCase;

    private String taskId;
    private String description;
    private String caller;
    private String callbackNumber;
    private String reportedBy;
    private Instant reportedAt;

    protected CrisisRecord() {
    }

    CrisisRecord(CareCase careCase, CrisisReport report, String reportedBy) {
        this.careCase = careCase;
        this.description = report.description().strip();
        this.caller = blankToNull(report.reportedBy());
        this.callbackNumber = blankToNull(report.callbackNumber());
        this.reportedBy = reportedBy;
        this.reportedAt = Instant.now();
    }

    void startedTask(String taskId) {
        this.taskId = taskId;
    }

    /** "tel:+493012345" for "+49 30 12345": the number a phone dials; null without one. */
    public String callbackLink() {
        return callbackNumber == null ? null : "tel:" + callbackNumber.replaceAll("[^0-9+]", "");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() { return id; }
    public CareCase getCareCase() { return careCase; }
    public String getTaskId() { return taskId; }
    public String getDescription() { return description; }
    public String getCaller() { return caller; }
    public String getCallbackNumber() { return callbackNumber; }
    public String getReportedBy() { return reportedBy; }
    public Instant getReportedAt() { return reportedAt; }
}
