package org.casecoordination.casefile;

import java.util.List;
import java.util.Locale;
import org.casecoordination.processes.ActivityNames;
import org.casecoordination.processes.FailedSteps;
import org.casecoordination.security.People;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * What the case page and its closing question show, read in <b>one</b> read-only transaction: the case file, its
 * header, its failed steps and every module's {@link CasePanel} (the service plan among them). The template asks
 * for nothing that reads the database: what it asked for while rendering were transactions and engine commands of
 * their own, after this one had ended (session 14). Each service the panels call opens a read-only transaction of its
 * own when called alone; here they join this one, so a page takes one pooled connection once and commits once
 * instead of once per service (issue #17, the load run). The view is audited after this returns
 * ({@code RecordAccessAuditFilter}), so the audit row's own transaction never waits for a second connection
 * while this one is held.
 */
@Component
class CasePageModel {

    private final CaseFileService caseFiles;
    private final RecordedValues recordedValues;
    private final RecordAccessLog accessLog;
    private final CaseHeaders headers;
    private final People names;
    private final List<CasePanel> panels;
    private final ActivityNames activityNames;
    private final FailedSteps failedSteps;

    CasePageModel(CaseFileService caseFiles, RecordedValues recordedValues, RecordAccessLog accessLog,
            CaseHeaders headers, People names, List<CasePanel> panels, ActivityNames activityNames,
            FailedSteps failedSteps) {
        this.failedSteps = failedSteps;
        this.caseFiles = caseFiles;
        this.recordedValues = recordedValues;
        this.accessLog = accessLog;
        this.headers = headers;
        this.names = names;
        this.panels = List.copyOf(panels);
        this.activityNames = activityNames;
    }

    /** The whole case page; {@link CaseNotFoundException} or {@link CaseAccessDeniedException} before anything. */
    @Transactional(readOnly = true)
    public void addCasePage(String caseNumber, Locale language, Model model) {
        CaseFile caseFile = addCaseFile(caseNumber, model);
        model.addAttribute("names", names);
        model.addAttribute("recorded", recordedValues.describe(caseFile.records(), language));
        // each record's process version (for its name in the reader's language), one query for all records
        model.addAttribute("recordedVersions", activityNames.definitionsOfCompletedTasks(caseFile.records().stream()
                .map(StageRecord::getTaskId).toList()));
        // read here, not by the template while it renders: in this transaction, not in two engine commands of their own
        model.addAttribute("failedSteps", failedSteps.stepsOf(caseNumber));
        if (accessLog.mayReview()) {
            model.addAttribute("recordAccess", accessLog.of(caseNumber));
        }
    }

    /** The case file, its header and the panels: what the closing question shows. */
    @Transactional(readOnly = true)
    public CaseFile addCaseFile(String caseNumber, Model model) {
        CaseFile caseFile = caseFiles.open(caseNumber);
        model.addAttribute("caseFile", caseFile);
        model.addAttribute("header", headers.of(caseFile));
        panels.forEach(panel -> panel.addTo(caseFile, model));
        return caseFile;
    }
}
