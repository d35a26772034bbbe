package org.casecoordination.processes.waiting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.casecoordination.processes.ActivityNames;
import org.casecoordination.security.AsApplication;
import org.casecoordination.system.Words;
import org.springframework.stereotype.Component;

/**
 * Where the cases of one process version wait: each step of its diagram (activities and events; gateways take no
 * time) with its de-identified figures, named in the reader's language. Covers what the engine's history still
 * holds: a closed case's history is removed after the process's time to live, so its visits leave the figures then.
 */
@Component
public class WaitingSteps {

    private final RepositoryService repositoryService;
    private final StepFigures figures;
    private final ActivityNames names;
    private final DurationWords durations;
    private final Words words;
    private final AsApplication asApplication;

    WaitingSteps(RepositoryService repositoryService, StepFigures figures, ActivityNames names,
            DurationWords durations, Words words, AsApplication asApplication) {
        this.repositoryService = repositoryService;
        this.figures = figures;
        this.names = names;
        this.durations = durations;
        this.words = words;
        this.asApplication = asApplication;
    }

    /** A process version and its steps in the diagram's order. */
    public record Version(String key, String name, int version, String xml, List<Step> steps) {

        /** The steps by time nine in ten visits stayed within, slowest first; steps whose times are hidden last. */
        public List<Step> slowest() {
            return steps.stream().sorted(Comparator.comparing(Step::p90Seconds,
                    Comparator.nullsLast(Comparator.reverseOrder()))).toList();
        }
    }

    /** The process version, or empty when the process has no such version. */
    public Optional<Version> of(String key, int version) {
        return asApplication.run(() -> Optional.ofNullable(repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(key).processDefinitionVersion(version).singleResult()).map(this::read));
    }

    private Version read(ProcessDefinition definition) {
        Map<String, StepFigures.Raw> raw = figures.of(definition.getId()).stream()
                .collect(Collectors.toMap(StepFigures.Raw::activityId, Function.identity()));
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
        List<Step> steps = new ArrayList<>();
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (node instanceof Activity || node instanceof Event) {
                steps.add(step(definition.getId(), node, raw.get(node.getId())));
            }
        }
        return new Version(definition.getKey(), names.processName(definition), definition.getVersion(),
                Diagrams.xml(repositoryService, definition.getId()), List.copyOf(steps));
    }

    private Step step(String definitionId, FlowNode node, StepFigures.Raw raw) {
        long passed = raw == null ? 0 : raw.passed();
        long waiting = raw == null ? 0 : raw.waiting();
        boolean timesShown = Deidentified.timesShown(passed) && raw.medianMillis() != null;
        Long median = timesShown ? seconds(raw.medianMillis()) : null;
        Long p90 = timesShown ? seconds(raw.p90Millis()) : null;
        String hidden = words.text("waiting.time.hidden", Deidentified.SMALLEST_SHOWN);
        return new Step(node.getId(), name(definitionId, node), Deidentified.count(passed), countWords(passed),
                Deidentified.count(waiting), countWords(waiting), median,
                median == null ? hidden : durations.of(Duration.ofSeconds(median)), p90,
                p90 == null ? hidden : durations.of(Duration.ofSeconds(p90)));
    }

    private String countWords(long count) {
        Long shown = Deidentified.count(count);
        return shown == null ? words.text("waiting.count.fewer", Deidentified.SMALLEST_SHOWN)
                : words.text("waiting.count", shown);
    }

    /** The diagram's name in the reader's language; an unnamed element by what it is, never by its id. */
    private String name(String definitionId, FlowNode node) {
        String name = names.name(definitionId, node.getId(), node.getName());
        return name != null && !name.isBlank() ? name
                : words.text("bpmnType." + node.getElementType().getTypeName());
    }

    private static long seconds(double millis) {
        return Math.round(millis / 1000);
    }
}
