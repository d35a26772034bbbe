package org.casecoordination.processes.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.RepositoryService;
import org.casecoordination.processes.guard.DiagramCodeRefused;
import org.casecoordination.processes.guard.DiagramCodeTests;
import org.casecoordination.security.AsApplication;
import org.casecoordination.support.ApplicationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 15's attacks, each an execution listener added to processes/case-lifecycle.bpmn, on every way a diagram
 * is deployed here: nothing is deployed and the refusal names the file, the element and the expression.
 * (Camunda Modeler's request and the engine API's deployment/create are in ModelerDeploymentTests.)
 */
@ApplicationTest
class DiagramCodeDeploymentPathsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ProcessResourceValidator validator;
    @Autowired
    AsApplication asApplication;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path copy;

    @AfterEach
    void latestVersionIsTheRepositorysAgain() {
        RepositoryFiles.redeploy(repositoryService, validator, asApplication, jdbc);
    }

    @ParameterizedTest
    @ValueSource(strings = {"${caseRepository.count()}", "${''.getClass().forName('java.lang.Runtime')}",
            "${execution.getProcessEngineServices().getRuntimeService()}"})
    void theJsonApiRefusesItWith400NamingFileElementAndExpression(String attack) throws Exception {
        long before = repositoryService.createDeploymentQuery().count();
        mvc.perform(multipart("/api/processes/deployments").file(attacked(attack))
                        .with(ProcessesPageTests.ana()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("processes/case-lifecycle.bpmn"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
                        "CaseLifecycle: " + attack + ": ")));
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"${caseRepository.count()}", "${''.getClass().forName('java.lang.Runtime')}",
            "${execution.getProcessEngineServices().getRuntimeService()}"})
    void theProcessesPageShowsTheRefusalNextToTheFile(String attack) throws Exception {
        long before = repositoryService.createDeploymentQuery().count();
        String html = mvc.perform(multipart("/processes/upload").file(attacked(attack))
                        .with(ProcessesPageTests.ana()).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select("#deployment-problems li").eachText())
                .anySatisfy(text -> assertThat(text).contains("Diagram \u201ccase-lifecycle\u201d")
                        .contains("CaseLifecycle: " + attack));
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"${caseRepository.count()}", "${''.getClass().forName('java.lang.Runtime')}",
            "${execution.getProcessEngineServices().getRuntimeService()}"})
    void aFolderHoldingItStopsTheStartAndTheFileWatcher(String attack) throws IOException {
        RepositoryFiles.copyTo(copy);
        Files.writeString(copy.resolve("processes/case-lifecycle.bpmn"), DiagramCodeTests.lifecycleWithListener(attack));
        long before = repositoryService.createDeploymentQuery().count();
        ProcessDeployments deployments = new ProcessDeployments(repositoryService, validator, asApplication, jdbc,
                new ProcessFolders(copy.toUri().toString()));

        assertThatThrownBy(() -> new ProcessResourcesDeployer(deployments).deploy())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("processes/case-lifecycle.bpmn")
                .hasMessageContaining("CaseLifecycle")
                .hasMessageContaining("CaseLifecycle: " + attack);
        // the dev file watcher deploys through the same call
        assertThatThrownBy(() -> deployments.redeploy("file watcher", ProcessDeployments.How.FILE_WATCHER))
                .isInstanceOf(ProcessResourcesRejectedException.class);
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
    }

    /** Below the app's checks, the engine refuses it on any deployment (a Java caller, a missed path). */
    @ParameterizedTest
    @ValueSource(strings = {"${''.getClass().forName('java.lang.Runtime')}",
            "${execution.getProcessEngineServices().getRuntimeService()}", "${slaDueDates.toString()}"})
    void theEngineRefusesItOnAnyOtherDeployment(String attack) throws IOException {
        long before = repositoryService.createDeploymentQuery().count();
        Throwable refused = catchThrowable(() -> repositoryService.createDeployment().name("direct")
                .addInputStream("case-lifecycle.bpmn", new ByteArrayInputStream(
                        DiagramCodeTests.lifecycleWithListener(attack).getBytes(StandardCharsets.UTF_8)))
                .deploy());
        assertThat(refused).isInstanceOf(DiagramCodeRefused.class).hasMessageContaining("case-lifecycle.bpmn")
                .hasMessageContaining("element CaseLifecycle").hasMessageContaining(attack);
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
    }

    private static MockMultipartFile attacked(String attack) throws IOException {
        return new MockMultipartFile("files", "case-lifecycle.bpmn", "text/xml",
                DiagramCodeTests.lifecycleWithListener(attack).getBytes(StandardCharsets.UTF_8));
    }
}
