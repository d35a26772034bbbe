package org.casecoordination.intake.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.casefile.Urgency;
import org.casecoordination.client.PrimaryConcern;
import org.casecoordination.client.Sex;
import org.casecoordination.intake.ClientDetails;
import org.casecoordination.intake.ReferralRequest;
import org.casecoordination.intake.ReferralService;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.security.Groups;
import org.casecoordination.security.RunAs;
import org.casecoordination.tasklist.TaskActions;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A few fictional cases so the demo has work in its queues on first start. Skipped once any case exists. */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "case-coordination.demo.sample-cases", havingValue = "true", matchIfMissing = true)
@Order(20)
class SampleCases implements ApplicationRunner {

    private final CaseRepository cases;
    private final ReferralService referrals;
    private final TaskActions taskActions;
    private final TaskService taskService;

    SampleCases(CaseRepository cases, ReferralService referrals, TaskActions taskActions, TaskService taskService) {
        this.cases = cases;
        this.referrals = referrals;
        this.taskActions = taskActions;
        this.taskService = taskService;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (cases.count() > 0) {
            return;
        }
        as("cora", "team-north", () -> {
            referral("Margaret", "Holloway", LocalDate.of(1941, 3, 14), Sex.FEMALE, PrimaryConcern.DEMENTIA,
                    Urgency.ROUTINE, "team-north", "Daughter called: mother forgets meals and medication.");
            CareCase inAssessment = referral("Walter", "Brennan", LocalDate.of(1948, 11, 2), Sex.MALE,
                    PrimaryConcern.CANCER, Urgency.ROUTINE, "team-north", "Discharged after chemotherapy; lives alone.");
            completeIntake(inAssessment);
            referral("Luis", "Ortega", LocalDate.of(1979, 6, 30), Sex.MALE, PrimaryConcern.SUBSTANCE_USE,
                    Urgency.URGENT, "team-north", "ER referral after an overdose; agreed to be contacted.");
        });
        as("dana", "team-south", () -> referral("Grace", "Adeyemi", LocalDate.of(1965, 1, 21), Sex.FEMALE,
                PrimaryConcern.HIV_AIDS, Urgency.ROUTINE, "team-south", "Clinic referral: missed appointments."));
    }

    private CareCase referral(String first, String last, LocalDate born, Sex sex, PrimaryConcern concern,
            Urgency urgency, String team, String notes) {
        ReferralRequest referral = new ReferralRequest();
        ClientDetails client = referral.getClient();
        client.setFirstName(first);
        client.setLastName(last);
        client.setDateOfBirth(born);
        client.setSex(sex);
        client.setPhone("555-0100");
        client.setPreferredLanguage("en");
        referral.setPrimaryConcern(concern);
        referral.setUrgency(urgency);
        referral.setTeam(team);
        referral.setReferralSource("Sample data");
        referral.setNotes(notes);
        return referrals.refer(referral);
    }

    private void completeIntake(CareCase careCase) {
        Task intake = taskService.createTaskQuery().processInstanceBusinessKey(careCase.getCaseNumber())
                .taskDefinitionKey(CaseLifecycleProcess.TASK_INTAKE).singleResult();
        taskActions.complete(intake.getId(), Map.of(
                "contactDate", LocalDate.now().toString(),
                "contactMethod", "PHONE",
                "livingSituation", "ALONE",
                "presentingNeeds", "Needs transport to chemotherapy and help at home after treatment.",
                "consentToShare", true,
                "eligible", true));
    }

    private static void as(String userId, String team, Runnable work) {
        RunAs.user(userId, List.of(Groups.COORDINATORS, team), () -> {
            work.run();
            return null;
        });
    }
}
