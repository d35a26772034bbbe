package org.casecoordination.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.TaskService;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Minimum necessary: a case is open to its own team (and the team's supervisors), refused to everyone else. */
@ApplicationTest
class CaseAccessTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    TaskService taskService;

    @Test
    void anotherTeamGetsNoPageAndNoDataOfTheCase() throws Exception {
        String caseNumber = cases.open("team-north");
        String taskId = cases.task(caseNumber, "Task_Intake").getId();

        mvc.perform(get("/cases/{n}", caseNumber).with(Users.dana()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("belongs to a team you do not work in")))
                .andExpect(content().string(not(containsString("Test Client"))));
        mvc.perform(get("/tasks/{id}", taskId).with(Users.dana()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("Test Client"))));
        mvc.perform(post("/tasks/{id}/claim", taskId).with(Users.dana()).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/cases/{n}/notes", caseNumber).with(Users.dana()).with(csrf()).param("text", "peek"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/cases/{n}/close", caseNumber).with(Users.dana()).with(csrf()).param("reason", "OTHER"))
                .andExpect(status().isForbidden());
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
        assertThat(cases.task(caseNumber, "Task_Intake")).isNotNull();
    }

    @Test
    void theJsonApiRefusesAnotherTeamAnAnalystAndAnAdministratorWith403() throws Exception {
        String caseNumber = cases.open("team-north");
        String taskId = cases.task(caseNumber, "Task_Intake").getId();
        for (String user : new String[] {"dana", "ana", "admin"}) {
            mvc.perform(get("/api/cases/{n}", caseNumber).with(httpBasic(user, "demo")))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.errors[0].field").doesNotExist())
                    .andExpect(jsonPath("$.client").doesNotExist());
        }
        mvc.perform(post("/api/tasks/{id}/claim", taskId).with(httpBasic("dana", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/tasks/{id}/complete", taskId).with(httpBasic("dana", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"variables\": {}}"))
                .andExpect(status().isForbidden());
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }

    @Test
    void theTeamAndItsSupervisorSeeTheCase() throws Exception {
        String caseNumber = cases.open("team-north");
        for (String user : new String[] {"colin", "sam"}) {
            mvc.perform(get("/api/cases/{n}", caseNumber).with(httpBasic(user, "demo")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.caseNumber").value(caseNumber));
        }
    }
}
