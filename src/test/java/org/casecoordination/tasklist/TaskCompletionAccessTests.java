package org.casecoordination.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.casecoordination.casefile.CaseAccess;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.processes.CaseStage;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Completing a task from its page checks the case's access once: the action checks it when it finds the task,
 * and the completion listener, in the same transaction, takes the case it checked instead of checking again. The
 * listener still checks on its own on the other paths (EngineRestCompletionTests).
 */
@ApplicationTest
class TaskCompletionAccessTests {

    @MockitoSpyBean
    CaseAccess access;
    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    CaseRepository caseRepository;

    @Test
    void completingFromThePageChecksTheCasesAccessOnce() throws Exception {
        String caseNumber = cases.open("team-north");
        String taskId = cases.task(caseNumber, "Task_Intake").getId();
        clearInvocations(access);

        mvc.perform(post("/tasks/{id}/complete", taskId).with(Users.cora()).with(csrf())
                        .param("contactDate", "2026-11-02")
                        .param("contactMethod", "PHONE")
                        .param("livingSituation", "ALONE")
                        .param("presentingNeeds", "Needs a ride to the memory clinic every week.")
                        .param("eligible", "true"))
                .andExpect(redirectedUrl("/cases/" + caseNumber));

        verify(access, times(1)).checkCanSee(any());
        assertThat(caseRepository.findByCaseNumber(caseNumber).orElseThrow().getStage())
                .isEqualTo(CaseStage.ASSESSMENT);
    }
}
