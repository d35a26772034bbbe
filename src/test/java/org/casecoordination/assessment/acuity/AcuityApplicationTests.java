package org.casecoordination.assessment.acuity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.assessment.AssessmentService;
import org.casecoordination.casefile.Acuity;
import org.casecoordination.casefile.CaseAcuityChanged;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.casefile.TimelineRepository;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.FormAnswers;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** The acuity on the real application: the case record, the priority of the case's tasks, the page and the API. */
@ApplicationTest
@RecordApplicationEvents
class AcuityApplicationTests {

    static final String PHQ9_SEVERE = "[3,3,3,3,3,3,2,0,0]";
    static final String PHQ9_MINIMAL = "[0,0,0,0,0,0,0,0,0]";

    @Autowired
    Cases cases;
    @Autowired
    AssessmentService assessments;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    TimelineRepository timeline;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    HistoryService historyService;

    @Test
    void theAssessmentDecidesTheAcuityAndTheNextTasksTakeItsPriority() throws Exception {
        String caseNumber = assessedCase(PHQ9_SEVERE);

        CareCase careCase = caseRepository.findByCaseNumber(caseNumber).orElseThrow();
        assertThat(careCase.getAcuity()).isEqualTo(Acuity.HIGH);
        // a routine referral's tasks have priority 50; HIGH acuity gives 75
        assertThat(cases.task(caseNumber, "Task_PlanServices").getPriority()).isEqualTo(75);
        assertThat(runtimeService.getVariable(careCase.getProcessInstanceId(), "followUpInterval")).isEqualTo("P14D");
        assertThat(events.stream(CaseAcuityChanged.class))
                .contains(new CaseAcuityChanged(careCase.getId(), caseNumber, Acuity.HIGH));
        assertThat(timeline.findByCareCaseIdOrderByOccurredAtDescIdDesc(careCase.getId()))
                .anyMatch(entry -> entry.getKind() == TimelineKind.ACUITY_CHANGED
                        && entry.getSummary().equals("Acuity High"));
        // the engine's decision history keeps which row decided, never the client's scores
        HistoricDecisionInstance decided = historyService.createHistoricDecisionInstanceQuery()
                .processInstanceId(careCase.getProcessInstanceId()).includeInputs().includeOutputs().singleResult();
        assertThat(decided.getInputs()).isEmpty();
        assertThat(decided.getOutputs()).anyMatch(output -> "acuity".equals(output.getVariableName())
                && "HIGH".equals(output.getValue()) && "Rule_High_Phq9".equals(output.getRuleId()));

        Document page = Jsoup.parse(mvc.perform(get("/cases/{n}", caseNumber).with(Users.cora()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#acuity-badge").text()).isEqualTo("High");
        assertThat(page.select("#acuity-badge").hasClass("text-bg-warning")).isTrue();
        assertThat(page.select(".case-flag")).isEmpty();

        mvc.perform(get("/api/cases/{n}", caseNumber).with(Users.cora()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.acuity").value("HIGH"))
                .andExpect(jsonPath("$.flags").isEmpty());
    }

    @Test
    void aReassessmentChangesThePriorityOfTheCasesOpenTasks() throws Exception {
        String caseNumber = assessedCase(PHQ9_MINIMAL);
        assertThat(caseRepository.findByCaseNumber(caseNumber).orElseThrow().getAcuity()).isEqualTo(Acuity.LOW);
        cases.complete("cora", caseNumber, "Task_PlanServices",
                FormAnswers.planServices(List.of("HOME_CARE", "TRANSPORTATION")));
        assertThat(cases.tasks(caseNumber, "Task_SelectProvider")).extracting(Task::getPriority).containsOnly(25);

        String instance = caseRepository.findByCaseNumber(caseNumber).orElseThrow().getProcessInstanceId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance)
                .activityId("StartEvent_ReassessmentDue").singleResult().getId());
        // the reassessment task offers the instruments like the assessment task (the AHC screen was given at the first)
        Document reassessmentPage = Jsoup.parse(mvc.perform(get("/tasks/{id}", cases.task(caseNumber,
                "Task_Reassessment").getId()).with(Users.cora())).andReturn().getResponse().getContentAsString());
        assertThat(reassessmentPage.select("#offered-instruments li").eachAttr("id"))
                .containsExactly("offer-PHQ9", "offer-KATZADL", "offer-LAWTONIADL");
        record(caseNumber, "PHQ9", PHQ9_SEVERE);
        cases.complete("cora", caseNumber, "Task_Reassessment", FormAnswers.assessment());

        assertThat(caseRepository.findByCaseNumber(caseNumber).orElseThrow().getAcuity()).isEqualTo(Acuity.HIGH);
        assertThat(cases.tasks(caseNumber, "Task_SelectProvider")).extracting(Task::getPriority).containsOnly(75);
        assertThat(runtimeService.getVariable(instance, "followUpInterval")).isEqualTo("P14D");
    }

    @Test
    void beforeAnyInstrumentTheCaseHasNoAcuityAndKeepsTheUrgencyPriority() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        cases.complete("cora", caseNumber, "Task_Assessment", FormAnswers.assessment());

        assertThat(caseRepository.findByCaseNumber(caseNumber).orElseThrow().getAcuity()).isNull();
        assertThat(cases.task(caseNumber, "Task_PlanServices").getPriority()).isEqualTo(50);
        mvc.perform(get("/api/cases/{n}", caseNumber).with(Users.cora()))
                .andExpect(jsonPath("$.acuity").isEmpty());
    }

    private String assessedCase(String phq9Answers) {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        record(caseNumber, "PHQ9", phq9Answers);
        cases.complete("cora", caseNumber, "Task_Assessment", FormAnswers.assessment());
        return caseNumber;
    }

    private void record(String caseNumber, String instrument, String answers) {
        cases.as("cora", () -> {
            try {
                return assessments.record(caseNumber, instrument, new ObjectMapper().readTree(answers), null, "cora");
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
