package org.casecoordination.processes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.casecoordination.forms.FormDefinition;
import org.casecoordination.forms.FormSchemaParser;
import org.casecoordination.forms.FormTranslation;
import org.casecoordination.security.AsApplication;
import org.springframework.stereotype.Component;

/**
 * The Camunda Form of a user task, as deployed together with the task's process version (formRefBinding
 * "deployment"), with its words in other languages deployed beside it. Forms are parsed once per deployment:
 * deployments never change.
 */
@Component
public class DeployedForms {

    private final RepositoryService repositoryService;
    private final AsApplication asApplication;
    private final FormSchemaParser parser = new FormSchemaParser();
    private final Map<String, Forms> formsByDeployment = new ConcurrentHashMap<>();
    private final Map<String, String> deploymentByProcessDefinition = new ConcurrentHashMap<>();

    public DeployedForms(RepositoryService repositoryService, AsApplication asApplication) {
        this.repositoryService = repositoryService;
        this.asApplication = asApplication;
    }

    /**
     * The form of a user task, or empty when the task has no Camunda Form. Read as the application: a
     * coordinator completing a task through Tasklist may not read deployments, but their form must be checked.
     */
    public Optional<FormDefinition> forTask(String processDefinitionId, String taskDefinitionKey) {
        return asApplication.run(() -> formIdOf(processDefinitionId, taskDefinitionKey)
                .flatMap(formId -> Optional.ofNullable(formsOf(deploymentOf(processDefinitionId)).forms()
                        .get(formId))));
    }

    /**
     * A form deployed with this process version, by its id: also the forms no task references, such as the
     * assessment instruments' (forms/instrument-*.form), so a case sees the wording of its own deployment.
     */
    public Optional<FormDefinition> byId(String processDefinitionId, String formId) {
        return asApplication.run(() -> Optional.ofNullable(formsOf(deploymentOf(processDefinitionId)).forms()
                .get(formId)));
    }

    /**
     * The words of a form in a language, deployed with it (forms/&lt;form id&gt;.&lt;language&gt;.json); empty for
     * the forms' own language and for a language the deployment has no words in.
     */
    public Optional<FormTranslation> translation(String processDefinitionId, String formId, Locale locale) {
        return asApplication.run(() -> Optional.ofNullable(formsOf(deploymentOf(processDefinitionId))
                .translations().getOrDefault(formId, Map.of()).get(locale.getLanguage())));
    }

    /** The form as a reader of this language sees it in the application (Tasklist keeps the form's own words). */
    public FormDefinition inLanguage(String processDefinitionId, FormDefinition form, Locale locale) {
        return form == null ? null : translation(processDefinitionId, form.id(), locale)
                .map(words -> words.applyTo(form)).orElse(form);
    }

    private Optional<String> formIdOf(String processDefinitionId, String taskDefinitionKey) {
        UserTask task = repositoryService.getBpmnModelInstance(processDefinitionId)
                .getModelElementById(taskDefinitionKey);
        return task == null ? Optional.empty() : Optional.ofNullable(task.getCamundaFormRef());
    }


    private String deploymentOf(String processDefinitionId) {
        return deploymentByProcessDefinition.computeIfAbsent(processDefinitionId, id -> {
            ProcessDefinition definition = repositoryService.getProcessDefinition(id);
            return definition.getDeploymentId();
        });
    }

    private Forms formsOf(String deploymentId) {
        return formsByDeployment.computeIfAbsent(deploymentId, this::loadForms);
    }

    /** @param translations form id to language to words */
    private record Forms(Map<String, FormDefinition> forms, Map<String, Map<String, FormTranslation>> translations) {
    }

    private Forms loadForms(String deploymentId) {
        Map<String, FormDefinition> forms = new HashMap<>();
        Map<String, Map<String, FormTranslation>> translations = new HashMap<>();
        for (String name : repositoryService.getDeploymentResourceNames(deploymentId)) {
            boolean translation = name.startsWith("forms/") && FormTranslation.FileName.of(name) != null;
            if (!name.endsWith(".form") && !translation) {
                continue;
            }
            try (InputStream in = repositoryService.getResourceAsStream(deploymentId, name)) {
                if (translation) {
                    FormTranslation words = FormTranslation.parse(in.readAllBytes(), name);
                    translations.computeIfAbsent(words.form(), id -> new HashMap<>()).put(words.language(), words);
                } else {
                    FormDefinition form = parser.parse(in, name);
                    forms.put(form.id(), form);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Forms(forms, translations);
    }
}
