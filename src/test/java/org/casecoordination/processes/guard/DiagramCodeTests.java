package org.casecoordination.processes.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The static half of the guard, on the repository's own files and on the attacks of issue 15. */
public class DiagramCodeTests {

    /** processes/case-lifecycle.bpmn with one execution listener added to the process, as an analyst would. */
    public static String lifecycleWithListener(String expression) throws IOException {
        String diagram = Files.readString(Path.of("processes/case-lifecycle.bpmn"));
        String listener = "<camunda:executionListener expression=\"" + expression.replace("\"", "&quot;")
                + "\" event=\"start\" />";
        return withFirstExtension(diagram, listener);
    }

    /** The diagram with this XML in extension elements of the process CaseLifecycle, after its documentation. */
    static String withFirstExtension(String diagram, String xml) {
        int process = diagram.indexOf("<bpmn:process id=\"CaseLifecycle\"");
        int at = diagram.indexOf("</bpmn:documentation>", process) + "</bpmn:documentation>".length();
        return diagram.substring(0, at) + "<bpmn:extensionElements>" + xml + "</bpmn:extensionElements>"
                + diagram.substring(at);
    }

    @Test
    void theRepositorysDiagramsAndDecisionsRunNoCodeBeyondTheList() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            files.filter(file -> file.toString().matches(".*\\.(bpmn|dmn)$")).forEach(file -> {
                try {
                    assertThat(DiagramCode.of(Files.readAllBytes(file)).refusals()).as(file.toString()).isEmpty();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"${caseRepository.count()}", "${''.getClass().forName('java.lang.Runtime')}",
            "${execution.getProcessEngineServices().getRuntimeService()}", "${execution.processEngineServices}",
            "${''.class}", "${slaDueDates.toString()}", "${latestResults.cases}",
            "${execution['processEngineServices']}", "${caseNumber.getBytes()}", "${x[y](1)}",
            "${java:exec('sh')}", "${task.execution.setVariable('owner', 'mallory')}"})
    void eachAttackIsRefusedNamingTheElementAndTheExpression(String attack) throws IOException {
        DiagramCode.Report report = DiagramCode.of(lifecycleWithListener(attack).getBytes(StandardCharsets.UTF_8));
        boolean namesABean = attack.startsWith("${caseRepository");
        if (namesABean) { // a name that is no variable: the validator decides with the application's bean names
            assertThat(report.names().get("CaseLifecycle")).contains("caseRepository");
        } else {
            assertThat(report.refusals()).singleElement().satisfies(refused -> {
                assertThat(refused.elementId()).isEqualTo("CaseLifecycle");
                assertThat(refused.problem()).startsWith(attack + ": ");
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"${slaDueDates.followUp()}", "${execution.processBusinessKey}",
            "${execution.getVariable('owner')}", "${teamSupervisors.of(team)}", "${dateTime().plusDays(2).toDate()}",
            "${servicesNeeded.size() > 0}", "${S(plan).prop('services').elements()}", "${team.startsWith('team-')}",
            "${acuity == 'HIGH' ? 75 : 50}"})
    void whatDiagramsUseIsAllowed(String expression) throws IOException {
        assertThat(DiagramCode.of(lifecycleWithListener(expression).getBytes(StandardCharsets.UTF_8)).refusals())
                .isEmpty();
    }

    @Test
    void javaClassesScriptsAndConnectorsAreRefused() throws IOException {
        String diagram = Files.readString(Path.of("processes/case-lifecycle.bpmn"));
        String withClass = withFirstExtension(diagram, "<camunda:executionListener class=\"org.example.Evil\" event=\"start\" />");
        assertThat(DiagramCode.of(withClass.getBytes(StandardCharsets.UTF_8)).refusals()).extracting(
                DiagramCode.Finding::problem).containsExactly("it names the Java class org.example.Evil; diagrams"
                        + " call only the beans listed for them, by delegate expression");
        String withScript = withFirstExtension(diagram, "<camunda:executionListener event=\"start\"><camunda:script scriptFormat=\"groovy\">"
                + "'id'.execute()</camunda:script></camunda:executionListener>");
        assertThat(DiagramCode.of(withScript.getBytes(StandardCharsets.UTF_8)).refusals())
                .extracting(DiagramCode.Finding::problem).anyMatch(problem -> problem.contains("script"));
    }

    @Test
    void aDecisionInAScriptLanguageIsRefusedAndJuelCellsFollowTheRules() throws IOException {
        String decision = Files.readString(Path.of("processes/closure-approval.dmn"));
        String javascript = decision.replaceFirst("<inputExpression ", "<inputExpression expressionLanguage=\"javascript\" ");
        assertThat(DiagramCode.of(javascript.getBytes(StandardCharsets.UTF_8)).refusals()).singleElement()
                .satisfies(refused -> assertThat(refused.problem()).contains("expression language javascript"));
        String juel = decision.replaceFirst("<inputExpression ([^>]*)>\\s*<text>[^<]*</text>",
                "<inputExpression expressionLanguage=\"juel\" $1><text>execution.getProcessEngineServices()</text>");
        assertThat(DiagramCode.of(juel.getBytes(StandardCharsets.UTF_8)).refusals()).singleElement()
                .satisfies(refused -> assertThat(refused.problem()).contains("getProcessEngineServices"));
    }
}
