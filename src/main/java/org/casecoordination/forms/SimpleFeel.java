package org.casecoordination.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small part of FEEL that form conditions use: names, literals, {@code =}, {@code !=}, {@code not(..)},
 * {@code and}, {@code or} and parentheses, with FEEL's three-valued logic ({@code null} for "unknown", e.g.
 * comparing a string with a number). Anything else is not understood and yields {@code null}.
 * static/js/form-conditions.js implements the same grammar for the browser.
 */
final class SimpleFeel {

    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(?:(\"(?:[^\"\\\\]|\\\\.)*\")|(-?\\d+(?:\\.\\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|(!=|=|\\(|\\)))");

    private final List<String> tokens;
    private final Map<String, ?> values;
    private int position;

    private SimpleFeel(List<String> tokens, Map<String, ?> values) {
        this.tokens = tokens;
        this.values = values;
    }

    /** Evaluates an expression without its leading {@code =}; {@code null} when not understood. */
    static Object evaluate(String expression, Map<String, ?> values) {
        List<String> tokens = tokenize(expression);
        if (tokens == null || tokens.isEmpty()) {
            return null;
        }
        SimpleFeel parser = new SimpleFeel(tokens, values == null ? Map.of() : values);
        Object result = parser.or();
        return result == FeelLogic.UNKNOWN || parser.position != tokens.size() ? null : result;
    }

    private static List<String> tokenize(String expression) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(expression);
        int end = 0;
        while (matcher.find(end) && matcher.start() == end && matcher.end() > end) {
            tokens.add(matcher.group().strip());
            end = matcher.end();
        }
        return expression.substring(end).isBlank() ? tokens : null;
    }

    private Object or() {
        Object left = and();
        while (accept("or")) {
            left = FeelLogic.or(left, and());
        }
        return left;
    }

    private Object and() {
        Object left = comparison();
        while (accept("and")) {
            left = FeelLogic.and(left, comparison());
        }
        return left;
    }

    private Object comparison() {
        Object left = operand();
        if (accept("=")) {
            return FeelLogic.equal(left, operand());
        }
        if (accept("!=")) {
            return FeelLogic.not(FeelLogic.equal(left, operand()));
        }
        return left;
    }

    private Object operand() {
        String token = position < tokens.size() ? tokens.get(position++) : ")";
        if (token.equals("(") || (token.equals("not") && accept("("))) {
            Object inner = or();
            if (!accept(")")) {
                return FeelLogic.UNKNOWN;
            }
            return token.equals("not") ? FeelLogic.not(inner) : inner;
        }
        return switch (token) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "null" -> null;
            case "and", "or", "not", "=", "!=", ")" -> FeelLogic.UNKNOWN;
            default -> literalOrName(token);
        };
    }

    private Object literalOrName(String token) {
        if (token.startsWith("\"")) {
            return token.substring(1, token.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        if (Character.isDigit(token.charAt(token.length() - 1))
                && (Character.isDigit(token.charAt(0)) || token.charAt(0) == '-')) {
            return new BigDecimal(token);
        }
        return values.get(token);
    }

    private boolean accept(String token) {
        if (position < tokens.size() && tokens.get(position).equals(token)) {
            position++;
            return true;
        }
        return false;
    }
}
