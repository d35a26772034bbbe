package org.casecoordination.processes.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A step calling an outside system that keeps failing: retried with back-off, then an incident that shows on the
 * case and in the administrators' list, where "Try again" gives it another attempt.
 */
@ApplicationTest
class IncidentsTests {

    /** Stands in for issue #6's referral-sending step: an async service task whose outside call fails. */
    private static final BpmnModelInstance FAILING_CALL = Bpmn.createExecutableProcess("IncidentsTestCall")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .serviceTask("Task_SendReferral").name("Send referral to provider").camundaAsyncBefore()
            // a variable nobody set: fails on every attempt, like an outside system that is down
            .camundaExpression("${outsideSystemThatIsDown}")
            .endEvent()
            .done();

    final UserRequestPostProcessor admin = user("admin").authorities(() -> "GROUP_camunda-admin");

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    private String deploymentId;

    @BeforeEach
    void deployFailingCall() {
        deploymentId = repositoryService.createDeployment().name("incidents-test")
                .addModelInstance("incidents-test.bpmn", FAILING_CALL).deploy().getId();
    }

    @AfterEach
    void removeIt() {
        repositoryService.deleteDeployment(deploymentId, true);
    }

    @Test
    void aStepThatKeepsFailingIsRetriedWithBackOffThenShownAndCanBeTriedAgain() throws Exception {
        String caseNumber = cases.open("team-north");
        String instance = runtimeService.startProcessInstanceByKey("IncidentsTestCall", caseNumber).getId();
        Job job = managementService.createJobQuery().processInstanceId(instance).singleResult();

        failOnce(job);
        Job afterFirstFailure = managementService.createJobQuery().jobId(job.getId()).singleResult();
        assertThat(afterFirstFailure.getRetries()).as("R3/PT5M: three tries left").isEqualTo(2);
        assertThat(afterFirstFailure.getDuedate()).as("the next try in about five minutes")
                .isAfter(new java.util.Date(System.currentTimeMillis() + 4 * 60_000));
        failOnce(job);
        failOnce(job);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).list())
                .extracting(Incident::getActivityId).containsExactly("Task_SendReferral");

        Document casePage = page("/cases/" + caseNumber, Users.cora());
        assertThat(casePage.select("#failed-steps").text()).contains("Send referral to provider");

        for (UserRequestPostProcessor someone : java.util.List.of(Users.cora(),
                user("sam").authorities(() -> "GROUP_supervisors"))) {
            mvc.perform(get("/admin/incidents").with(someone)).andExpect(status().isForbidden());
        }
        Document list = page("/admin/incidents", admin);
        String incidentId = runtimeService.createIncidentQuery().processInstanceId(instance).singleResult().getId();
        assertThat(list.select("#incident-" + incidentId).text()).contains(caseNumber, "Send referral to provider");

        mvc.perform(post("/admin/incidents/" + incidentId + "/retry").with(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/incidents"));

        assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(1);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).count()).isZero();
        assertThat(page("/cases/" + caseNumber, Users.cora()).select("#failed-steps")).isEmpty();
        assertThat(page("/admin/incidents", admin).select("#incident-" + incidentId)).isEmpty();
    }

    private void failOnce(Job job) {
        assertThat(catchThrowable(() -> managementService.executeJob(job.getId()))).isNotNull();
    }

    private Document page(String path, UserRequestPostProcessor who) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
