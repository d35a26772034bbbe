package org.casecoordination.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.casecoordination.arrangement.ProviderReferralRepository;
import org.camunda.bpm.engine.runtime.Job;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.casefile.StageRecord;
import org.casecoordination.casefile.StageRecordRepository;
import org.casecoordination.casefile.TimelineEntry;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.casefile.TimelineRepository;
import org.casecoordination.client.Client;
import org.casecoordination.client.ClientRepository;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.CamundaWebappSession;
import org.casecoordination.support.Cases;
import org.casecoordination.support.FormAnswers;
import org.casecoordination.support.Users;
import org.casecoordination.system.Dates;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Task forms open with what earlier steps recorded (issue 20, item 6): the assessment with the intake's living
 * situation, the follow-up with the client's contact details; the page says where each value comes from, a draft
 * wins, an empty answer stays empty, Tasklist gets the same values, and a changed client detail reaches the record.
 */
@ApplicationTest
class PrefilledFieldsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    ClientRepository clients;
    @Autowired
    StageRecordRepository records;
    @Autowired
    TimelineRepository timeline;
    @Autowired
    FormService formService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;
    @Autowired
    Dates dates;
    @Autowired
    RuntimeService runtimeService;
    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    ProviderReferralRepository referrals;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theAssessmentOpensWithTheIntakesLivingSituationAndSaysWhereItComesFrom() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        String taskId = cases.task(caseNumber, "Task_Assessment").getId();
        StageRecord intake = recordOf(caseNumber, "Task_Intake");

        Document english = page(taskId, null);
        assertThat(english.select("#livingSituation option[selected]").attr("value")).isEqualTo("ALONE");
        assertThat(english.select("#livingSituation-prefill").text()).isEqualTo("From \u201cContact client and "
                + "complete intake\u201d on " + dates.day(intake.getCompletedAt(), Locale.ENGLISH)
                + " \u2014 check it is still right.");
        assertThat(english.select("#livingSituation").attr("aria-describedby")).contains("livingSituation-prefill");
        assertThat(english.select("#livingSituation").attr("disabled")).as("the coordinator may change it").isEmpty();

        Document spanish = page(taskId, "es");
        assertThat(spanish.select("#livingSituation option[selected]").text()).isEqualTo("Vive solo(a)");
        assertThat(spanish.select("#livingSituation-prefill").text()).isEqualTo("De \u00abContactar al cliente y "
                + "completar la admisi\u00f3n\u00bb del " + dates.day(intake.getCompletedAt(), Locale.forLanguageTag("es"))
                + ": compruebe que sigue siendo correcto.");
        assertThat(english.select(".prefill-hint")).as("fields without a prefill say nothing").hasSize(1);
    }

    @Test
    void tasklistOpensTheFormWithTheSameValuesAndTheEnginesHistoryKeepsNone() {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        String taskId = cases.task(caseNumber, "Task_Assessment").getId();

        // what Tasklist loads (GET /task/{id}/form-variables) to fill the Camunda Form's fields by key
        assertThat(formService.getTaskFormVariables(taskId).get("livingSituation")).isEqualTo("ALONE");
        assertThat(historyService.createHistoricVariableInstanceQuery().taskIdIn(taskId)
                .variableName("livingSituation").count()).as("client data stays out of ACT_HI_*").isZero();

        cases.complete("cora", caseNumber, "Task_Assessment", FormAnswers.assessment());
        assertThat(historyService.createHistoricVariableInstanceQuery().variableName("livingSituation")
                .processInstanceId(processInstanceOf(caseNumber)).count()).isZero();
    }

    @Test
    void inTasklistTheFormOpensPrefilledAndTheConfirmedAnswerGoesToTheRecordOnly() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        String taskId = cases.task(caseNumber, "Task_Assessment").getId();
        CamundaWebappSession tasklist = CamundaWebappSession.loginToTasklist(port, "cora", "demo");
        String task = "/camunda/api/engine/engine/default/task/" + taskId;

        HttpResponse<String> variables = tasklist.get(task + "/form-variables");
        assertThat(variables.statusCode()).as(variables.body()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(variables.body()).at("/livingSituation/value").asText())
                .isEqualTo("ALONE");

        HttpResponse<String> submitted = tasklist.postJson(task + "/submit-form", """
                {"variables": {
                  "assessmentDate": {"value": "2026-11-05"}, "assessmentSetting": {"value": "HOME"},
                  "livingSituation": {"value": "WITH_FAMILY"},
                  "healthConditions": {"value": "Early-stage dementia, hypertension."},
                  "dailyLivingSupport": {"value": "SOME_HELP"},
                  "riskFactors": {"value": "[\\"FALL_RISK\\"]", "type": "Json"},
                  "hospitalizationsLastYear": {"value": 1},
                  "strengths": {"value": "Her son visits daily."},
                  "assessmentSummary": {"value": "Moved in with her son; needs help with meals."}}}
                """);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
        assertThat(recordOf(caseNumber, "Task_Assessment").getContent()).contains("\"livingSituation\":\"WITH_FAMILY\"");
        assertThat(runtimeService.getVariables(processInstanceOf(caseNumber))).doesNotContainKey("livingSituation");
    }

    @Test
    void aSavedDraftWinsOverThePrefill() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        String taskId = cases.task(caseNumber, "Task_Assessment").getId();

        mvc.perform(put("/tasks/{id}/draft", taskId).with(Users.cora()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fields\":{\"livingSituation\":[\"WITH_FAMILY\"]}}"))
                .andExpect(status().isNoContent());

        Document page = page(taskId, null);
        assertThat(page.select("#livingSituation option[selected]").attr("value")).isEqualTo("WITH_FAMILY");
        assertThat(page.select("#livingSituation-prefill")).as("the draft's value is the coordinator's own").isEmpty();
    }

    @Test
    void anEmptyEarlierAnswerLeavesTheFieldEmpty() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        Map<String, Object> assessment = new HashMap<>(FormAnswers.assessment());
        assessment.put("livingSituation", null); // the intake said ALONE; the assessment left it open
        cases.complete("cora", caseNumber, "Task_Assessment", assessment);
        String taskId = followUpTask(caseNumber);

        Document page = page(taskId, null);
        assertThat(page.select("#livingSituation option[selected]")).isEmpty();
        assertThat(page.select("#livingSituation-prefill")).isEmpty();
        assertThat(page.select("#clientPhone").val()).as("the client's record has no phone").isEmpty();
        assertThat(page.select("#clientPhone-prefill")).isEmpty();
        assertThat(formService.getTaskFormVariables(taskId).containsKey("livingSituation")).isFalse();
    }

    @Test
    void theFollowUpConfirmsTheClientsDetailsAndAChangeReachesTheRecordAndTheTimeline() throws Exception {
        String caseNumber = cases.open("team-north");
        Client client = clientOf(caseNumber);
        client.updateContact("555-0100", "12 Elm Street, Springfield", "es");
        client.showCaregiver("Ana Ruiz, 555-0111");
        clients.save(client);
        cases.completeIntake("cora", caseNumber);
        cases.complete("cora", caseNumber, "Task_Assessment", FormAnswers.assessment());
        String taskId = followUpTask(caseNumber);

        Document page = page(taskId, null);
        assertThat(page.select("#clientPhone").val()).isEqualTo("555-0100");
        assertThat(page.select("#clientPhone-prefill").text())
                .isEqualTo("From the client's record \u2014 check it is still right.");
        assertThat(page.select("#caregiverContact").val()).isEqualTo("Ana Ruiz, 555-0111");
        assertThat(page(taskId, "es").select("#clientAddress-prefill").text())
                .isEqualTo("Del expediente del cliente: compruebe que sigue siendo correcto.");
        assertThat(formService.getTaskFormVariables(taskId).get("clientAddress"))
                .isEqualTo("12 Elm Street, Springfield");

        // a phone that is no phone: refused next to the field, nothing saved
        mvc.perform(complete(taskId, "call her daughter")).andExpect(redirectedUrl("/tasks/" + taskId));
        assertThat(clientOf(caseNumber).getPhone()).isEqualTo("555-0100");

        mvc.perform(complete(taskId, "555-0199")).andExpect(redirectedUrl("/cases/" + caseNumber));
        Client after = clientOf(caseNumber);
        assertThat(after.getPhone()).isEqualTo("555-0199");
        assertThat(after.getAddress()).as("confirmed as it was").isEqualTo("12 Elm Street, Springfield");
        assertThat(after.getCaregiverContact()).isEqualTo("Ana Ruiz, 555-0111");
        assertThat(after.getPreferredLanguage()).isEqualTo("es");
        assertThat(timeline.findByCareCaseIdOrderByOccurredAtDescIdDesc(caseOf(caseNumber).getId()))
                .filteredOn(entry -> entry.getKind() == TimelineKind.CLIENT_DETAILS_CHANGED)
                .extracting(TimelineEntry::getSummary)
                .containsExactly("Phone changed in the client's record at \u201cFollow up with client\u201d: was "
                        + "\u201c555-0100\u201d, now \u201c555-0199\u201d");
    }

    @Test
    void aPlanMadeAgainAfterAFollowUpStartsFromTheLastPlan() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        cases.complete("cora", caseNumber, "Task_Assessment", FormAnswers.assessment());
        followUpTask(caseNumber);
        cases.complete("cora", caseNumber, "Task_FollowUp", FormAnswers.followUp("NEEDS_CHANGE"));
        cases.complete("cora", caseNumber, "Task_Assessment", FormAnswers.assessment());
        String taskId = cases.task(caseNumber, "Task_PlanServices").getId();

        Document page = page(taskId, null);
        assertThat(page.select("input[name=servicesNeeded][checked]").eachAttr("value")).containsExactly("HOME_CARE");
        assertThat(page.select("#servicesNeeded-prefill").text()).startsWith("From \u201c")
                .endsWith("check it is still right.");
        assertThat(page.select("#planGoals").text()).isEqualTo("Stay safely at home with support three times a week.");

        // the changed plan drives the arrangements, as a first plan does
        cases.complete("cora", caseNumber, "Task_PlanServices",
                FormAnswers.planServices(List.of("HOME_CARE", "TRANSPORTATION")));
        assertThat(cases.tasks(caseNumber, "Task_SelectProvider")).hasSize(2);
    }

    @Test
    void theArrangementsLaterTasksShowWhomToCall() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        cases.complete("cora", caseNumber, "Task_Assessment", FormAnswers.assessment());
        cases.complete("cora", caseNumber, "Task_PlanServices", FormAnswers.planServices(List.of("HOME_CARE")));
        cases.arrangeUntilConfirmation("cora", caseNumber);
        String taskId = cases.task(caseNumber, "Task_ConfirmWithClient").getId();
        long referralId = ((Number) taskService.getVariable(taskId, "referralId")).longValue();
        String[] provider = new TransactionTemplate(transactions).execute(status -> {
            var referred = referrals.findById(referralId).orElseThrow().getProvider();
            return new String[] {referred.getName(), referred.getPhone()};
        });

        Document page = page(taskId, null);
        assertThat(page.select("#providerContact").text()).startsWith(provider[0]).contains(provider[1] == null ? "" : provider[1]);
        assertThat(page.select("#providerContact").hasAttr("disabled")).isTrue();
        assertThat(page.select("#providerContact-prefill").text())
                .isEqualTo("From the provider directory, for the provider of this referral.");
        assertThat(page(taskId, "es").select("#providerContact-prefill").text())
                .isEqualTo("Del directorio de proveedores, para el proveedor de esta derivaci\u00f3n.");
        assertThat((String) formService.getTaskFormVariables(taskId).get("providerContact")).startsWith(provider[0]);

        cases.completeEach("cora", caseNumber, "Task_ConfirmWithClient", FormAnswers.confirmWithClient());
        assertThat(cases.tasks(caseNumber, "Task_ConfirmWithClient")).isEmpty();
    }

    @Test
    void theSupervisorSeesTheClosureReasonTheCoordinatorProposed() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        cases.complete("cora", caseNumber, "Task_Assessment", FormAnswers.assessment());
        followUpTask(caseNumber);
        cases.complete("cora", caseNumber, "Task_FollowUp", FormAnswers.followUp("READY_TO_CLOSE"));
        cases.complete("cora", caseNumber, "Task_CloseCase", FormAnswers.closure("UNABLE_TO_CONTACT"));
        String approval = cases.task(caseNumber, "Task_ApproveClosure").getId();

        Document page = Jsoup.parse(mvc.perform(get("/tasks/{id}", approval)
                        .with(user("sam").authorities(() -> "GROUP_supervisors", () -> "GROUP_team-north")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#closureReason option[selected]").text()).isEqualTo("Unable to contact");
        assertThat(page.select("#closureReason").hasAttr("disabled")).isTrue();
        assertThat(page.select("#closureSummary").text()).isEqualTo("Goals of the service plan were met.");
        assertThat(page.select("#closureReason-prefill").text()).startsWith("From \u201c");
        assertThat(formService.getTaskFormVariables(approval).get("closureReason")).isEqualTo("UNABLE_TO_CONTACT");
    }

    private MockHttpServletRequestBuilder complete(String taskId, String phone) {
        return post("/tasks/{id}/complete", taskId).with(Users.cora()).with(csrf())
                .param("contactDate", "2026-12-10").param("contactMethod", "HOME_VISIT")
                .param("servicesOnTrack", "YES").param("clientSituation", "Doing well.")
                .param("followUpOutcome", "STABLE").param("livingSituation", "ALONE")
                .param("clientPhone", phone).param("clientAddress", "12 Elm Street, Springfield")
                .param("caregiverContact", "Ana Ruiz, 555-0111");
    }

    /** Plans home care, arranges it and lets the follow-up timer fire: the follow-up task's id. */
    private String followUpTask(String caseNumber) {
        cases.complete("cora", caseNumber, "Task_PlanServices", FormAnswers.planServices(List.of("HOME_CARE")));
        cases.arrangeEach("cora", caseNumber);
        Job timer = managementService.createJobQuery().processInstanceId(processInstanceOf(caseNumber)).timers()
                .activityId("TimerEvent_FollowUpDue").singleResult();
        managementService.executeJob(timer.getId());
        return cases.task(caseNumber, "Task_FollowUp").getId();
    }

    private Document page(String taskId, String language) throws Exception {
        var request = get("/tasks/{id}", taskId).with(Users.cora());
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private StageRecord recordOf(String caseNumber, String taskDefinitionKey) {
        return records.findByCareCaseIdOrderByCompletedAtAsc(caseOf(caseNumber).getId()).stream()
                .filter(record -> record.getTaskDefinitionKey().equals(taskDefinitionKey)).findFirst().orElseThrow();
    }

    private CareCase caseOf(String caseNumber) {
        return caseRepository.findByCaseNumber(caseNumber).orElseThrow();
    }

    private Client clientOf(String caseNumber) {
        return clients.findById(caseOf(caseNumber).getClient().getId()).orElseThrow();
    }

    private String processInstanceOf(String caseNumber) {
        return caseOf(caseNumber).getProcessInstanceId();
    }
}
