package org.casecoordination.processes.deployment;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.casecoordination.processes.guard.DiagramCode;
import org.w3c.dom.Document;

/** The checks on a DMN file: it parses, every decision keeps history for a while and has a meaningful id. */
final class DecisionRules {

    private static final DmnEngine DMN_ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
            .buildEngine();

    /** @return the ids of the file's decisions, for business rule tasks to refer to */
    static Set<String> check(String file, byte[] content, List<ProcessProblem> problems) {
        DmnModelInstance model;
        try {
            model = Dmn.readModelFromStream(new ByteArrayInputStream(content));
            DMN_ENGINE.parseDecisionRequirementsGraph(model);
        } catch (RuntimeException e) {
            problems.add(ProcessProblem.error(file, null, "the decision file does not parse: " + rootMessage(e))
                    .said("processProblem.decisionUnreadable", rootMessage(e)));
            return Set.of();
        }
        Document document = (Document) model.getDocument().getDomSource().getNode();
        DiagramCode.of(document).refusals().forEach(refused -> problems.add(ProcessProblem.refused(file, refused)));
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            if (decision.getCamundaHistoryTimeToLiveString() == null) {
                problems.add(ProcessProblem.error(file, decision.getId(), "the decision has no History Time To Live;"
                        + " set one in Camunda Modeler (the engine refuses to deploy it otherwise)")
                        .said("processProblem.decisionHistory"));
            }
            if (DiagramRules.isGeneratedId(decision.getId())) {
                problems.add(ProcessProblem.error(file, decision.getId(), DiagramRules.GENERATED_ID)
                        .said("processProblem.generatedId"));
            }
        }
        return model.getModelElementsByType(Decision.class).stream().map(Decision::getId)
                .collect(Collectors.toSet());
    }

    static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? e.getMessage() : cause.getMessage();
    }

    private DecisionRules() {
    }
}
