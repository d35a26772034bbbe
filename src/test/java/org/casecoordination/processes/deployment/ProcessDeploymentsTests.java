package org.casecoordination.processes.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.casecoordination.processes.deployment.ProcessDeployments.Deployed;
import org.casecoordination.processes.deployment.ProcessDeployments.How;
import org.casecoordination.security.AsApplication;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.casecoordination.processes.CaseLifecycleProcess;

/** Redeploys and uploads against a copy of the repository's folders, on the shared engine. */
@ApplicationTest
class ProcessDeploymentsTests {

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ProcessResourceValidator validator;
    @Autowired
    AsApplication asApplication;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessVersions versions;
    @Autowired
    Cases cases;

    @TempDir
    Path copy;

    ProcessDeployments deployments;

    /** Other test classes share this engine and expect the repository's forms in the latest version. */
    @org.junit.jupiter.api.AfterEach
    void latestVersionIsTheRepositorysAgain() {
        RepositoryFiles.redeploy(repositoryService, validator, asApplication, jdbc);
    }

    @BeforeEach
    void copyProjectResources() throws IOException {
        RepositoryFiles.copyTo(copy);
        deployments = new ProcessDeployments(repositoryService, validator, asApplication, jdbc,
                new ProcessFolders(copy.toUri().toString()));
    }

    @Test
    void aValidUploadIsDeployedAndWrittenAndRunningCasesKeepTheirVersion() throws IOException {
        String runningCase = cases.open("team-north");
        String versionOfRunningCase = definitionOf(runningCase);
        byte[] changedForm = Files.readString(copy.resolve("forms/follow-up.form"))
                .replace("How you reached the client", "How you reached the client this time")
                .getBytes(StandardCharsets.UTF_8);

        Deployed deployed = deployments.upload(Map.of("forms/follow-up.form", changedForm), "ana");

        assertThat(deployed.isNew()).isTrue();
        assertThat(Files.readString(copy.resolve("forms/follow-up.form"))).contains("reached the client this time");
        var newVersion = deployed.deployment().getDeployedProcessDefinitions().stream()
                .filter(definition -> definition.getKey().equals(CaseLifecycleProcess.PROCESS_KEY)).findFirst()
                .orElseThrow();
        assertThat(newVersion.getId()).isNotEqualTo(versionOfRunningCase);
        assertThat(definitionOf(runningCase)).isEqualTo(versionOfRunningCase);
        assertThat(definitionOf(cases.open("team-north"))).isEqualTo(newVersion.getId());
        assertThat(versions.of(CaseLifecycleProcess.PROCESS_KEY).get(0).deployedBy()).isEqualTo("Ana Petrova (upload)");
    }

    @Test
    void whenOneFileFailsNothingIsDeployedOrWritten() throws IOException {
        String formBefore = Files.readString(copy.resolve("forms/follow-up.form"));
        long deploymentsBefore = repositoryService.createDeploymentQuery().count();
        byte[] changedForm = formBefore.replace("How you reached the client", "Reached by")
                .getBytes(StandardCharsets.UTF_8);
        byte[] brokenDiagram = ProcessResourceValidatorTests.bytes("no-candidate-groups.bpmn");

        assertThatThrownBy(() -> deployments.upload(Map.of("forms/follow-up.form", changedForm,
                "processes/review.bpmn", brokenDiagram, "forms/review.form",
                ProcessResourceValidatorTests.bytes("review.form"), "forms/review.es.json",
                ProcessResourceValidatorTests.bytes("review.es.json"), "processes/review.es.json",
                ProcessResourceValidatorTests.bytes("review-names.es.json")), "ana"))
                .isInstanceOfSatisfying(ProcessResourcesRejectedException.class, e -> assertThat(e.problems())
                        .extracting(ProcessProblem::file, ProcessProblem::elementId)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("processes/review.bpmn", "Task_Review")));

        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
        assertThat(Files.readString(copy.resolve("forms/follow-up.form"))).isEqualTo(formBefore);
        assertThat(copy.resolve("processes/review.bpmn")).doesNotExist();
    }

    @Test
    void aRedeployOfUnchangedFilesMakesNoNewVersion() {
        deployments.redeploy("ana", How.REDEPLOY);
        long before = repositoryService.createDeploymentQuery().count();

        Deployed again = deployments.redeploy("ana", How.REDEPLOY);

        assertThat(again.isNew()).isFalse();
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
    }

    @Test
    void uploadsNeedAFolderToWriteInto() {
        ProcessDeployments packaged = new ProcessDeployments(repositoryService, validator, asApplication, jdbc,
                new ProcessFolders("classpath*:"));

        assertThatThrownBy(() -> packaged.upload(Map.of("forms/review.form",
                ProcessResourceValidatorTests.bytes("review.form"), "forms/review.es.json",
                ProcessResourceValidatorTests.bytes("review.es.json")), "ana"))
                .isInstanceOf(UploadsOffException.class).hasMessageStartingWith("uploads are off");
    }

    @Test
    void theFileWatcherRedeploysAChangedFile() throws Exception {
        ProcessFolderWatcher watcher = new ProcessFolderWatcher(deployments);
        watcher.start();
        try {
            Path form = copy.resolve("forms/close-case.form");
            Files.writeString(form, Files.readString(form).replace("Reason for closing", "Why the case closes"));

            long deadline = System.currentTimeMillis() + 20_000;
            while (!versions.of(CaseLifecycleProcess.PROCESS_KEY).get(0).deployedBy().startsWith("file watcher")
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            assertThat(versions.of(CaseLifecycleProcess.PROCESS_KEY).get(0).deployedBy())
                    .isEqualTo("file watcher");
        } finally {
            watcher.stop();
        }
    }

    private String definitionOf(String caseNumber) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult()
                .getProcessDefinitionId();
    }
}
