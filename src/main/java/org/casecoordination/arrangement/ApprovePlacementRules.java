package org.casecoordination.arrangement;

import java.util.List;
import java.util.Map;
import org.casecoordination.casefile.TimelineText;
import org.casecoordination.forms.FieldError;
import org.casecoordination.system.ErrorWords;
import org.casecoordination.processes.ServiceArrangementProcess;
import org.casecoordination.processes.ServiceArrangementProcess.Variables;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.Groups;
import org.casecoordination.tasklist.CompletionRules;
import org.casecoordination.tasklist.TaskCompletion;
import org.springframework.stereotype.Component;

/** Only a supervisor decides a costly placement; a refusal says why, and the coordinator sees it when choosing again. */
@Component
class ApprovePlacementRules implements CompletionRules {

    static final String APPROVED = "APPROVED";
    static final String REJECTED = "REJECTED";
    static final String COMMENT = "approvalComment";

    private final ProviderReferrals referrals;
    private final CurrentUser currentUser;
    private final ErrorWords words;

    ApprovePlacementRules(ProviderReferrals referrals, CurrentUser currentUser, ErrorWords words) {
        this.referrals = referrals;
        this.currentUser = currentUser;
        this.words = words;
    }

    @Override
    public String taskDefinitionKey() {
        return ServiceArrangementProcess.TASK_APPROVE_PLACEMENT;
    }

    @Override
    public List<FieldError> check(Map<String, Object> values) {
        if (!currentUser.isEngineWork() && !currentUser.groups().contains(Groups.SUPERVISORS)) {
            return List.of(new FieldError(null, words.text("approvePlacement.error.supervisorsOnly")));
        }
        Object comment = values.get(COMMENT);
        if (REJECTED.equals(values.get(Variables.PLACEMENT_DECISION))
                && (comment == null || comment.toString().isBlank())) {
            return List.of(new FieldError(COMMENT, words.text("approvePlacement.error.comment")));
        }
        return List.of();
    }

    @Override
    public void apply(TaskCompletion completion) {
        long referralId = FormNumbers.longValue(completion.task().getVariable(Variables.REFERRAL_ID));
        Object comment = completion.value(COMMENT);
        String text = comment == null ? null : comment.toString().strip();
        if (REJECTED.equals(completion.value(Variables.PLACEMENT_DECISION))) {
            referrals.cancel(referralId, completion.completedBy(),
                    TimelineText.of("referralReason.placementNotApproved", text));
        } else {
            referrals.approve(referralId, completion.completedBy(), text);
        }
    }
}
