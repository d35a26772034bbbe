package org.casecoordination.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.casefile.CaseFile;
import org.casecoordination.casefile.StageRecord;
import org.casecoordination.client.PrimaryConcern;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.tasklist.TaskPanel;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Builds the {@link InstrumentPanel} of an assessment task page; other tasks have none. */
@Component
public class InstrumentPanels implements TaskPanel {

    public static final String ASSESSMENT_TASK = "Task_Assessment";
    /** The first assessment (and one after a follow-up that needs a change), and the periodic reassessment. */
    public static final Set<String> ASSESSMENT_TASKS = Set.of(ASSESSMENT_TASK, "Task_Reassessment");

    /** Words in the intake's presenting needs that point to substance use. */
    private static final Pattern SUBSTANCE_WORDS = Pattern.compile(
            "\\b(alcohol\\w*|drink\\w*|drunk|drugs?|substance\\w*|opioids?|opiates?|heroin|cocaine|meth\\w*|"
                    + "cannabis|marijuana|overdos\\w*|addict\\w*|detox\\w*)\\b", Pattern.CASE_INSENSITIVE);

    private final AssessmentService assessments;

    InstrumentPanels(AssessmentService assessments) {
        this.assessments = assessments;
    }

    /** The task page shows the instruments beside the assessment's form. */
    @Override
    public void addTo(Task task, CaseFile caseFile, Model model) {
        model.addAttribute("instrumentPanel", forTask(task, caseFile));
    }

    /** The panel for this task, or null when the task is not an assessment. */
    public InstrumentPanel forTask(Task task, CaseFile caseFile) {
        if (!ASSESSMENT_TASKS.contains(task.getTaskDefinitionKey())) {
            return null;
        }
        List<AssessmentResult> recorded = assessments.historyOf(caseFile.careCase()).stream()
                .filter(r -> task.getCreateTime() == null || !r.getAdministeredAt().isBefore(
                        task.getCreateTime().toInstant()))
                .toList();
        Map<Instrument, String> reasons = new LinkedHashMap<>();
        reasons.put(Instrument.PHQ9, "instruments.reason.everyAssessment");
        reasons.put(Instrument.KATZADL, "instruments.reason.everyAssessment");
        reasons.put(Instrument.LAWTONIADL, "instruments.reason.everyAssessment");
        String substance = substanceUseSignal(caseFile);
        if (substance != null) {
            reasons.put(Instrument.AUDITC, substance);
            reasons.put(Instrument.CAGEAID, substance);
        }
        if (isFirstAssessment(caseFile)) {
            reasons.put(Instrument.AHCHRSN, "instruments.reason.firstAssessment");
        }
        List<InstrumentPanel.Offer> offered = new ArrayList<>();
        reasons.forEach((instrument, reason) -> offered.add(new InstrumentPanel.Offer(instrument, reason,
                recorded.stream().filter(r -> r.getInstrument() == instrument).findFirst().orElse(null))));
        List<Instrument> others = Arrays.stream(Instrument.values()).filter(i -> !reasons.containsKey(i)).toList();
        return new InstrumentPanel(task.getId(), offered, others, recorded);
    }

    /** Why substance use is in view (a message key), or null: the primary concern, or what intake or an earlier assessment noted. */
    static String substanceUseSignal(CaseFile caseFile) {
        if (caseFile.client().getPrimaryConcern() == PrimaryConcern.SUBSTANCE_USE) {
            return "instruments.reason.primaryConcern";
        }
        for (StageRecord record : caseFile.records()) {
            String content = record.getContent() == null ? "" : record.getContent();
            if (content.contains("\"SUBSTANCE_USE\"")) {
                return "instruments.reason.earlierRisk";
            }
            if (CaseLifecycleProcess.TASK_INTAKE.equals(record.getTaskDefinitionKey()) && SUBSTANCE_WORDS.matcher(content).find()) {
                return "instruments.reason.intake";
            }
        }
        return null;
    }

    /** No assessment task of this case has been completed yet. */
    static boolean isFirstAssessment(CaseFile caseFile) {
        return caseFile.records().stream().noneMatch(r -> ASSESSMENT_TASK.equals(r.getTaskDefinitionKey()));
    }
}
