package org.casecoordination.supervision.crisis;

import java.util.List;
import java.util.Map;
import org.casecoordination.forms.FieldError;
import org.casecoordination.system.ErrorWords;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.Groups;
import org.casecoordination.tasklist.CompletionRules;
import org.springframework.stereotype.Component;

/** The supervisors' task for a late crisis response: the team sees it, only a supervisor completes it. */
@Component
class CrisisEscalationRules implements CompletionRules {

    private final CurrentUser currentUser;
    private final ErrorWords words;

    CrisisEscalationRules(CurrentUser currentUser, ErrorWords words) {
        this.currentUser = currentUser;
        this.words = words;
    }

    @Override
    public String taskDefinitionKey() {
        return CaseLifecycleProcess.TASK_CRISIS_ESCALATION;
    }

    @Override
    public List<FieldError> check(Map<String, Object> values) {
        if (currentUser.isEngineWork() || currentUser.groups().contains(Groups.SUPERVISORS)) {
            return List.of();
        }
        return List.of(new FieldError(null, words.text("crisisEscalation.error.supervisorsOnly")));
    }
}
