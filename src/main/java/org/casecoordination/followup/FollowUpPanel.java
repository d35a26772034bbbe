package org.casecoordination.followup;

import org.camunda.bpm.engine.task.Task;
import org.casecoordination.casefile.CaseFile;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.tasklist.TaskPanel;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The follow-up contact reviews what was arranged: its task page shows the case's service plan (each referral's
 * status, start and deliveries) beside the form. Null for every other task.
 */
@Component
class FollowUpPanel implements TaskPanel {

    @Override
    public void addTo(Task task, CaseFile caseFile, Model model) {
        boolean followUp = CaseLifecycleProcess.TASK_FOLLOW_UP.equals(task.getTaskDefinitionKey());
        model.addAttribute("servicePlanToReview", followUp ? caseFile.careCase() : null);
    }
}
