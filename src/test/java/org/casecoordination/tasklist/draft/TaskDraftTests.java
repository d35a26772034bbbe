package org.casecoordination.tasklist.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.RuntimeService;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

/** What a coordinator typed into a task's form waits on the server for her, and for nobody else. */
@ApplicationTest
class TaskDraftTests {

    private static final String TYPED = """
            {"fields": {"presentingNeeds": ["Needs help with meals since the fall."], "contactMethod": ["PHONE"],
                        "eligible": ["true"], "_csrf": ["not-an-answer"]}}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    TaskDraftRepository drafts;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    CaseRepository caseRepository;

    @Test
    void aSavedDraftIsRestoredForItsAuthorOnlyAndCanBeDiscarded() throws Exception {
        String taskId = intakeTask();

        saveDraft(taskId, Users.cora()).andExpect(status().isNoContent());

        Document mine = page(taskId, Users.cora());
        assertThat(mine.select("#draft-restored").text()).startsWith("Restored your unsaved answers from ");
        assertThat(mine.select("#presentingNeeds").text()).isEqualTo("Needs help with meals since the fall.");
        assertThat(mine.select("#contactMethod option[selected]").val()).isEqualTo("PHONE");
        assertThat(mine.select("#eligible").hasAttr("checked")).isTrue();
        assertThat(drafts.findByTaskIdAndUserId(taskId, "cora").orElseThrow().getContent())
                .doesNotContain("_csrf");

        Document colleagues = page(taskId, Users.colin()); // same team, same task: not her typing
        assertThat(colleagues.select("#draft-restored")).isEmpty();
        assertThat(colleagues.select("#presentingNeeds").text()).isEmpty();

        mvc.perform(post("/tasks/{id}/draft/discard", taskId).with(Users.cora()).with(csrf()))
                .andExpect(redirectedUrl("/tasks/" + taskId));
        Document afterDiscard = page(taskId, Users.cora());
        assertThat(afterDiscard.select("#draft-restored")).isEmpty();
        assertThat(afterDiscard.select("#presentingNeeds").text()).isEmpty();
    }

    @Test
    void aDraftNeedsTheSessionsTokenAndAccessToTheTask() throws Exception {
        String taskId = intakeTask();

        mvc.perform(put("/tasks/{id}/draft", taskId).with(Users.cora()).contentType(MediaType.APPLICATION_JSON)
                .content(TYPED)).andExpect(status().isForbidden());
        saveDraft(taskId, Users.dana()).andExpect(status().isForbidden()) // another team's case
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        saveDraft("no-such-task", Users.cora()).andExpect(status().isNotFound());
        mvc.perform(put("/tasks/{id}/draft", taskId).with(Users.cora()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("fields"));
        assertThat(drafts.findByTaskIdAndUserId(taskId, "dana")).isEmpty();
        assertThat(drafts.findByTaskIdAndUserId(taskId, "cora")).isEmpty();
    }

    @Test
    void aRefusedDraftIsExplainedInTheRequestsLanguage() throws Exception {
        String taskId = intakeTask();
        String tooLong = "{\"fields\": {\"presentingNeeds\": [\"" + "x".repeat(TaskDrafts.MAX_CHARS) + "\"]}}";

        mvc.perform(put("/tasks/{id}/draft", taskId).header("Accept-Language", "es").with(Users.cora()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fields"))
                .andExpect(jsonPath("$.errors[0].message").value("Obligatorio."));
        mvc.perform(put("/tasks/{id}/draft", taskId).header("Accept-Language", "es").with(Users.cora()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(tooLong))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Estas respuestas son demasiado largas para guardarlas como borrador."));
        mvc.perform(put("/tasks/{id}/draft", taskId).with(Users.cora()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(jsonPath("$.errors[0].message").value("Required."));
        assertThat(drafts.findByTaskIdAndUserId(taskId, "cora")).isEmpty();
    }

    @Test
    void theDraftGoesWhenTheTaskIsCompletedOnAnyPath() throws Exception {
        String caseNumber = cases.open("team-north");
        String taskId = cases.task(caseNumber, "Task_Intake").getId();
        saveDraft(taskId, Users.cora()).andExpect(status().isNoContent());
        saveDraft(taskId, Users.colin()).andExpect(status().isNoContent());

        cases.completeIntake("cora", caseNumber); // the Java API, as Tasklist or /engine-rest would

        assertThat(drafts.findByTaskIdAndUserId(taskId, "cora")).isEmpty();
        assertThat(drafts.findByTaskIdAndUserId(taskId, "colin")).isEmpty();
    }

    @Test
    void theDraftGoesWhenTheTaskGoesWithoutBeingCompleted() throws Exception {
        String caseNumber = cases.open("team-north");
        String taskId = cases.task(caseNumber, "Task_Intake").getId();
        saveDraft(taskId, Users.cora()).andExpect(status().isNoContent());

        String instance = caseRepository.findByCaseNumber(caseNumber).orElseThrow().getProcessInstanceId();
        runtimeService.deleteProcessInstance(instance, "cleanup in a test");

        assertThat(drafts.findByTaskIdAndUserId(taskId, "cora")).isEmpty();
    }

    private String intakeTask() {
        return cases.task(cases.open("team-north"), "Task_Intake").getId();
    }

    private org.springframework.test.web.servlet.ResultActions saveDraft(String taskId, UserRequestPostProcessor user)
            throws Exception {
        return mvc.perform(put("/tasks/{id}/draft", taskId).with(user).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(TYPED));
    }

    private Document page(String taskId, UserRequestPostProcessor user) throws Exception {
        return Jsoup.parse(mvc.perform(get("/tasks/{id}", taskId).with(user)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }
}
