package org.casecoordination.processes.deployment;

import java.util.Locale;
import org.casecoordination.system.Languages;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.casecoordination.forms.FormComponent;
import org.casecoordination.forms.FormDefinition;
import org.casecoordination.forms.FormSchemaParser;
import org.casecoordination.forms.InvalidFormException;
import org.casecoordination.processes.DocumentTemplateRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Checks processes/ and forms/ (with the diagrams' and forms' translations) before anything is deployed: at start-up, at every
 * redeploy and in a test over the repository's files. Errors stop the deployment; warnings are shown and logged. Each finding names the
 * file, the element and what to change, because the reader is an analyst in Camunda Modeler, not a developer.
 */
@Component
public class ProcessResourceValidator {

    private final Predicate<String> beanExists;
    private final TranslationRules translationRules;
    private final DiagramTranslationRules diagramTranslationRules;
    private final FormSchemaParser formParser = new FormSchemaParser();
    private List<DocumentTemplateRules> templateRules = List.of();

    /**
     * Expressions run against the Spring context: a name that is no variable must be one of its beans. Every form
     * has words, and every diagram names, in each of case-coordination.languages (the first being their own).
     */
    @Autowired
    public ProcessResourceValidator(ApplicationContext context, Languages languages) {
        this(context::containsBean, languages.supported().stream().map(Locale::getLanguage).toList());
        this.templateRules = context.getBeanProvider(DocumentTemplateRules.class).orderedStream().toList();
    }

    /** Translation files are checked, but a form needs none. */
    ProcessResourceValidator(Predicate<String> beanExists) {
        this(beanExists, List.of("en"));
    }

    ProcessResourceValidator(Predicate<String> beanExists, List<String> languages) {
        this.beanExists = beanExists;
        this.translationRules = new TranslationRules(languages);
        this.diagramTranslationRules = new DiagramTranslationRules(languages);
    }

    public List<ProcessProblem> validate(ProcessResources resources) {
        List<ProcessProblem> problems = new ArrayList<>();
        Map<String, String> fileOfForm = new HashMap<>();
        Map<String, FormDefinition> forms = readForms(resources, fileOfForm, problems);
        translationRules.check(resources, forms, fileOfForm, problems);
        Map<String, ReadDiagrams.Read> diagrams = ReadDiagrams.of(resources);
        diagramTranslationRules.check(resources, diagrams, problems);
        Set<String> decisions = new HashSet<>();
        resources.files().forEach((name, content) -> {
            if (name.endsWith(".dmn")) {
                decisions.addAll(DecisionRules.check(name, content, problems));
            }
        });
        Set<String> formKeys = new HashSet<>();
        forms.values().forEach(form -> form.fields().stream().map(FormComponent::key).forEach(formKeys::add));
        DiagramRules diagramRules = new DiagramRules(forms.keySet(), formKeys, decisions, beanExists);
        diagrams.forEach((name, diagram) -> diagramRules.check(name, diagram, problems));
        checkDocumentTemplates(resources, problems);
        return problems;
    }

    /** documents/*.html: what a template may name is known to the module that fills it. */
    private void checkDocumentTemplates(ProcessResources resources, List<ProcessProblem> problems) {
        resources.files().forEach((name, content) -> {
            if (name.startsWith("documents/")) {
                templateRules.forEach(rules -> rules.check(name, content).forEach(problem -> problems.add(
                        ProcessProblem.error(problem.file(), problem.field(), problem.problem()))));
            }
        });
    }

    public static List<ProcessProblem> errors(List<ProcessProblem> problems) {
        return problems.stream().filter(problem -> !problem.warning()).toList();
    }

    private Map<String, FormDefinition> readForms(ProcessResources resources, Map<String, String> fileOfForm,
            List<ProcessProblem> problems) {
        Map<String, FormDefinition> forms = new HashMap<>();
        resources.files().forEach((name, content) -> {
            if (!name.endsWith(".form")) {
                return;
            }
            try {
                FormDefinition form = formParser.parse(new ByteArrayInputStream(content), name);
                String other = fileOfForm.putIfAbsent(form.id(), name);
                if (other != null) {
                    problems.add(ProcessProblem.error(name, form.id(), "this form id is also used by " + other
                            + "; give each form its own id (Form Editor: Id)").said("processProblem.formIdTaken", other));
                }
                forms.put(form.id(), form);
            } catch (InvalidFormException e) {
                String problem = e.getMessage().startsWith(name + ": ")
                        ? e.getMessage().substring(name.length() + 2) : e.getMessage();
                problems.add(ProcessProblem.error(name, null, "the form " + problem
                        + " (Camunda 7.24 Tasklist renders form-js 1.8, schema version 16)")
                        .said("processProblem.formInvalid", problem));
            }
        });
        return forms;
    }
}
