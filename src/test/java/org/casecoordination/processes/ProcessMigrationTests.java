package org.casecoordination.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.casefile.CaseTimeline;
import org.casecoordination.casefile.TimelineEntry;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.security.RunAs;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.FormAnswers;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Running cases move to a new version of the case process and carry on there. */
@ApplicationTest
class ProcessMigrationTests {

    static final String KEY = CaseLifecycleProcess.PROCESS_KEY;

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
    ProcessMigrations migrations;
    @Autowired
    Cases cases;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    CaseTimeline timeline;
    @Autowired
    MockMvc mvc;

    @TempDir
    Path copy;

    String caseNumber;
    int from;
    int to;

    /** A case waiting at intake on the current version, then a new version with a reworded follow-up form. */
    /** Other test classes share this engine and expect the repository's forms in the latest version. */
    @org.junit.jupiter.api.AfterEach
    void latestVersionIsTheRepositorysAgain() {
        RepositoryFiles.redeploy(repositoryService, validator, asApplication, jdbc);
    }

    @BeforeEach
    void caseOnAnOlderVersion() throws IOException {
        caseNumber = cases.open("team-north");
        from = versionOf(caseNumber);
        for (String folder : new String[] {"processes", "forms"}) {
            Files.createDirectories(copy.resolve(folder));
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path file : files.toList()) {
                    Files.copy(file, copy.resolve(folder).resolve(file.getFileName()));
                }
            }
        }
        var deployments = new ProcessDeployments(repositoryService, validator, asApplication, jdbc,
                new ProcessFolders(copy.toUri().toString()));
        byte[] form = Files.readString(copy.resolve("forms/follow-up.form"))
                .replace("How you reached the client", "How you reached the client (" + caseNumber + ")")
                .getBytes(StandardCharsets.UTF_8);
        to = deployments.upload(Map.of("forms/follow-up.form", form), "ana").deployment()
                .getDeployedProcessDefinitions().get(0).getVersion();
        assertThat(to).isGreaterThan(from);
    }

    @Test
    void aMigratedCaseContinuesOnTheNewVersionAndItsTimelineSaysWhoMovedIt() {
        Map<String, String> proposal = proposal();
        assertThat(proposal).containsEntry("Task_Intake", "Task_Intake").containsEntry("Task_FollowUp", "Task_FollowUp");
        assertThat(migrations.check(KEY, from, to, proposal, List.of(caseNumber)))
                .singleElement().satisfies(check -> assertThat(check.migratable()).isTrue());

        asAna(() -> migrations.migrate(KEY, from, to, proposal, List.of(caseNumber)));

        assertThat(versionOf(caseNumber)).isEqualTo(to);
        List<TimelineEntry> entries = timeline.of(caseRepository.findByCaseNumber(caseNumber).orElseThrow());
        assertThat(entries).filteredOn(entry -> entry.getKind() == TimelineKind.PROCESS_MIGRATED).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.getActor()).isEqualTo("ana");
                    assertThat(entry.getSummary()).contains("version " + from).contains("version " + to);
                });
        assertThat(jdbc.queryForObject("select count(*) from audit_event where case_number = ? and actor = 'ana'"
                + " and action = 'CHANGE_RECORD' and resource like 'process migration%'", Integer.class, caseNumber))
                .isEqualTo(1);
        cases.completeIntake("cora", caseNumber);
        cases.complete("cora", caseNumber, CaseLifecycleProcess.TASK_ASSESSMENT, FormAnswers.assessment());
        assertThat(cases.tasks(caseNumber, CaseLifecycleProcess.TASK_PLAN_SERVICES)).singleElement()
                .satisfies(task -> assertThat(task.getProcessDefinitionId()).isEqualTo(definitionId(to)));
    }

    @Test
    void aCaseWaitingInAnUnmappedActivityIsReportedAndNothingMoves() {
        Map<String, String> mapping = new LinkedHashMap<>(proposal());
        mapping.put("Task_Intake", null);

        assertThat(migrations.check(KEY, from, to, mapping, List.of(caseNumber))).singleElement()
                .satisfies(check -> {
                    assertThat(check.migratable()).isFalse();
                    assertThat(check.reasons()).anySatisfy(reason -> assertThat(reason).startsWith("Task_Intake"));
                });
        assertThat(versionOf(caseNumber)).isEqualTo(from);

        assertThatThrownBy(() -> asAna(() -> migrations.migrate(KEY, from, to, mapping, List.of(caseNumber))))
                .isInstanceOf(MigrationRejectedException.class);
        assertThat(versionOf(caseNumber)).isEqualTo(from);
    }

    @Test
    void theMigrationPageShowsCaseNumbersAndChecksThem() throws Exception {
        var ana = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user("ana").authorities(() -> "GROUP_analysts");
        var page = Jsoup.parse(mvc.perform(get("/processes/" + KEY + "/migration").param("from", "" + from)
                .param("to", "" + to).with(ana)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.select("#running-cases label").eachText()).contains(caseNumber);
        assertThat(page.select("#map-Task_Intake option[selected]").attr("value")).isEqualTo("Task_Intake");

        var checked = Jsoup.parse(mvc.perform(post("/processes/" + KEY + "/migration").param("from", "" + from)
                .param("to", "" + to).param("cases", caseNumber).param("action", "check")
                .param("map.Task_Intake", "").param("map.SubProcess_CaseWork", "SubProcess_CaseWork")
                .with(ana).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(checked.select("#migration-check tbody tr").text()).contains(caseNumber).contains("No");
        assertThat(versionOf(caseNumber)).isEqualTo(from);

        mvc.perform(get("/processes/" + KEY + "/migration").param("from", "" + from).param("to", "" + to)
                .with(Users.cora())).andExpect(status().isForbidden());
    }

    private Map<String, String> proposal() {
        Map<String, String> mapping = new LinkedHashMap<>();
        migrations.proposal(KEY, from, to).forEach(m -> mapping.put(m.sourceId(), m.targetId()));
        return mapping;
    }

    private void asAna(Runnable work) {
        RunAs.user("ana", List.of("analysts"), () -> {
            work.run();
            return null;
        });
    }

    private int versionOf(String caseNumber) {
        String definitionId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .singleResult().getProcessDefinitionId();
        return repositoryService.getProcessDefinition(definitionId).getVersion();
    }

    private String definitionId(int version) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY)
                .processDefinitionVersion(version).singleResult().getId();
    }
}
