package org.casecoordination.processes.deployment;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.casecoordination.processes.DiagramTranslation;
import org.casecoordination.processes.DiagramTranslation.InvalidDiagramTranslation;
import org.casecoordination.processes.UserTaskDescriptions;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The names files of a deployment ({@code processes/<diagram>.<language>.json}) against its diagrams: each names
 * a diagram of the same deployment, only elements it has, and gives a name to the process and every named activity
 * (user tasks above all: their names are on every task list); and every diagram has a names file for each
 * configured language but the first, the diagrams' own. A user task with documentation (its description on the task
 * page) needs a description too. Problems name the diagram file, the element (English name and id) and the
 * language.
 */
final class DiagramTranslationRules {

    private final List<String> languages;

    /** @param languages the configured languages, the diagrams' own first ({@code en, es}) */
    DiagramTranslationRules(List<String> languages) {
        this.languages = List.copyOf(languages);
    }

    /** @param diagrams the resources' diagrams, read (one that does not parse: DiagramRules says so) */
    void check(ProcessResources resources, Map<String, ReadDiagrams.Read> diagrams, List<ProcessProblem> problems) {
        Map<String, Map<String, String>> namesOfDiagram = new LinkedHashMap<>();
        Map<String, Map<String, String>> descriptionsOfDiagram = new LinkedHashMap<>();
        diagrams.forEach((name, diagram) -> {
            if (name.startsWith("processes/")) {
                BpmnModelInstance model = diagram.model();
                if (model != null) {
                    namesOfDiagram.put(name, namesOf(model));
                    descriptionsOfDiagram.put(name, UserTaskDescriptions.of(model));
                }
            }
        });
        Set<String> translated = new HashSet<>();
        resources.files().forEach((name, content) -> {
            if (!name.startsWith("processes/") || !name.endsWith(".json")) {
                return;
            }
            DiagramTranslation.FileName fileName = DiagramTranslation.FileName.of(name);
            if (fileName == null) {
                problems.add(ProcessProblem.error(name, null, "a names file is called <diagram>.<language>.json,"
                        + " such as case-lifecycle.es.json").said("processProblem.namesFileName"));
                return;
            }
            // a broken file is one problem, not also a missing one
            translated.add("processes/" + fileName.diagram() + ".bpmn." + fileName.language());
            check(resources, name, fileName, content, namesOfDiagram, descriptionsOfDiagram, problems);
        });
        namesOfDiagram.keySet().forEach(diagram -> languages.stream().skip(1)
                .filter(language -> !translated.contains(diagram + "." + language))
                .forEach(language -> {
                    String file = new DiagramTranslation.FileName(baseName(diagram), language).resourceName();
                    problems.add(ProcessProblem.error(diagram, null, "the diagram has no " + english(language)
                            + " names: add " + file + " beside it (see docs/analysts.md, Diagrams in other"
                            + " languages)").said("processProblem.namesMissingFile", language(language), file));
                }));
    }

    private void check(ProcessResources resources, String name, DiagramTranslation.FileName fileName,
            byte[] content, Map<String, Map<String, String>> namesOfDiagram,
            Map<String, Map<String, String>> descriptionsOfDiagram, List<ProcessProblem> problems) {
        DiagramTranslation translation;
        try {
            translation = DiagramTranslation.parse(content, name);
        } catch (InvalidDiagramTranslation e) {
            problems.add(ProcessProblem.error(name, null, "the names file " + e.problem())
                    .said("processProblem.namesInvalid", e.problem()));
            return;
        }
        if (!translation.diagram().equals(fileName.diagram())
                || !translation.language().equals(fileName.language())) {
            String expected = new DiagramTranslation.FileName(translation.diagram(), translation.language())
                    .resourceName();
            problems.add(ProcessProblem.error(name, null, "the file says it names diagram “" + translation.diagram()
                    + "” in " + english(translation.language()) + "; its name must be " + expected)
                    .said("processProblem.namesWrongFile", translation.diagram(), language(translation.language()),
                            expected));
            return;
        }
        String diagram = "processes/" + translation.diagram() + ".bpmn";
        Map<String, String> english = namesOfDiagram.get(diagram);
        if (english == null && resources.files().containsKey(diagram)) {
            return; // the diagram does not parse: DiagramRules says so
        }
        if (english == null) {
            problems.add(ProcessProblem.error(name, null, "the names are for " + diagram + ", which is not deployed"
                    + " with them; deploy the diagram together with its names")
                    .said("processProblem.namesNoDiagram", diagram));
            return;
        }
        translation.names().keySet().stream().filter(id -> !english.containsKey(id)).sorted()
                .forEach(id -> problems.add(ProcessProblem.error(name, id, "the " + english(translation.language())
                        + " names include an element that " + diagram + " does not have; use the element's id as"
                        + " Camunda Modeler shows it").said("processProblem.namesUnknownId",
                                language(translation.language()), diagram)));
        english.forEach((id, own) -> {
            String translated = translation.names().get(id);
            if (own == null) {
                return; // an element that needs no name: an event, a gateway
            }
            if (translated == null) {
                problems.add(ProcessProblem.error(diagram, id, "“" + own + "” (" + id + ") has no "
                        + english(translation.language()) + " name; add it to " + name)
                        .said("processProblem.namesMissing", own, id, language(translation.language()), name));
            } else if (!DiagramTranslation.expressions(own).equals(DiagramTranslation.expressions(translated))) {
                problems.add(ProcessProblem.error(name, id, "the " + english(translation.language()) + " name “"
                        + translated + "” must fill in the same values as “" + own + "”")
                        .said("processProblem.namesExpressions", language(translation.language()), translated,
                                own));
            }
        });
        checkDescriptions(name, diagram, translation, english, descriptionsOfDiagram.get(diagram), problems);
    }

    /** Every documented user task has a description in the file, and the file describes only those. */
    private static void checkDescriptions(String name, String diagram, DiagramTranslation translation,
            Map<String, String> names, Map<String, String> documented, List<ProcessProblem> problems) {
        String language = english(translation.language());
        translation.descriptions().keySet().stream().filter(id -> !documented.containsKey(id)).sorted()
                .forEach(id -> problems.add(ProcessProblem.error(name, id, "the " + language + " descriptions"
                        + " include an element that is no user task with documentation in " + diagram)
                        .said("processProblem.descriptionsUnknownId", language(translation.language()), diagram)));
        documented.keySet().stream().filter(id -> !translation.descriptions().containsKey(id))
                .forEach(id -> {
                    String own = names.get(id) == null ? id : names.get(id);
                    problems.add(ProcessProblem.error(diagram, id, "“" + own + "” (" + id + ") has no " + language
                            + " description; add its documentation's words under \"descriptions\" in " + name)
                            .said("processProblem.descriptionsMissing", own, id, language(translation.language()),
                                    name));
                });
    }

    /**
     * Every id of the diagram, with the English name of those that need one in each language (the processes and
     * named activities) and null for the rest.
     */
    private static Map<String, String> namesOf(BpmnModelInstance model) {
        Map<String, String> names = new LinkedHashMap<>();
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            if (element.getId() == null) {
                continue;
            }
            String name = element instanceof Process process ? process.getName()
                    : element instanceof Activity activity ? activity.getName() : null;
            names.put(element.getId(), name == null || name.isBlank() ? null : name.strip());
        }
        return names;
    }

    private static String baseName(String diagram) {
        String name = diagram.substring(diagram.lastIndexOf('/') + 1);
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static String english(String code) {
        return TranslationRules.language(code);
    }

    /** The language's name in the reader's language (management.properties), English when it has none there. */
    private static DefaultMessageSourceResolvable language(String code) {
        return new DefaultMessageSourceResolvable(new String[] {"processProblem.language." + code}, english(code));
    }
}
