package org.casecoordination.supervision.crisis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.casefile.CaseFile;
import org.casecoordination.casefile.CaseFlag;
import org.casecoordination.casefile.CaseFlags;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.security.People;
import org.casecoordination.tasklist.TaskPanel;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The task page's red banner for a case with an open crisis, on every task of the case; on the crisis tasks
 * themselves also what was reported, by whom, when, and the number to call back.
 */
@Component
class CrisisTaskPanel implements TaskPanel {

    static final String ATTRIBUTE = "crisisAlert";
    private static final Set<String> CRISIS_TASKS = Set.of(CaseLifecycleProcess.TASK_CRISIS_RESPONSE,
            CaseLifecycleProcess.TASK_CRISIS_ESCALATION);

    private final CaseFlags caseFlags;
    private final CrisisRecordRepository records;
    private final People people;

    CrisisTaskPanel(CaseFlags caseFlags, CrisisRecordRepository records, People people) {
        this.caseFlags = caseFlags;
        this.records = records;
        this.people = people;
    }

    public record CrisisAlert(Instant since, String raisedBy, boolean detailed, List<Report> reports) {
    }

    public record Report(String description, String caller, String callbackNumber, String callbackLink,
            String reportedBy, Instant reportedAt) {
    }

    @Override
    public void addTo(Task task, CaseFile caseFile, Model model) {
        boolean crisisTask = CRISIS_TASKS.contains(task.getTaskDefinitionKey());
        CaseFlag flag = caseFlags.open(caseFile.careCase()).stream()
                .filter(open -> open.getKind() == CaseFlag.Kind.CRISIS).findFirst().orElse(null);
        List<CrisisRecord> reported = new ArrayList<>();
        if (flag != null) {
            reported.addAll(records.findByCareCaseIdAndReportedAtGreaterThanEqualOrderByReportedAtAsc(
                    caseFile.careCase().getId(), flag.getRaisedAt()));
        }
        if (crisisTask && reported.stream().noneMatch(record -> task.getId().equals(record.getTaskId()))) {
            records.findFirstByTaskId(task.getId()).ifPresent(reported::add);
        }
        if (flag == null && reported.isEmpty()) {
            model.addAttribute(ATTRIBUTE, null);
            return;
        }
        List<Report> reports = reported.stream().map(record -> new Report(record.getDescription(),
                record.getCaller(), record.getCallbackNumber(), record.callbackLink(),
                people.fullName(record.getReportedBy()), record.getReportedAt())).toList();
        Instant since = flag != null ? flag.getRaisedAt() : reported.get(0).getReportedAt();
        String raisedBy = people.fullName(flag != null ? flag.getRaisedBy() : reported.get(0).getReportedBy());
        model.addAttribute(ATTRIBUTE, new CrisisAlert(since, raisedBy, crisisTask, reports));
    }
}
