package org.casecoordination.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseFile;
import org.casecoordination.casefile.TimelineText;
import org.casecoordination.tasklist.TaskPanel;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Services the latest assessment results point to, shown on the service plan task (rules: INSTRUMENTS.md, "What a
 * positive result should lead to"). Only suggestions: the coordinator ticks the services in the plan's form. The
 * values are those of the plan form's {@code servicesNeeded} options.
 */
@Component
public class ServiceSuggestions implements TaskPanel {

    public static final String PLAN_TASK = "Task_PlanServices";

    /**
     * A service of the plan form and why it is suggested ("PHQ-9 score 12, moderate"), the reasons as message keys
     * with their arguments, read in the reader's language ({@code @timelineWords.of(reason)}); the service's words
     * are {@code suggestions.service.<service>} in the bundles.
     */
    public record Suggestion(String service, List<TimelineText> reasons) {
    }

    private final AssessmentResults results;

    ServiceSuggestions(AssessmentResults results) {
        this.results = results;
    }

    /** The task page shows the suggestions beside the service plan's form. */
    @Override
    public void addTo(Task task, CaseFile caseFile, Model model) {
        model.addAttribute("serviceSuggestions", forTask(task, caseFile.careCase()));
    }

    /** The suggestions for this task, or null when it is not the service plan. */
    public List<Suggestion> forTask(Task task, CareCase careCase) {
        if (!PLAN_TASK.equals(task.getTaskDefinitionKey())) {
            return null;
        }
        return suggest(results.latestByInstrument(careCase.getId()));
    }

    static List<Suggestion> suggest(Map<String, InstrumentResult> latest) {
        Map<String, List<TimelineText>> reasons = new LinkedHashMap<>();
        InstrumentResult auditC = latest.get("AUDITC");
        if (auditC != null && "POSITIVE".equals(auditC.band())) {
            add(reasons, "SUBSTANCE_USE_PROGRAM", auditC);
        }
        InstrumentResult cage = latest.get("CAGEAID");
        if (cage != null && cage.score() >= 2) {
            add(reasons, "SUBSTANCE_USE_PROGRAM", cage);
        }
        for (String code : List.of("PHQ9", "GAD7")) {
            InstrumentResult result = latest.get(code);
            if (result != null && result.score() >= 10) {
                add(reasons, "MENTAL_HEALTH_CLINIC", result);
            }
        }
        InstrumentResult katz = latest.get("KATZADL");
        InstrumentResult lawton = latest.get("LAWTONIADL");
        for (InstrumentResult result : new InstrumentResult[] {katz, lawton}) {
            if (result != null && result.score() < (result == katz ? 6 : 8)) {
                add(reasons, "HOME_CARE", result);
                add(reasons, "ADULT_DAY_CARE", result);
            }
        }
        if (katz != null && katz.score() <= 2) {
            add(reasons, "RESIDENTIAL_CARE", katz);
        }
        InstrumentResult ahc = latest.get("AHCHRSN");
        if (ahc != null) {
            if (ahc.positiveDomains().contains("TRANSPORTATION")) {
                add(reasons, "TRANSPORTATION", ahc);
            }
            if (ahc.positiveDomains().stream().anyMatch(d -> List.of("HOUSING_INSTABILITY", "HOUSING_QUALITY",
                    "FOOD", "UTILITIES").contains(d))) {
                add(reasons, "SOCIAL_SERVICES", ahc);
            }
        }
        List<Suggestion> suggestions = new ArrayList<>();
        reasons.forEach((service, why) -> suggestions.add(new Suggestion(service, why)));
        return suggestions;
    }

    private static void add(Map<String, List<TimelineText>> reasons, String service, InstrumentResult result) {
        reasons.computeIfAbsent(service, s -> new ArrayList<>()).add(describe(result));
    }

    static TimelineText describe(InstrumentResult result) {
        Instrument instrument = Instrument.ofCode(result.instrument());
        if (instrument == Instrument.AHCHRSN) {
            return TimelineText.of("suggestions.reason.positive", instrument.shortName(),
                    TimelineText.Words.labels("socialNeed", result.positiveDomains()));
        }
        if (instrument == Instrument.LAWTONIADL) {
            return TimelineText.of("suggestions.reason.lawton", instrument.shortName(), 8 - result.score());
        }
        return TimelineText.of("suggestions.reason.score", instrument.shortName(), result.score(),
                TimelineText.Words.label("band", result.band()));
    }
}
