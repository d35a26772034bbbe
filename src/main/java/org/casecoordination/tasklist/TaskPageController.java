package org.casecoordination.tasklist;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casecoordination.system.Dates;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.processes.ActivityNames;
import org.casecoordination.casefile.CaseFile;
import org.casecoordination.casefile.CaseConflictException;
import org.casecoordination.casefile.CaseFileService;
import org.casecoordination.forms.FieldError;
import org.casecoordination.forms.FormDefinition;
import org.casecoordination.forms.FormValues;
import org.casecoordination.processes.CaseLifecycleProcess.Variables;
import org.casecoordination.system.Words;
import org.casecoordination.tasklist.draft.DraftTooLargeException;
import org.casecoordination.tasklist.draft.TaskDrafts;
import org.casecoordination.tasklist.prefill.EarlierAnswer;
import org.casecoordination.tasklist.prefill.EarlierAnswers;
import org.casecoordination.tasklist.prefill.PrefillHints;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One task: its case beside its form; claim, give back, complete. */
@Controller
class TaskPageController {

    static final String VIEW = "tasks/task";
    private static final String REFUSED_VALUES = "refusedValues";
    private static final String FIELD_ERRORS = "fieldErrors";

    private final TaskActions actions;
    private final TaskFormCheck formCheck;
    private final TaskService taskService;
    private final CaseFileService caseFiles;
    private final List<TaskPanel> panels;
    private final TaskDrafts drafts;
    private final NextTaskOffer nextTasks;
    private final ZoneId zone;
    private final Words words;
    private final ActivityNames activityNames;
    private final EarlierAnswers earlierAnswers;
    private final PrefillHints prefillHints;

    TaskPageController(TaskActions actions, TaskFormCheck formCheck, TaskService taskService,
            CaseFileService caseFiles, List<TaskPanel> panels, TaskDrafts drafts, NextTaskOffer nextTasks,
            Dates dates, Words words, ActivityNames activityNames, EarlierAnswers earlierAnswers, PrefillHints prefillHints) {
        this.earlierAnswers = earlierAnswers;
        this.prefillHints = prefillHints;
        this.activityNames = activityNames;
        this.words = words;
        this.drafts = drafts;
        this.nextTasks = nextTasks;
        this.zone = dates.zone();
        this.actions = actions;
        this.formCheck = formCheck;
        this.taskService = taskService;
        this.caseFiles = caseFiles;
        this.panels = List.copyOf(panels);
    }

    /**
     * The task's own address, also after a refused completion (post, redirect, get: a reload shows the form again
     * instead of "Method Not Allowed"). What the form shows: the values just refused with their errors, else the
     * person's draft with a note that it was restored, else what earlier steps recorded and the process already
     * knows, each earlier answer with a note where it comes from.
     */
    @GetMapping("/tasks/{taskId}")
    String show(@PathVariable String taskId, Model model) {
        Task task = actions.find(taskId);
        FormDefinition form = formOf(task);
        if (model.getAttribute(REFUSED_VALUES) instanceof Map<?, ?> refused
                && model.getAttribute(FIELD_ERRORS) instanceof Map<?, ?> errors) {
            return render(task, form, form == null ? Map.of()
                    : FormValues.fromRequestParameters(form, parameters(refused)), stringMap(errors), model);
        }
        Optional<TaskDrafts.Draft> draft = form == null ? Optional.empty() : drafts.mine(taskId);
        if (draft.isPresent()) {
            model.addAttribute("restoredAt", LocalDateTime.ofInstant(draft.get().savedAt(), zone));
            model.addAttribute("restoredToday", LocalDate.ofInstant(draft.get().savedAt(), zone)
                    .equals(LocalDate.now(zone)));
            return render(task, form, FormValues.fromRequestParameters(form, draft.get().asParameters()), Map.of(),
                    model);
        }
        return render(task, form, null, Map.of(), model);
    }

    @PostMapping("/tasks/{taskId}/draft/discard")
    String discardDraft(@PathVariable String taskId, RedirectAttributes redirect) {
        actions.find(taskId);
        drafts.discard(taskId);
        redirect.addFlashAttribute("message", words.text("taskPage.draftDiscarded"));
        return "redirect:/tasks/" + taskId;
    }

    @PostMapping("/tasks/{taskId}/claim")
    String claim(@PathVariable String taskId, RedirectAttributes redirect) {
        actions.claim(taskId);
        redirect.addFlashAttribute("message", words.text("taskPage.claimed"));
        return "redirect:/tasks/" + taskId;
    }

    @PostMapping("/tasks/{taskId}/unclaim")
    String unclaim(@PathVariable String taskId, RedirectAttributes redirect) {
        actions.unclaim(taskId);
        redirect.addFlashAttribute("message", words.text("taskPage.givenBack"));
        return "redirect:/tasks?view=team";
    }

    @PostMapping("/tasks/{taskId}/complete")
    String complete(@PathVariable String taskId, HttpServletRequest request, RedirectAttributes redirect) {
        Map<String, String[]> parameters = request.getParameterMap();
        TaskActions.Completed completed;
        try {
            completed = actions.completeFromForm(taskId, parameters);
        } catch (TaskValidationException e) {
            // back to the task's own address with the errors and values; the draft keeps them past a reload
            try {
                drafts.saveParameters(taskId, parameters);
            } catch (DraftTooLargeException tooLong) {
                // the page shows the values once more from the flash; only a reload would lose them
            }
            LinkedHashMap<String, String> errors = new LinkedHashMap<>();
            for (FieldError error : e.errors()) {
                errors.putIfAbsent(error.field() == null ? "" : error.field(), error.message());
            }
            LinkedHashMap<String, ArrayList<String>> refused = new LinkedHashMap<>();
            parameters.forEach((name, values) -> {
                if (!"_csrf".equals(name)) {
                    refused.put(name, new ArrayList<>(List.of(values)));
                }
            });
            redirect.addFlashAttribute(REFUSED_VALUES, refused);
            redirect.addFlashAttribute(FIELD_ERRORS, errors);
            redirect.addFlashAttribute("error", words.text("taskPage.correctFields"));
            return "redirect:/tasks/" + taskId;
        }
        redirect.addFlashAttribute("message", words.text("taskPage.completed", activityNames.of(completed.task())));
        nextTasks.after(taskId, completed.caseNumber())
                .ifPresentOrElse(next -> redirect.addFlashAttribute("nextTask", next),
                        () -> redirect.addFlashAttribute("noNextTask", true));
        return "redirect:/cases/" + completed.caseNumber();
    }

    private static Map<String, String[]> parameters(Map<?, ?> refused) {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        refused.forEach((name, values) -> parameters.put(String.valueOf(name),
                ((List<?>) values).stream().map(String::valueOf).toArray(String[]::new)));
        return parameters;
    }

    private static Map<String, String> stringMap(Map<?, ?> errors) {
        Map<String, String> copy = new LinkedHashMap<>();
        errors.forEach((field, message) -> copy.put(String.valueOf(field), String.valueOf(message)));
        return copy;
    }

    /** {@code values} null: the form opens prefilled, once the case is opened (and its access checked). */
    private String render(Task task, FormDefinition form, Map<String, Object> values, Map<String, String> errors,
            Model model) {
        String caseNumber = caseNumberOf(task);
        CaseFile caseFile = caseFiles.open(caseNumber);
        if (values == null) {
            Map<String, EarlierAnswer> answers = earlierAnswers.of(caseFile.careCase(), form,
                    name -> taskService.getVariable(task.getId(), name));
            model.addAttribute("prefillHints", prefillHints.of(answers));
            values = prefilled(task, form, answers);
        }
        model.addAttribute("task", task);
        model.addAttribute("canCover", actions.canCover(task));
        model.addAttribute("form", formCheck.forReader(task.getProcessDefinitionId(), form));
        model.addAttribute("values", FormValues.withOptionLists(form, values,
                name -> taskService.getVariable(task.getId(), name)));
        model.addAttribute("errors", errors);
        model.addAttribute("serviceType", taskService.getVariable(task.getId(), Variables.SERVICE_TYPE));
        model.addAttribute("caseFile", caseFile);
        // the assessment gets its instruments, the service plan the suggestions from them (null for other tasks)
        panels.forEach(panel -> panel.addTo(task, caseFile, model));
        return VIEW;
    }

    /**
     * What the form declares as earlier answers (an empty one leaves its field empty), else contract values the
     * process already knows (a closure reason chosen earlier), else the form's defaults.
     */
    private Map<String, Object> prefilled(Task task, FormDefinition form, Map<String, EarlierAnswer> answers) {
        Map<String, Object> values = new HashMap<>();
        if (form == null) {
            return values;
        }
        form.fields().forEach(field -> {
            if (answers.containsKey(field.key())) {
                values.put(field.key(), answers.get(field.key()).value());
            } else if (Variables.isContract(field.key())) {
                Object known = taskService.getVariable(task.getId(), field.key());
                if (known != null) {
                    values.put(field.key(), known);
                }
            }
            if (!values.containsKey(field.key()) && field.defaultValue() != null) {
                values.put(field.key(), field.defaultValue());
            }
        });
        return FormValues.normalize(form, values);
    }

    private FormDefinition formOf(Task task) {
        return formCheck.formOf(task.getProcessDefinitionId(), task.getTaskDefinitionKey()).orElse(null);
    }

    private String caseNumberOf(Task task) {
        Object caseNumber = taskService.getVariable(task.getId(), Variables.CASE_NUMBER);
        if (caseNumber == null) {
            throw new CaseConflictException("This task does not belong to a case.", "errors.taskWithoutCase");
        }
        return caseNumber.toString();
    }
}
