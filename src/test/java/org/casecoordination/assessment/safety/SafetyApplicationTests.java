package org.casecoordination.assessment.safety;

import org.springframework.security.access.AccessDeniedException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.assessment.AssessmentService;
import org.casecoordination.casefile.Acuity;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseFlag;
import org.casecoordination.casefile.CaseFlagRepository;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.casefile.TimelineRepository;
import org.casecoordination.security.RunAs;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.FormAnswers;
import org.casecoordination.support.Users;
import org.casecoordination.tasklist.TaskActions;
import org.casecoordination.tasklist.TaskValidationException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A safety flag on the real application: the red flag, the urgent task, its escalation and its response. Cases are
 * team-south's (dana; sam supervises): urgent tasks sort first in a team queue other tests page through.
 */
@ApplicationTest
class SafetyApplicationTests {

    /** PHQ-9 item 9 ("better off dead") above 0: a safety flag whatever the total. */
    static final String PHQ9_ITEM9 = "[0,0,0,0,0,0,0,0,1]";

    @Autowired
    Cases cases;
    @Autowired
    AssessmentService assessments;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    CaseFlagRepository flags;
    @Autowired
    TimelineRepository timeline;
    @Autowired
    TaskService taskService;
    @Autowired
    TaskActions taskActions;
    @Autowired
    ManagementService managementService;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestRestTemplate rest;

    @Test
    void aSafetyFlagRaisesTheRedFlagAndTheUrgentTaskUntilTheResponseIsRecorded() throws Exception {
        String caseNumber = caseAtAssessment();

        recordPhq9(caseNumber, PHQ9_ITEM9);

        Task response = cases.task(caseNumber, "Task_SafetyResponse");
        assertThat(response.getPriority()).isEqualTo(100);
        assertThat(response.getDueDate()).isCloseTo(Date.from(Instant.now().plus(Duration.ofHours(4))), 60_000L);
        assertThat(taskService.getIdentityLinksForTask(response.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("team-south");
        assertThat(cases.tasks(caseNumber, "Task_Assessment")).as("the stage's work goes on").hasSize(1);
        mvc.perform(get("/api/cases/{n}", caseNumber).with(Users.dana()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.flags[0].kind").value("SAFETY"))
                .andExpect(jsonPath("$.flags[0].reason").value("PHQ9"))
                .andExpect(jsonPath("$.flags[0].raisedAt").isNotEmpty());
        Document page = casePage(caseNumber);
        assertThat(page.select(".case-flag.alert-danger").text()).contains("Safety concern").contains("PHQ-9 (depression)");
        assertThat(page.select("#open-tasks a[data-task-key=Task_SafetyResponse]")).hasSize(1);
        Document queue = Jsoup.parse(mvc.perform(get("/tasks").param("view", "team").with(Users.dana()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(queue.select("#task-table tbody tr td:first-child").eachText()).as("urgent, so on the first page")
                .contains(caseNumber);

        cases.complete("dana", caseNumber, "Task_SafetyResponse", response());

        CareCase careCase = caseRepository.findByCaseNumber(caseNumber).orElseThrow();
        assertThat(flags.findByCareCaseIdAndResolvedAtIsNullOrderByRaisedAtAsc(careCase.getId())).isEmpty();
        CaseFlag resolved = flags.findAll().stream().filter(f -> f.getCareCase().getId().equals(careCase.getId()))
                .findFirst().orElseThrow();
        assertThat(resolved.getResolvedBy()).isEqualTo("dana");
        assertThat(resolved.getResolvedAt()).isNotNull();
        mvc.perform(get("/api/cases/{n}", caseNumber).with(Users.dana()))
                .andExpect(jsonPath("$.flags").isEmpty());
        assertThat(casePage(caseNumber).select(".case-flag")).isEmpty();
        assertThat(timeline.findByCareCaseIdOrderByOccurredAtDescIdDesc(careCase.getId()))
                .anyMatch(e -> e.getKind() == TimelineKind.SAFETY_RESPONSE_RECORDED && e.getActor().equals("dana"));
    }

    @Test
    void theSafetyFlagMakesTheCaseCriticalOnceTheAssessmentIsDone() throws Exception {
        String caseNumber = caseAtAssessment();
        recordPhq9(caseNumber, PHQ9_ITEM9);
        cases.complete("dana", caseNumber, "Task_Assessment", FormAnswers.assessment());

        assertThat(caseRepository.findByCaseNumber(caseNumber).orElseThrow().getAcuity()).isEqualTo(Acuity.CRITICAL);
        mvc.perform(get("/api/cases/{n}", caseNumber).with(Users.dana()))
                .andExpect(jsonPath("$.acuity").value("CRITICAL"))
                .andExpect(jsonPath("$.flags[0].kind").value("SAFETY"));
        cases.complete("dana", caseNumber, "Task_SafetyResponse", response());
    }

    @Test
    void aSecondConcernWhileAResponseIsDueJoinsTheOpenFlag() {
        String caseNumber = caseAtAssessment();
        recordPhq9(caseNumber, PHQ9_ITEM9);
        recordPhq9(caseNumber, "[1,0,0,0,0,0,0,0,2]");

        assertThat(cases.tasks(caseNumber, "Task_SafetyResponse")).hasSize(1);
        long caseId = caseRepository.findByCaseNumber(caseNumber).orElseThrow().getId();
        assertThat(flags.findByCareCaseIdAndResolvedAtIsNullOrderByRaisedAtAsc(caseId)).singleElement()
                .satisfies(flag -> assertThat(flag.getReason()).isEqualTo("PHQ9"));
        cases.complete("dana", caseNumber, "Task_SafetyResponse", response());
        assertThat(flags.findByCareCaseIdAndResolvedAtIsNullOrderByRaisedAtAsc(caseId)).isEmpty();
    }

    @Test
    void aLateResponseGoesToTheTeamsSupervisorsWhoSeeItInTasklistAndOnlyTheyCompleteIt() {
        String caseNumber = caseAtAssessment();
        recordPhq9(caseNumber, PHQ9_ITEM9);
        String instance = caseRepository.findByCaseNumber(caseNumber).orElseThrow().getProcessInstanceId();

        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance)
                .activityId("BoundaryEvent_SafetyResponseOverdue").singleResult().getId());

        Task escalation = cases.task(caseNumber, "Task_SafetyEscalation");
        assertThat(escalation.getPriority()).isEqualTo(100);
        assertThat(taskService.getIdentityLinksForTask(escalation.getId()))
                .extracting(link -> link.getUserId() != null ? "user:" + link.getUserId() : "group:" + link.getGroupId())
                .containsExactlyInAnyOrder("user:sam", "group:supervisors");
        assertThat(cases.tasks(caseNumber, "Task_SafetyResponse")).as("still open for the team").hasSize(1);

        // Tasklist and /engine-rest, with the engine's authorization on
        List<String> samSees = JsonPath.read(rest.withBasicAuth("sam", "demo")
                .getForEntity("/engine-rest/task?candidateUser=sam&maxResults=1000", String.class).getBody(), "$[*].id");
        assertThat(samSees).contains(escalation.getId());
        List<String> otherTeamSees = JsonPath.read(rest.withBasicAuth("cora", "demo")
                .getForEntity("/engine-rest/task?maxResults=1000", String.class).getBody(), "$[*].id");
        assertThat(otherTeamSees).doesNotContain(escalation.getId());

        assertThatThrownBy(() -> cases.complete("dana", caseNumber, "Task_SafetyEscalation", escalationAnswers()))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Only a supervisor");
        RunAs.user("sam", List.of("supervisors", "team-north", "team-south"), () -> {
            taskActions.complete(escalation.getId(), escalationAnswers());
            return null;
        });
        assertThat(cases.tasks(caseNumber, "Task_SafetyEscalation")).isEmpty();
        long caseId = caseRepository.findByCaseNumber(caseNumber).orElseThrow().getId();
        assertThat(flags.findByCareCaseIdAndResolvedAtIsNullOrderByRaisedAtAsc(caseId)).as("until the response")
                .hasSize(1);
        assertThat(timeline.findByCareCaseIdOrderByOccurredAtDescIdDesc(caseId))
                .anyMatch(e -> e.getKind() == TimelineKind.SAFETY_RESPONSE_ESCALATED);
        cases.complete("dana", caseNumber, "Task_SafetyResponse", response());
    }

    private String caseAtAssessment() {
        String caseNumber = cases.open("team-south");
        cases.completeIntake("dana", caseNumber);
        return caseNumber;
    }

    private void recordPhq9(String caseNumber, String answers) {
        cases.as("dana", () -> {
            try {
                return assessments.record(caseNumber, "PHQ9", new ObjectMapper().readTree(answers), null, "dana");
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private Document casePage(String caseNumber) throws Exception {
        return Jsoup.parse(mvc.perform(get("/cases/{n}", caseNumber).with(Users.dana()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    static Map<String, Object> response() {
        return Map.of("clientReached", "REACHED", "safetyActions", List.of("SAFETY_PLAN", "CRISIS_LINE"),
                "riskOutcome", "RISK_MANAGED", "responseSummary", "Spoke with the client; safety plan reviewed.");
    }

    static Map<String, Object> escalationAnswers() {
        return Map.of("supervisorAction", "CONTACTED_OWNER", "supervisorNotes", "Reached cora, she is calling now.");
    }
}
