package org.casecoordination.arrangement;

import java.util.List;
import java.util.Map;
import org.casecoordination.forms.FieldError;
import org.casecoordination.system.ErrorWords;
import org.casecoordination.processes.ServiceArrangementProcess;
import org.casecoordination.processes.ServiceArrangementProcess.Variables;
import org.casecoordination.tasklist.CompletionRules;
import org.casecoordination.tasklist.TaskCompletion;
import org.casecoordination.tasklist.TaskValidationException;
import org.springframework.stereotype.Component;

/**
 * Choosing a provider makes a draft referral, in the same transaction as the task: no consent or a provider
 * that does not offer the service refuses the completion with the reason next to the provider field.
 */
@Component
class SelectProviderRules implements CompletionRules {

    static final String PROVIDER_FIELD = "providerId";

    private final ProviderReferrals referrals;
    private final ErrorWords words;

    SelectProviderRules(ProviderReferrals referrals, ErrorWords words) {
        this.referrals = referrals;
        this.words = words;
    }

    @Override
    public String taskDefinitionKey() {
        return ServiceArrangementProcess.TASK_SELECT_PROVIDER;
    }

    /** The select's options come from the task (providerOptions): the form cannot tell a forged value. */
    @Override
    public List<FieldError> check(Map<String, Object> values) {
        Object chosen = values.get(PROVIDER_FIELD);
        if (chosen != null && !String.valueOf(chosen).strip().matches("\\d{1,18}")) {
            return List.of(new FieldError(PROVIDER_FIELD, words.text("selectProvider.error.notListed")));
        }
        return List.of();
    }

    @Override
    public void apply(TaskCompletion completion) {
        ServiceType serviceType = ServiceType.of(String.valueOf(completion.task().getVariable("serviceType")))
                .orElseThrow(() -> new TaskValidationException(List.of(new FieldError(null,
                        words.text("selectProvider.error.noServiceType")))));
        long providerId = FormNumbers.longValue(completion.value(PROVIDER_FIELD));
        try {
            ProviderReferral referral = referrals.draft(completion.careCase(), serviceType, providerId,
                    completion.completedBy());
            completion.setProcessVariable(Variables.REFERRAL_ID, referral.getId());
        } catch (ProviderReferralRefusedException e) {
            throw new TaskValidationException(List.of(new FieldError(PROVIDER_FIELD, words.of(e))));
        }
    }
}
