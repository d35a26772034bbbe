package org.casecoordination.assessment;

import org.casecoordination.casefile.TimelineWords;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.assessment.safety.SafetyAlerts;
import org.casecoordination.casefile.CaseConflictException;
import org.casecoordination.casefile.CaseFileService;
import org.casecoordination.forms.FieldError;
import org.casecoordination.forms.FormDefinition;
import org.casecoordination.forms.FormTranslation;
import org.casecoordination.forms.FormValues;
import org.casecoordination.processes.CaseLifecycleProcess.Variables;
import org.casecoordination.processes.ActivityNames;
import org.casecoordination.processes.DeployedForms;
import org.casecoordination.system.Words;
import org.casecoordination.tasklist.TaskActions;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One instrument given during the assessment task: its Camunda Form (the version deployed with the case's process)
 * beside the case, saved through {@link InstrumentFormAnswers}. Errors stay next to the questions with the answers
 * kept; a saved result goes back to the task page, which lists it with its score, band and flags.
 */
@Controller
class InstrumentPageController {

    static final String VIEW = "tasks/instrument";

    private final TaskActions tasks;
    private final TaskService taskService;
    private final CaseFileService caseFiles;
    private final DeployedForms deployedForms;
    private final InstrumentFormAnswers formAnswers;
    private final SafetyAlerts safetyAlerts;
    private final TimelineWords timelineWords;
    private final Words words;
    private final ActivityNames activityNames;

    InstrumentPageController(TaskActions tasks, TaskService taskService, CaseFileService caseFiles,
            DeployedForms deployedForms, InstrumentFormAnswers formAnswers, SafetyAlerts safetyAlerts,
            TimelineWords timelineWords, Words words, ActivityNames activityNames) {
        this.activityNames = activityNames;
        this.safetyAlerts = safetyAlerts;
        this.timelineWords = timelineWords;
        this.words = words;
        this.tasks = tasks;
        this.taskService = taskService;
        this.caseFiles = caseFiles;
        this.deployedForms = deployedForms;
        this.formAnswers = formAnswers;
    }

    @GetMapping("/tasks/{taskId}/instruments/{code}")
    String show(@PathVariable String taskId, @PathVariable String code,
            @RequestParam(defaultValue = "false") boolean english, Model model) {
        Task task = assessmentTask(taskId);
        Instrument instrument = instrument(code);
        model.addAttribute("english", english);
        return render(task, instrument, formOf(task, instrument), Map.of(), Map.of(), model);
    }

    @PostMapping("/tasks/{taskId}/instruments/{code}")
    String save(@PathVariable String taskId, @PathVariable String code, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        Task task = assessmentTask(taskId);
        Instrument instrument = instrument(code);
        FormDefinition form = formOf(task, instrument);
        AssessmentResult result;
        try {
            result = formAnswers.record(caseNumberOf(task), instrument, form, request.getParameterMap());
        } catch (InvalidAnswersException e) {
            String general = e.errors().stream().filter(error -> error.field() == null).map(FieldError::message)
                    .findFirst().orElseGet(() -> words.text("instruments.answerEveryQuestion"));
            model.addAttribute("error", general);
            return render(task, instrument, form, FormValues.fromRequestParameters(form, request.getParameterMap()),
                    FieldError.byField(e.errors()), model);
        }
        String saved = words.text("assessment.saved", instrument.shortName(),
                timelineWords.of(result.describe()));
        // a safety concern is an alert in red, with what happens next, never a green "saved"
        safetyAlerts.afterSaving(result).ifPresentOrElse(
                alert -> redirect.addFlashAttribute("alert", saved + " " + alert),
                () -> redirect.addFlashAttribute("message", saved));
        return "redirect:/tasks/" + taskId + "#instruments";
    }

    private String render(Task task, Instrument instrument, FormDefinition form, Map<String, Object> values,
            Map<String, String> errors, Model model) {
        model.addAttribute("task", task);
        model.addAttribute("instrument", instrument);
        // the questions in the reader's language, unless they asked for the English to read aloud from
        Locale locale = LocaleContextHolder.getLocale();
        Optional<FormTranslation> translation = deployedForms.translation(task.getProcessDefinitionId(), form.id(),
                locale);
        boolean english = Boolean.TRUE.equals(model.getAttribute("english"));
        model.addAttribute("english", english);
        model.addAttribute("form", english ? form : translation.map(found -> found.applyTo(form)).orElse(form));
        model.addAttribute("translation", translation.orElse(null));
        model.addAttribute("languageName", locale.getDisplayLanguage(locale));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("caseFile", caseFiles.open(caseNumberOf(task)));
        return VIEW;
    }

    /** The task, if the caller may see it and it is an assessment: instruments are given there. */
    private Task assessmentTask(String taskId) {
        Task task = tasks.find(taskId);
        if (!InstrumentPanels.ASSESSMENT_TASKS.contains(task.getTaskDefinitionKey())) {
            throw new CaseConflictException("Instruments are given in the assessment task, not in \u201c"
                    + task.getName() + "\u201d.", "instrumentCheck.notAssessmentTask", activityNames.of(task));
        }
        return task;
    }

    private static Instrument instrument(String code) {
        try {
            return Instrument.ofCode(code);
        } catch (InvalidAnswersException unknown) {
            throw new InstrumentNotFoundException(code);
        }
    }

    private FormDefinition formOf(Task task, Instrument instrument) {
        return deployedForms.byId(task.getProcessDefinitionId(), instrument.formId())
                .orElseThrow(() -> new CaseConflictException("The form " + instrument.formId()
                        + " is not deployed with this case's process; ask an analyst to deploy forms/ again.",
                        "instrumentCheck.formNotDeployed", instrument.shortName()));
    }

    private String caseNumberOf(Task task) {
        Object caseNumber = taskService.getVariable(task.getId(), Variables.CASE_NUMBER);
        if (caseNumber == null) {
            throw new CaseConflictException("This task does not belong to a case.", "errors.taskWithoutCase");
        }
        return caseNumber.toString();
    }
}
