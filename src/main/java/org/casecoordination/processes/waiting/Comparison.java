package org.casecoordination.processes.waiting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casecoordination.system.Words;
import org.springframework.stereotype.Component;

/**
 * Two versions of a process step by step: the figures of each element side by side with the change of its p90
 * time; an element found in one version only is marked as such. Elements match by id, as the engine's migration
 * matches them (stable ids keep a step the same step across versions).
 */
@Component
class Comparison {

    private final DurationWords durations;
    private final Words words;

    Comparison(DurationWords durations, Words words) {
        this.durations = durations;
        this.words = words;
    }

    /**
     * @param name   the step's name (the newer version's, when both have it)
     * @param from   its figures in the first version; null when it is only in the second
     * @param to     its figures in the second version; null when it is only in the first
     * @param change the p90 time's change in words, or why there is none
     */
    record Row(String name, Step from, Step to, String change) {
    }

    List<Row> of(WaitingSteps.Version from, WaitingSteps.Version to) {
        Map<String, Step> before = from.steps().stream().collect(Collectors.toMap(Step::element, Function.identity()));
        List<Row> rows = new ArrayList<>();
        for (Step after : to.steps()) {
            Step was = before.remove(after.element());
            rows.add(new Row(after.name(), was, after, change(was, after, to.version())));
        }
        for (Step was : from.steps()) {
            if (before.containsKey(was.element())) {
                rows.add(new Row(was.name(), was, null, words.text("waiting.compare.onlyIn", from.version())));
            }
        }
        return rows;
    }

    private String change(Step was, Step now, int toVersion) {
        if (was == null) {
            return words.text("waiting.compare.onlyIn", toVersion);
        }
        if (was.p90Seconds() == null || now.p90Seconds() == null) {
            return words.text("waiting.compare.notComparable");
        }
        long difference = now.p90Seconds() - was.p90Seconds();
        if (Math.abs(difference) < 60) {
            return words.text("waiting.compare.same");
        }
        return words.text(difference > 0 ? "waiting.compare.slower" : "waiting.compare.faster",
                durations.of(Duration.ofSeconds(Math.abs(difference))));
    }
}
