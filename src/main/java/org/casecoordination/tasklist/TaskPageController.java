package org.casecoordination.tasklist;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.casefile.CaseFile;
import org.casecoordination.casefile.CaseConflictException;
import org.casecoordination.casefile.CaseFileService;
import org.casecoordination.forms.FieldError;
import org.casecoordination.forms.FormDefinition;
import org.casecoordination.forms.FormValues;
import org.casecoordination.processes.CaseLifecycleProcess.Variables;
import org.springframework.stereotype.Controller;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One task: its case beside its form; claim, give back, complete. */
@Controller
class TaskPageController {

    static final String VIEW = "tasks/task";

    private final TaskActions actions;
    private final TaskFormCheck formCheck;
    private final TaskService taskService;
    private final CaseFileService caseFiles;
    private final List<TaskPanel> panels;

    TaskPageController(TaskActions actions, TaskFormCheck formCheck, TaskService taskService,
            CaseFileService caseFiles, List<TaskPanel> panels) {
        this.actions = actions;
        this.formCheck = formCheck;
        this.taskService = taskService;
        this.caseFiles = caseFiles;
        this.panels = List.copyOf(panels);
    }

    @GetMapping("/tasks/{taskId}")
    String show(@PathVariable String taskId, Model model) {
        Task task = actions.find(taskId);
        FormDefinition form = formOf(task);
        return render(task, form, prefilled(task, form), Map.of(), model);
    }

    @PostMapping("/tasks/{taskId}/claim")
    String claim(@PathVariable String taskId, RedirectAttributes redirect) {
        actions.claim(taskId);
        redirect.addFlashAttribute("message", "The task is yours now.");
        return "redirect:/tasks/" + taskId;
    }

    @PostMapping("/tasks/{taskId}/unclaim")
    String unclaim(@PathVariable String taskId, RedirectAttributes redirect) {
        actions.unclaim(taskId);
        redirect.addFlashAttribute("message", "The task is back in the team queue.");
        return "redirect:/tasks?view=team";
    }

    @PostMapping("/tasks/{taskId}/complete")
    String complete(@PathVariable String taskId, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        Map<String, String[]> parameters = request.getParameterMap();
        TaskActions.Completed completed;
        try {
            completed = actions.completeFromForm(taskId, parameters);
        } catch (TaskValidationException e) {
            Task task = actions.find(taskId); // the form again, with the errors: a page view of its own
            FormDefinition form = formOf(task);
            Map<String, Object> entered = form == null ? Map.of() : FormValues.fromRequestParameters(form, parameters);
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldError error : e.errors()) {
                errors.putIfAbsent(error.field() == null ? "" : error.field(), error.message());
            }
            model.addAttribute("error", "Please correct the fields marked below. Nothing has been saved yet.");
            return render(task, form, entered, errors, model);
        }
        redirect.addFlashAttribute("message", "\u201c" + completed.task().getName() + "\u201d completed.");
        return "redirect:/cases/" + completed.caseNumber();
    }

    /** A task only the team's supervisors may take: the refusal says so, on the page people know for it. */
    @ExceptionHandler(AccessDeniedException.class)
    String refused(AccessDeniedException e, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("problem", e.getMessage());
        model.addAttribute("mayBreakTheGlass", false);
        return "error/403";
    }

    private String render(Task task, FormDefinition form, Map<String, Object> values, Map<String, String> errors,
            Model model) {
        String caseNumber = caseNumberOf(task);
        model.addAttribute("task", task);
        model.addAttribute("canCover", actions.canCover(task));
        model.addAttribute("form", form);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("serviceType", taskService.getVariable(task.getId(), Variables.SERVICE_TYPE));
        CaseFile caseFile = caseFiles.open(caseNumber);
        model.addAttribute("caseFile", caseFile);
        // the assessment gets its instruments, the service plan the suggestions from them (null for other tasks)
        panels.forEach(panel -> panel.addTo(task, caseFile, model));
        return VIEW;
    }

    /** Contract values the process already knows (a closure reason chosen earlier) prefill the form. */
    private Map<String, Object> prefilled(Task task, FormDefinition form) {
        Map<String, Object> values = new HashMap<>();
        if (form == null) {
            return values;
        }
        form.fields().forEach(field -> {
            if (Variables.isContract(field.key())) {
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
            throw new CaseConflictException("This task does not belong to a case.");
        }
        return caseNumber.toString();
    }
}
