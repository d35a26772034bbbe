package org.casecoordination.tasklist;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.casecoordination.forms.FieldError;
import org.casecoordination.forms.FormConditions;
import org.casecoordination.forms.FormDefinition;
import org.casecoordination.forms.FormValidator;
import org.casecoordination.forms.FormValues;
import org.casecoordination.processes.DeployedForms;
import org.casecoordination.system.ErrorWords;
import org.casecoordination.system.TransactionMemo;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one validation every completion goes through, whichever door it came in by (pages, JSON API, engine REST,
 * Tasklist, Java API): the task's deployed Camunda Form, then the task's own rules.
 */
@Component
public class TaskFormCheck {

    private final DeployedForms deployedForms;
    private final FormValidator validator = new FormValidator();
    private final Map<String, CompletionRules> rulesByTask;
    /** Completions checked by {@link TaskActions}, which completes the task with exactly the checked values. */
    private final TransactionMemo<String, Result> checkedCompletions = new TransactionMemo<>();

    private final ErrorWords words;

    public TaskFormCheck(DeployedForms deployedForms, List<CompletionRules> rules, ErrorWords words) {
        this.words = words;
        this.deployedForms = deployedForms;
        this.rulesByTask = rules.stream()
                .collect(Collectors.toMap(CompletionRules::taskDefinitionKey, Function.identity()));
    }

    public record Result(FormDefinition form, Map<String, Object> values, List<FieldError> errors) {
        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    public Optional<FormDefinition> formOf(String processDefinitionId, String taskDefinitionKey) {
        return deployedForms.forTask(processDefinitionId, taskDefinitionKey);
    }

    /** The form in the reader's language, for a page; checks and records keep the form's own words. */
    public FormDefinition forReader(String processDefinitionId, FormDefinition form) {
        return deployedForms.inLanguage(processDefinitionId, form, LocaleContextHolder.getLocale());
    }

    /**
     * Values as they come from JSON, the engine or REST (Spin JSON, typed values, strings for numbers...). A
     * variable the form does not have is refused: it would slip past validation into the engine.
     */
    public Result checkSubmitted(String processDefinitionId, String taskDefinitionKey, Map<String, ?> submitted) {
        FormDefinition form = formOf(processDefinitionId, taskDefinitionKey).orElse(null);
        List<FieldError> unknown = submitted.keySet().stream()
                .filter(key -> form == null || form.field(key).isEmpty())
                .sorted()
                .map(key -> new FieldError(key, words.text("taskForm.error.unknownField", key)))
                .toList();
        Map<String, Object> values = form == null ? Map.of() : FormValues.normalize(form, submitted);
        Result result = check(form, taskDefinitionKey, values);
        if (unknown.isEmpty()) {
            return result;
        }
        List<FieldError> errors = new ArrayList<>(unknown);
        errors.addAll(result.errors());
        return new Result(form, result.values(), List.copyOf(errors));
    }

    /**
     * Values already converted for the form, e.g. by {@link FormValues#fromRequestParameters}. The accepted values
     * leave out fields that are hidden by their condition or disabled, as form-js would not submit them.
     */
    public Result check(FormDefinition form, String taskDefinitionKey, Map<String, Object> submitted) {
        Map<String, Object> values = form == null ? Map.of() : submittedFields(form, submitted);
        List<FieldError> errors = new ArrayList<>(form == null ? List.of() : validator.validate(form, submitted));
        CompletionRules rules = rulesByTask.get(taskDefinitionKey);
        if (rules != null) {
            Set<String> alreadyWrong = new HashSet<>();
            errors.forEach(e -> alreadyWrong.add(e.field()));
            rules.check(values).stream().filter(e -> !alreadyWrong.contains(e.field())).forEach(errors::add);
        }
        return new Result(form, values, List.copyOf(errors));
    }

    private static Map<String, Object> submittedFields(FormDefinition form, Map<String, Object> submitted) {
        Map<String, Object> values = new LinkedHashMap<>();
        FormConditions.visibleFields(form, submitted).stream()
                .filter(field -> !field.disabled() && submitted.containsKey(field.key()))
                .forEach(field -> values.put(field.key(), submitted.get(field.key())));
        return values;
    }

    /** {@link TaskActions} checked these values and completes the task with them in this transaction. */
    void checkedForCompletion(String taskId, Result check) {
        checkedCompletions.put(taskId, check);
    }

    /**
     * The check of a task being completed: the one {@link TaskActions} made a moment ago in the same transaction,
     * or else {@code check} (Tasklist, engine REST, the Java API).
     */
    Result completionCheck(String taskId, Supplier<Result> check) {
        return checkedCompletions.get(taskId, id -> check.get());
    }

    public Optional<CompletionRules> rulesFor(String taskDefinitionKey) {
        return Optional.ofNullable(rulesByTask.get(taskDefinitionKey));
    }
}
