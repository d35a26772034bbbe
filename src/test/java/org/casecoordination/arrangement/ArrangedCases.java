package org.casecoordination.arrangement;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.support.Cases;
import org.casecoordination.support.FormAnswers;
import org.casecoordination.tasklist.TaskActions;
import org.springframework.stereotype.Component;

/** Test helper: cases that reach provider selection, and referrals sent to a chosen demo provider. */
@Component
public class ArrangedCases {

    private final Cases cases;
    private final ProviderRepository providers;
    private final ProviderReferrals referrals;
    private final CaseRepository caseRepository;
    private final ProviderTokens tokens;
    private final TaskService taskService;
    private final TaskActions taskActions;

    ArrangedCases(Cases cases, ProviderRepository providers, ProviderReferrals referrals, CaseRepository caseRepository,
            ProviderTokens tokens, TaskService taskService, TaskActions taskActions) {
        this.cases = cases;
        this.providers = providers;
        this.referrals = referrals;
        this.caseRepository = caseRepository;
        this.tokens = tokens;
        this.taskService = taskService;
        this.taskActions = taskActions;
    }

    /** A new API token of the provider, as an administrator creates it. */
    public String token(long providerId) {
        return tokens.create(providerId, "test", "admin").token();
    }

    /** A HOME_CARE referral the provider accepted (through the coordinator), the start confirmed with the client. */
    public ProviderReferral accepted(String providerName) {
        ProviderReferral referral = sent(providerName);
        String caseNumber = caseNumberOf(referral);
        cases.acceptOpenReferrals("cora", caseNumber);
        cases.complete("cora", caseNumber, "Task_ConfirmWithClient", Map.of("startDate", "2026-12-07",
                "schedule", "Mondays 10:00"));
        return referrals.find(referral.getId());
    }

    /** A team-north case waiting at "Select provider" for each service; the client did not consent at intake. */
    String atSelection(String... serviceTypes) {
        String caseNumber = cases.open("team-north");
        cases.completeIntakeWithoutConsent("cora", caseNumber);
        cases.complete("cora", caseNumber, "Task_Assessment", FormAnswers.assessment());
        cases.complete("cora", caseNumber, "Task_PlanServices", FormAnswers.planServices(List.of(serviceTypes)));
        return caseNumber;
    }

    public long providerId(String name) {
        return providers.findByNameIgnoreCase(name).orElseThrow().getId();
    }

    /** Chooses the provider on the case's only "Select provider" task, as cora. */
    void select(String caseNumber, String providerName) {
        cases.complete("cora", caseNumber, "Task_SelectProvider", Map.of("providerId", providerId(providerName)));
    }

    /** Chooses the provider on the "Select provider" task of one of the case's services, as cora. */
    void selectFor(String caseNumber, ServiceType serviceType, String providerName) {
        Task select = cases.tasks(caseNumber, "Task_SelectProvider").stream()
                .filter(task -> serviceType.name().equals(taskService.getVariable(task.getId(), "serviceType")))
                .findFirst().orElseThrow();
        cases.as("cora", () -> {
            taskActions.complete(select.getId(), Map.of("providerId", providerId(providerName)));
            return null;
        });
    }

    /** A HOME_CARE referral to the provider, sent (consent given). */
    public ProviderReferral sent(String providerName) {
        String caseNumber = atSelection("HOME_CARE");
        cases.giveConsentToShare("cora", caseNumber);
        select(caseNumber, providerName);
        return only(caseNumber);
    }

    public String caseNumberOf(ProviderReferral referral) {
        return caseRepository.findById(referrals.caseIdOf(referral.getId())).orElseThrow().getCaseNumber();
    }

    ProviderReferral only(String caseNumber) {
        List<ProviderReferral> all = all(caseNumber);
        if (all.size() != 1) {
            throw new IllegalStateException(caseNumber + " has " + all.size() + " referrals");
        }
        return all.get(0);
    }

    List<ProviderReferral> all(String caseNumber) {
        CareCase careCase = caseRepository.findByCaseNumber(caseNumber).orElseThrow();
        return referrals.ofCase(careCase);
    }
}
