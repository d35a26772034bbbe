package org.casecoordination.assessment.safety;

import java.time.Instant;
import java.util.Date;
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
 * The task page's red banner for a case with an open safety concern, on every task of the case; on the safety
 * tasks themselves also what raised it, who scored it, when, and the client's number to call.
 */
@Component
class SafetyTaskPanel implements TaskPanel {

    static final String ATTRIBUTE = "safetyAlert";
    private static final Set<String> SAFETY_TASKS = Set.of(CaseLifecycleProcess.TASK_SAFETY_RESPONSE,
            CaseLifecycleProcess.TASK_SAFETY_ESCALATION);

    private final CaseFlags caseFlags;
    private final People people;
    private final SafetyWords words;
    private final SafetyResponseTasks responseTasks;

    SafetyTaskPanel(CaseFlags caseFlags, People people, SafetyWords words, SafetyResponseTasks responseTasks) {
        this.caseFlags = caseFlags;
        this.people = people;
        this.words = words;
        this.responseTasks = responseTasks;
    }

    /** What the banner and the details card show; {@code detailed} on the safety tasks. */
    public record SafetyAlert(String raisedBy, Instant raisedAt, String scoredBy, Date responseDue,
            boolean detailed, String clientName, String clientPhone) {

        public String phoneLink() {
            return clientPhone == null || clientPhone.isBlank() ? null : "tel:" + clientPhone.replaceAll("[^0-9+]", "");
        }
    }

    @Override
    public void addTo(Task task, CaseFile caseFile, Model model) {
        CaseFlag flag = caseFlags.open(caseFile.careCase()).stream()
                .filter(open -> open.getKind() == CaseFlag.Kind.SAFETY).findFirst().orElse(null);
        if (flag == null) {
            model.addAttribute(ATTRIBUTE, null);
            return;
        }
        Date due = responseTasks.openFor(caseFile.careCase()).map(Task::getDueDate).orElse(null);
        model.addAttribute(ATTRIBUTE, new SafetyAlert(words.instruments(flag.getReason()), flag.getRaisedAt(),
                people.fullName(flag.getRaisedBy()), due, SAFETY_TASKS.contains(task.getTaskDefinitionKey()),
                caseFile.client().fullName(), caseFile.client().getPhone()));
    }
}
