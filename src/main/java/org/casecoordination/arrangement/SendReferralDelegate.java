package org.casecoordination.arrangement;

import java.util.Date;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.casecoordination.consent.ConsentDecision;
import org.casecoordination.processes.ServiceArrangementProcess;
import org.casecoordination.processes.ServiceArrangementProcess.Variables;
import org.casecoordination.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Puts the referral in the provider's inbox and notes when (the answer's deadline counts from then); without
 * consent (revoked meanwhile) back to provider selection.
 */
@Component("sendReferralDelegate")
class SendReferralDelegate implements JavaDelegate {

    private final ProviderReferrals referrals;
    private final CurrentUser currentUser;

    SendReferralDelegate(ProviderReferrals referrals, CurrentUser currentUser) {
        this.referrals = referrals;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long referralId = FormNumbers.longValue(execution.getVariable(Variables.REFERRAL_ID));
        ConsentDecision consent = referrals.request(referralId, currentUser.id());
        if (!consent.allowed()) {
            throw new BpmnError(ServiceArrangementProcess.ERROR_CONSENT_MISSING, consent.reason());
        }
        execution.setVariable(Variables.REFERRAL_SENT_AT,
                Date.from(referrals.find(referralId).getStatusChangedAt()));
    }
}
