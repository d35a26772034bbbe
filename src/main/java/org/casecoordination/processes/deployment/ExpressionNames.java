package org.casecoordination.processes.deployment;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names an expression such as {@code ${followUpOutcome == 'STABLE'}} or {@code ${mailer.send(execution)}}
 * starts from: identifiers that are not a property or method of something else, not a keyword and not inside a
 * string literal. Each must be a process variable, an engine name or a Spring bean when the expression runs.
 */
final class ExpressionNames {

    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL);
    private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq",
            "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof");

    static boolean containsExpression(String text) {
        return text != null && EXPRESSION.matcher(text).find();
    }

    /** Every root name in every {@code ${..}} or {@code #{..}} of the text, in order. */
    static Set<String> of(String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text == null) {
            return names;
        }
        Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            String body = STRING_LITERAL.matcher(expression.group(1)).replaceAll("''");
            Matcher identifier = IDENTIFIER.matcher(body);
            while (identifier.find()) {
                if (!afterDot(body, identifier.start()) && !afterDigit(body, identifier.start())
                        && !KEYWORDS.contains(identifier.group())) {
                    names.add(identifier.group());
                }
            }
        }
        return names;
    }

    private static boolean afterDot(String body, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(body.charAt(i))) {
            i--;
        }
        return i >= 0 && body.charAt(i) == '.';
    }

    /** "1e5" or "2.0" are numbers, not names. */
    private static boolean afterDigit(String body, int start) {
        return start > 0 && Character.isDigit(body.charAt(start - 1));
    }

    private ExpressionNames() {
    }
}
