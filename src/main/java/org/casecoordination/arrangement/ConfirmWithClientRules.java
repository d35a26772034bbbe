package org.casecoordination.arrangement;

import java.time.LocalDate;
import org.casecoordination.processes.ServiceArrangementProcess;
import org.casecoordination.processes.ServiceArrangementProcess.Variables;
import org.casecoordination.tasklist.CompletionRules;
import org.casecoordination.tasklist.TaskCompletion;
import org.springframework.stereotype.Component;

/** The start date and schedule agreed with the client go on the referral, where the service plan shows them. */
@Component
class ConfirmWithClientRules implements CompletionRules {

    private final ProviderReferrals referrals;

    ConfirmWithClientRules(ProviderReferrals referrals) {
        this.referrals = referrals;
    }

    @Override
    public String taskDefinitionKey() {
        return ServiceArrangementProcess.TASK_CONFIRM_WITH_CLIENT;
    }

    @Override
    public void apply(TaskCompletion completion) {
        long referralId = FormNumbers.longValue(completion.task().getVariable(Variables.REFERRAL_ID));
        Object start = completion.value("startDate");
        Object schedule = completion.value("schedule");
        referrals.confirm(referralId, start == null ? null : LocalDate.parse(start.toString()),
                schedule == null ? null : schedule.toString());
    }
}
