package org.casecoordination.arrangement;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.casecoordination.security.AsApplication;
import org.casecoordination.processes.ServiceArrangementProcess;
import org.casecoordination.processes.ServiceArrangementProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * Emails about referrals that no ServiceArrangement carries (transport, cancellations) go out through
 * processes/referral-email.bpmn: the same retried job as the arrangement's email, and an incident on the case (its
 * business key) when the mail server stays down. Started in the caller's transaction, so nothing is emailed about a
 * change that rolled back.
 */
@Component
class ProviderEmails {

    private final RuntimeService runtimeService;
    private final AsApplication asApplication;

    ProviderEmails(RuntimeService runtimeService, AsApplication asApplication) {
        this.runtimeService = runtimeService;
        this.asApplication = asApplication;
    }

    void tell(ProviderReferral referral, ProviderReferralEmailKind kind) {
        if (referral.getProvider().getEmail() == null) {
            return;
        }
        String caseNumber = referral.getCareCase().getCaseNumber();
        asApplication.run(() -> runtimeService.startProcessInstanceByKey(ServiceArrangementProcess.REFERRAL_EMAIL_PROCESS_KEY, caseNumber, Map.of(
                "caseNumber", caseNumber, Variables.REFERRAL_ID, referral.getId(), Variables.EMAIL_KIND, kind.name())));
    }
}
