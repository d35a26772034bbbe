package org.casecoordination.processes;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.RepositoryService;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@ApplicationTest
class ProcessDeploymentApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    RepositoryService repositoryService;

    @Test
    void aFileThatFailsValidationIs400WithFileAndElement() throws Exception {
        long before = repositoryService.createDeploymentQuery().count();
        mvc.perform(multipart("/api/processes/deployments")
                        .file(file("review.bpmn", "missing-form.bpmn")).file(file("review.form", "review.form"))
                        .with(user("ana").authorities(() -> "GROUP_analysts")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("processes/review.bpmn"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Task_Review: its form reference \"reveiw\" names no form in forms/"));
        org.assertj.core.api.Assertions.assertThat(repositoryService.createDeploymentQuery().count())
                .isEqualTo(before);
    }

    @Test
    void onlyDiagramsDecisionsAndFormsAreAccepted() throws Exception {
        mvc.perform(multipart("/api/processes/deployments")
                        .file(new MockMultipartFile("files", "notes.txt", "text/plain", "hello".getBytes()))
                        .with(user("admin").authorities(() -> "GROUP_camunda-admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("notes.txt"))
                .andExpect(jsonPath("$.errors[0].message", startsWith("only .bpmn, .dmn and .form")));
    }

    @Test
    void packagedFilesCannotBeOverwritten() throws Exception {
        mvc.perform(multipart("/api/processes/deployments").file(file("review.bpmn", "valid.bpmn"))
                        .file(file("review.form", "review.form"))
                        .with(user("ana").authorities(() -> "GROUP_analysts")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", startsWith("uploads are off")));
    }

    @Test
    void coordinatorsMayNotDeploy() throws Exception {
        mvc.perform(multipart("/api/processes/deployments").file(file("review.form", "review.form"))
                        .with(Users.cora()))
                .andExpect(status().isForbidden());
    }

    private static MockMultipartFile file(String name, String fixture) {
        return new MockMultipartFile("files", name, "application/octet-stream",
                ProcessResourceValidatorTests.bytes(fixture));
    }
}
