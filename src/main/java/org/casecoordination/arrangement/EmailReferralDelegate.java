package org.casecoordination.arrangement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.casecoordination.processes.ServiceArrangementProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * Emails the provider about a referral: the new referral (ServiceArrangement's Task_EmailReferral) or what
 * ReferralEmail's {@code emailKind} says. Runs as its own job after a save point: a failure is written on the
 * referral (the case shows it) in a transaction of its own and rethrown, so the engine retries the job.
 */
@Component("emailReferralDelegate")
class EmailReferralDelegate implements JavaDelegate {

    private final ProviderReferralMailer mailer;

    EmailReferralDelegate(ProviderReferralMailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object kind = execution.getVariable(Variables.EMAIL_KIND);
        mailer.send(FormNumbers.longValue(execution.getVariable(Variables.REFERRAL_ID)),
                kind == null ? ProviderReferralEmailKind.REFERRAL : ProviderReferralEmailKind.valueOf(kind.toString()));
    }
}
