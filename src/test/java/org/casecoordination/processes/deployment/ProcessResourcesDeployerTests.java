package org.casecoordination.processes.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.casecoordination.security.AsApplication;
import org.casecoordination.support.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.processes.ServiceArrangementProcess;

@ApplicationTest
class ProcessResourcesDeployerTests {

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

    @Test
    void unchangedFilesAreNotRedeployedAndResourceNamesDoNotDependOnTheHost() throws IOException {
        RepositoryFiles.copyTo(copy);
        var first = deployer().deploy(); // other tests may have deployed changed copies in this shared engine
        long before = repositoryService.createDeploymentQuery().count();

        var deployment = deployer().deploy();

        assertThat(deployment.getId()).isEqualTo(first.getId());
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
        assertThat(repositoryService.getDeploymentResourceNames(deployment.getId()))
                .contains("processes/case-lifecycle.bpmn", "forms/intake.form", "forms/close-case.form");
    }

    @Test
    void aChangedFormDeploysProcessesAndFormsTogether() throws IOException {
        RepositoryFiles.copyTo(copy);
        Path intake = copy.resolve("forms/intake.form");
        Files.writeString(intake, Files.readString(intake).replace("Date of first contact", "First contact on"));
        long before = repositoryService.createDeploymentQuery().count();

        var deployment = deployer().deploy();

        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before + 1);
        assertThat(repositoryService.getDeploymentResourceNames(deployment.getId()))
                .hasSize(resourceCount()).contains("processes/case-lifecycle.bpmn", "forms/intake.form");
        assertThat(deployment.getDeployedProcessDefinitions()).extracting(d -> d.getKey())
                .containsExactlyInAnyOrder(CaseLifecycleProcess.PROCESS_KEY, ServiceArrangementProcess.PROCESS_KEY,
                        ServiceArrangementProcess.REFERRAL_EMAIL_PROCESS_KEY,
                        org.casecoordination.processes.TextMessageProcess.PROCESS_KEY,
                        org.casecoordination.processes.ClientReminderProcess.PROCESS_KEY);
    }

    @Test
    void aDiagramThatDoesNotParseStopsTheStartNamingTheFile() throws IOException {
        RepositoryFiles.copyTo(copy);
        Path bpmn = copy.resolve("processes/case-lifecycle.bpmn");
        String diagram = Files.readString(bpmn);
        assertThat(diagram).contains("targetRef=\"Task_Assessment\"");
        Files.writeString(bpmn, diagram.replace("targetRef=\"Task_Assessment\"", "targetRef=\"Task_Missing\""));

        assertThatThrownBy(() -> deployer().deploy())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("processes/case-lifecycle.bpmn");
    }

    @Test
    void aDiagramWithoutItsSpanishNamesStopsTheStartNamingTheFileToAdd() throws IOException {
        RepositoryFiles.copyTo(copy);
        Files.delete(copy.resolve("processes/service-arrangement.es.json"));

        assertThatThrownBy(() -> deployer().deploy())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("processes/service-arrangement.bpmn")
                .hasMessageContaining("the diagram has no Spanish names: add processes/service-arrangement.es.json");
    }

    @Test
    void theNamesFilesAreDeployedWithTheDiagrams() throws IOException {
        RepositoryFiles.copyTo(copy);
        Path names = copy.resolve("processes/case-lifecycle.es.json");
        Files.writeString(names, Files.readString(names).replace("\"Evaluar necesidades\"",
                "\"Evaluar las necesidades\""));

        var deployment = deployer().deploy();

        assertThat(repositoryService.getDeploymentResourceNames(deployment.getId())).contains(
                "processes/case-lifecycle.es.json", "processes/service-arrangement.es.json",
                "processes/referral-email.es.json", "forms/intake.es.json");
    }

    @Test
    void aMisspeltStageStopsTheStartNamingTheFileAndTheElement() throws IOException {
        RepositoryFiles.copyTo(copy);
        Path bpmn = copy.resolve("processes/case-lifecycle.bpmn");
        String diagram = Files.readString(bpmn);
        assertThat(diagram).contains("value=\"ASSESSMENT\"");
        Files.writeString(bpmn, diagram.replace("value=\"ASSESSMENT\"", "value=\"ASESSMENT\""));

        assertThatThrownBy(() -> deployer().deploy())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("processes/case-lifecycle.bpmn")
                .hasMessageContaining("Task_Assessment");
    }

    @Test
    void aUserTaskWhoseFormIsMissingStopsTheStart() throws IOException {
        RepositoryFiles.copyTo(copy);
        Files.delete(copy.resolve("forms/follow-up.form"));

        assertThatThrownBy(() -> deployer().deploy())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Task_FollowUp")
                .hasMessageContaining("follow-up");
    }

    @Test
    void aBrokenFormStopsTheStartNamingTheFile() throws IOException {
        RepositoryFiles.copyTo(copy);
        Files.writeString(copy.resolve("forms/follow-up.form"), "{\"components\": [");

        assertThatThrownBy(() -> deployer().deploy())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("forms/follow-up.form");
    }

    @AfterEach
    void latestVersionIsTheRepositorysAgain() {
        RepositoryFiles.redeploy(repositoryService, validator, asApplication, jdbc);
    }

    private ProcessResourcesDeployer deployer() {
        return new ProcessResourcesDeployer(new ProcessDeployments(repositoryService, validator, asApplication, jdbc,
                new ProcessFolders(copy.toUri().toString())));
    }


    /** documents/*.html are deployed with processes/ and forms/ (documents.TemplateRules checks them). */
    private long documentTemplates() throws IOException {
        if (!Files.isDirectory(copy.resolve("documents"))) {
            return 0;
        }
        try (Stream<Path> templates = Files.list(copy.resolve("documents"))) {
            return templates.filter(p -> p.toString().endsWith(".html")).count();
        }
    }

    private int resourceCount() throws IOException {
        try (Stream<Path> processes = Files.list(copy.resolve("processes"));
                Stream<Path> forms = Files.list(copy.resolve("forms"))) {
            return (int) (processes.filter(p -> p.toString().matches(".*\\.(bpmn|dmn|json)$")).count()
                    + forms.filter(p -> p.toString().matches(".*\\.(form|json)$")).count() // translations travel with forms
                    + documentTemplates());
        }
    }
}
