package org.casecoordination.processes.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.RepositoryService;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.security.AsApplication;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@ApplicationTest
class ProcessDeploymentApiTests {

    /** What an administrator reads when deploying, in English. */
    static final String ADMINS_DO_NOT_DEPLOY = "Administrators do not deploy processes: a process analyst deploys"
            + " them from Camunda Modeler or the Processes page.";

    @Autowired
    MockMvc mvc;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ProcessDeployments deployments;
    @Autowired
    ProcessVersions versions;
    @Autowired
    ProcessResourceValidator validator;
    @Autowired
    AsApplication asApplication;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFileThatFailsValidationIs400WithFileAndElement() throws Exception {
        long before = repositoryService.createDeploymentQuery().count();
        mvc.perform(multipart("/api/processes/deployments")
                        .file(file("review.bpmn", "missing-form.bpmn")).file(file("review.form", "review.form")).file(file("review.es.json", "review.es.json"))
                        .file(file("review.es.json", "review-names.es.json"))
                        .with(user("ana").authorities(() -> "GROUP_analysts")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("processes/review.bpmn"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Task_Review: its form reference \"reveiw\" names no form in forms/"));
        assertThat(repositoryService.createDeploymentQuery().count())
                .isEqualTo(before);
    }

    @Test
    void onlyDiagramsDecisionsAndFormsAreAccepted() throws Exception {
        mvc.perform(multipart("/api/processes/deployments")
                        .file(new MockMultipartFile("files", "notes.txt", "text/plain", "hello".getBytes()))
                        .with(user("ana").authorities(() -> "GROUP_analysts")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("notes.txt"))
                .andExpect(jsonPath("$.errors[0].message", startsWith("only .bpmn, .dmn, .form and document template (.html) files")));
    }

    @Test
    void packagedFilesCannotBeOverwrittenAndTheRefusalSaysWhatTurnsUploadsOn() throws Exception {
        long before = repositoryService.createDeploymentQuery().count();
        mvc.perform(multipart("/api/processes/deployments").file(file("review.bpmn", "valid.bpmn"))
                        .file(file("review.form", "review.form")).file(file("review.es.json", "review.es.json"))
                        .file(file("review.es.json", "review-names.es.json"))
                        .with(user("ana").authorities(() -> "GROUP_analysts")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").doesNotExist())
                .andExpect(jsonPath("$.errors[0].message", startsWith("uploads are off")))
                .andExpect(jsonPath("$.errors[0].message", containsString("CASE_COORDINATION_PROCESS_RESOURCES")));
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
    }

    /** The application started in a folder holding processes/ and forms/ (mvn spring-boot:run in a checkout). */
    @Test
    void withAFolderAnUploadIsDeployedAndWrittenThere(@TempDir Path workingDirectory) throws Exception {
        RepositoryFiles.copyTo(workingDirectory);
        ProcessDeployments bean = AopTestUtils.getTargetObject(deployments);
        ProcessFolders packaged = bean.folders();
        ReflectionTestUtils.setField(bean, "folders", ProcessFolders.configured("", workingDirectory));
        try {
            String changed = Files.readString(workingDirectory.resolve("forms/close-case.form"))
                    .replace("Reason for closing", "Why the case closes");
            mvc.perform(multipart("/api/processes/deployments")
                            .file(new MockMultipartFile("files", "close-case.form", "application/json",
                                    changed.getBytes(StandardCharsets.UTF_8)))
                            .with(user("ana").authorities(() -> "GROUP_analysts")))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.versions[?(@.key == 'CaseLifecycle')].version").isNotEmpty());

            assertThat(Files.readString(workingDirectory.resolve("forms/close-case.form")))
                    .contains("Why the case closes");
            assertThat(versions.of(CaseLifecycleProcess.PROCESS_KEY).get(0).deployedBy()).isEqualTo("Ana Petrova (upload)");
        } finally {
            ReflectionTestUtils.setField(bean, "folders", packaged);
            RepositoryFiles.redeploy(repositoryService, validator, asApplication, jdbc);
        }
    }

    @Test
    void administratorsMayNotDeployAndAreToldWhoDoes() throws Exception {
        long before = repositoryService.createDeploymentQuery().count();
        mvc.perform(multipart("/api/processes/deployments").file(file("review.bpmn", "valid.bpmn"))
                        .file(file("review.form", "review.form")).file(file("review.es.json", "review.es.json"))
                        .file(file("review.es.json", "review-names.es.json"))
                        .with(user("admin").authorities(() -> "GROUP_camunda-admin")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].message").value(ADMINS_DO_NOT_DEPLOY));
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
    }

    @Test
    void coordinatorsMayNotDeploy() throws Exception {
        mvc.perform(multipart("/api/processes/deployments").file(file("review.form", "review.form")).file(file("review.es.json", "review.es.json"))
                        .with(Users.cora()))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUploadedDiagramWithoutSpanishNamesOrWithAnUnknownIdIsRefusedNamingTheFile() throws Exception {
        long before = repositoryService.createDeploymentQuery().count();
        mvc.perform(multipart("/api/processes/deployments").file(file("review.bpmn", "valid.bpmn"))
                        .file(file("review.form", "review.form")).file(file("review.es.json", "review.es.json"))
                        .with(user("ana").authorities(() -> "GROUP_analysts")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("processes/review.bpmn"))
                .andExpect(jsonPath("$.errors[0].message").value("the diagram has no Spanish names: add"
                        + " processes/review.es.json beside it (see docs/analysts.md, Diagrams in other"
                        + " languages)"));

        String misspelt = ProcessResourceValidatorTests.fixture("review-names.es.json")
                .replace("\"Task_Review\"", "\"Task_Reveiw\"");
        mvc.perform(multipart("/api/processes/deployments").file(file("review.bpmn", "valid.bpmn"))
                        .file(file("review.form", "review.form")).file(file("review.es.json", "review.es.json"))
                        .file(new MockMultipartFile("files", "review.es.json", "application/json",
                                misspelt.getBytes(StandardCharsets.UTF_8)))
                        .with(user("ana").authorities(() -> "GROUP_analysts")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].message", org.hamcrest.Matchers.hasItems(
                        "Task_Reveiw: the Spanish names include an element that processes/review.bpmn does not have;"
                                + " use the element's id as Camunda Modeler shows it",
                        "Task_Review: \u201cReview\u201d (Task_Review) has no Spanish name; add it to"
                                + " processes/review.es.json")));

        mvc.perform(multipart("/api/processes/deployments").file(file("review.bpmn", "valid.bpmn"))
                        .file(file("review.form", "review.form")).file(file("review.es.json", "review.es.json"))
                        .file(new MockMultipartFile("files", "review.es.json", "application/json",
                                "{\"diagram\": \"review\", \"names\": {".getBytes(StandardCharsets.UTF_8)))
                        .with(user("ana").authorities(() -> "GROUP_analysts")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItem("processes/review.es.json")))
                .andExpect(jsonPath("$.errors[*].message", org.hamcrest.Matchers.hasItem(
                        startsWith("the names file is not valid JSON"))));
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
    }

    private static MockMultipartFile file(String name, String fixture) {
        return new MockMultipartFile("files", name, "application/octet-stream",
                ProcessResourceValidatorTests.bytes(fixture));
    }
}
