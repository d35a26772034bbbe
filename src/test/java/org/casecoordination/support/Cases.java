package org.casecoordination.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.consent.ConsentPurpose;
import org.casecoordination.consent.ConsentRequest;
import org.casecoordination.consent.ConsentService;
import org.casecoordination.arrangement.ProviderDirectory;
import org.casecoordination.arrangement.ProviderSearch;
import org.casecoordination.arrangement.ProviderReferralAnswer;
import org.casecoordination.arrangement.ProviderReferralStatus;
import org.casecoordination.arrangement.ProviderReferrals;
import org.casecoordination.arrangement.ServiceType;
import org.casecoordination.casefile.Urgency;
import org.casecoordination.client.PrimaryConcern;
import org.casecoordination.client.Sex;
import org.casecoordination.intake.ReferralRequest;
import org.casecoordination.intake.ReferralService;
import org.casecoordination.security.RunAs;
import org.casecoordination.tasklist.TaskActions;
import org.springframework.stereotype.Component;

/** Test helper: opens cases and completes their tasks through the application's own services, as a user. */
@Component
public class Cases {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final ReferralService referrals;
    private final TaskActions taskActions;
    private final TaskService taskService;
    private final ConsentService consents;
    private final ProviderDirectory providers;
    private final ProviderReferrals serviceReferrals;
    private final CaseRepository caseRepository;

    Cases(ReferralService referrals, TaskActions taskActions, TaskService taskService, ConsentService consents,
            ProviderDirectory providers, ProviderReferrals serviceReferrals, CaseRepository caseRepository) {
        this.referrals = referrals;
        this.taskActions = taskActions;
        this.taskService = taskService;
        this.consents = consents;
        this.providers = providers;
        this.serviceReferrals = serviceReferrals;
        this.caseRepository = caseRepository;
    }

    /** The client's consent to share with any provider arranged, given today. */
    public void giveConsentToShare(String user, String caseNumber) {
        as(user, () -> {
            ConsentRequest request = new ConsentRequest();
            request.setPurpose(ConsentPurpose.SHARE_WITH_PROVIDERS);
            request.setAnyProvider(true);
            request.setGivenOn(LocalDate.now());
            return consents.record(caseNumber, request);
        });
    }

    /**
     * Arranges every open service of the case the whole way: consent, the first matching demo provider with open
     * places, the provider accepts, the start is confirmed with the client. Not for services that need approval.
     */
    public void arrangeEach(String user, String caseNumber) {
        arrangeUntilConfirmation(user, caseNumber);
        completeEach(user, caseNumber, "Task_ConfirmWithClient", FormAnswers.confirmWithClient());
    }

    /** As {@link #arrangeEach}, stopping when every service waits for its start to be confirmed with the client. */
    public void arrangeUntilConfirmation(String user, String caseNumber) {
        giveConsentToShare(user, caseNumber);
        for (Task select : tasks(caseNumber, "Task_SelectProvider")) {
            String serviceType = (String) taskService.getVariable(select.getId(), "serviceType");
            long providerId = as(user, () -> providers.search(ProviderSearch.of(ServiceType.valueOf(serviceType),
                    null, null)).get(0).getId());
            as(user, () -> {
                taskActions.complete(select.getId(), Map.of("providerId", providerId));
                return null;
            });
        }
        acceptOpenReferrals(user, caseNumber);
    }

    /** Every referral of the case still waiting for an answer is accepted, as if by its provider. */
    public void acceptOpenReferrals(String user, String caseNumber) {
        as(user, () -> {
            CareCase careCase = caseRepository.findByCaseNumber(caseNumber).orElseThrow();
            serviceReferrals.ofCase(careCase).stream().filter(r -> r.getStatus() == ProviderReferralStatus.REQUESTED)
                    .forEach(r -> serviceReferrals.answer(r.getId(), new ProviderReferralAnswer(true, null,
                            LocalDate.now().plusDays(7)), "provider:" + r.getProvider().getId()));
            return null;
        });
    }

    public String open(String team) {
        return as("cora", () -> {
            ReferralRequest referral = new ReferralRequest();
            referral.getClient().setFirstName("Test");
            referral.getClient().setLastName("Client" + SEQUENCE.incrementAndGet());
            referral.getClient().setDateOfBirth(LocalDate.of(1950, 1, 1));
            referral.getClient().setSex(Sex.FEMALE);
            referral.setPrimaryConcern(PrimaryConcern.DEMENTIA);
            referral.setUrgency(Urgency.ROUTINE);
            referral.setTeam(team);
            CareCase careCase = referrals.refer(referral);
            return careCase.getCaseNumber();
        });
    }

    /** A routine case of the team for a client with this name, born 1 March 1948, as cora refers it. */
    public String open(String team, String lastName, String firstName) {
        return open(team, lastName, firstName, null);
    }

    /** The same, attached to an existing client when one is given (the duplicate-client choice). */
    public String open(String team, String lastName, String firstName, Long existingClientId) {
        return as("cora", () -> {
            ReferralRequest referral = new ReferralRequest();
            referral.setClientId(existingClientId);
            referral.getClient().setFirstName(firstName);
            referral.getClient().setLastName(lastName);
            referral.getClient().setDateOfBirth(LocalDate.of(1948, 3, 1));
            referral.getClient().setSex(Sex.MALE);
            referral.setPrimaryConcern(PrimaryConcern.DEMENTIA);
            referral.setUrgency(Urgency.ROUTINE);
            referral.setTeam(team);
            return referrals.refer(referral).getCaseNumber();
        });
    }

    public Task task(String caseNumber, String taskDefinitionKey) {
        List<Task> tasks = tasks(caseNumber, taskDefinitionKey);
        assertThat(tasks).as("open %s tasks of %s", taskDefinitionKey, caseNumber).hasSize(1);
        return tasks.get(0);
    }

    public List<Task> tasks(String caseNumber, String taskDefinitionKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(taskDefinitionKey).list();
    }

    public void complete(String user, String caseNumber, String taskDefinitionKey, Map<String, ?> values) {
        as(user, () -> {
            taskActions.complete(task(caseNumber, taskDefinitionKey).getId(), values);
            return null;
        });
    }

    /** Completes every open task with this key (the parallel service arrangements). */
    public void completeEach(String user, String caseNumber, String taskDefinitionKey, Map<String, ?> values) {
        as(user, () -> {
            tasks(caseNumber, taskDefinitionKey).forEach(task -> taskActions.complete(task.getId(), values));
            return null;
        });
    }

    /** Eligible, and the client consents at intake to share with providers (so a consent is recorded). */
    public void completeIntake(String user, String caseNumber) {
        complete(user, caseNumber, "Task_Intake", FormAnswers.intakeEligible());
    }

    /** Eligible, without the client's consent to share with providers. */
    public void completeIntakeWithoutConsent(String user, String caseNumber) {
        complete(user, caseNumber, "Task_Intake", FormAnswers.intakeEligibleWithoutConsent());
    }

    /** As a coordinator of both demo teams, logged in to the app (not to the engine: the app enforces its rules). */
    public <T> T as(String user, java.util.function.Supplier<T> work) {
        return RunAs.user(user, List.of("coordinators", "team-north", "team-south"), work);
    }
}
