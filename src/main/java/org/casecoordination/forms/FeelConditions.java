package org.casecoordination.forms;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * The FEEL of form conditions ({@code "conditional": {"hide": "=eligible = true"}}), evaluated by Camunda's FEEL
 * engine, the one its decisions use, with external (Java) functions off: a condition reads the form's values and
 * nothing else. Conditions are parsed when a form is read (a condition that does not parse refuses the form at
 * deployment) and kept parsed; only such known conditions are evaluated for the browser.
 */
public final class FeelConditions {

    private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();
    private static final Map<String, ParsedExpression> PARSED = new ConcurrentHashMap<>();

    private FeelConditions() {
    }

    /** The parse failure of a condition (without its leading {@code =}), or empty when it parses. */
    static Optional<String> problem(String expression) {
        ParseResult parsed = FEEL.parseExpression(expression);
        if (parsed.isFailure()) {
            return Optional.of(parsed.failure().message());
        }
        PARSED.putIfAbsent(expression, parsed.parsedExpression());
        return Optional.empty();
    }

    /** Whether a form read on this node has this condition (with its {@code =}). */
    public static boolean isKnown(String condition) {
        return condition != null && condition.strip().startsWith("=")
                && PARSED.containsKey(condition.strip().substring(1));
    }

    /**
     * The condition's value for these form values: {@code true}, {@code false}, or {@code null} when FEEL says
     * "unknown" (a missing value, types that do not compare) or the text is no condition.
     */
    public static Object evaluate(String condition, Map<String, ?> values) {
        String text = condition == null ? "" : condition.strip();
        if (!text.startsWith("=")) {
            return null;
        }
        String expression = text.substring(1);
        ParsedExpression parsed = PARSED.get(expression);
        if (parsed == null) {
            if (problem(expression).isPresent()) {
                return null;
            }
            parsed = PARSED.get(expression);
        }
        var result = FEEL.evaluate(parsed, values == null ? Map.<String, Object>of() : new HashMap<>(values));
        return result.isSuccess() ? result.result() : null;
    }
}
