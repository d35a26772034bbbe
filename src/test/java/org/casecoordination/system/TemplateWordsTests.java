package org.casecoordination.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Templates write no words of their own: what a person reads comes from the message bundles, so it exists in
 * every language. Fails on text between tags that Thymeleaf does not replace, on words in plain attributes a person
 * reads or hears (placeholder, title, aria-label, alt, a button's value), and on words written as literals into
 * Thymeleaf's expressions ({@code th:text="${x} ? 'Yes' : 'No'"}, {@code |Sort by ${s}|}, a date pattern).
 */
class TemplateWordsTests {

    /**
     * Whose content Thymeleaf replaces: what is written inside is only for opening the file in a browser. Not
     * th:replace or th:insert: a page hands its own content to the layout through them ({@code ~{::main}}).
     */
    private static final Set<String> REPLACING = Set.of("th:text", "th:utext");
    private static final Set<String> READ_ATTRIBUTES = Set.of("placeholder", "title", "aria-label", "alt",
            "aria-description", "aria-placeholder", "data-confirm");
    /** Attributes whose expression becomes words on the page. */
    private static final Set<String> WORDS_ATTRIBUTES = Set.of("th:text", "th:utext", "th:placeholder", "th:title",
            "th:aria-label", "th:alt", "th:value", "th:data-confirm");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");
    private static final Pattern VARIABLE_EXPRESSION = Pattern.compile("[$*@]\\{[^}]*}");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Pattern LITERAL_SUBSTITUTION = Pattern.compile("\\|([^|]*)\\|");
    private static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]");

    @Test
    void templatesWriteNoWordsOfTheirOwn() throws IOException {
        List<String> words = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(MessageBundlesTests.TEMPLATES)) {
            for (Path template : templates.filter(path -> path.toString().endsWith(".html")).sorted().toList()) {
                String name = MessageBundlesTests.TEMPLATES.relativize(template).toString();
                Document page = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
                collect(page, name, words);
            }
        }
        assertThat(words).as("words written into templates; put them in the message bundles").isEmpty();
    }

    private static void collect(Element element, String template, List<String> words) {
        for (Attribute attribute : element.attributes()) {
            String key = attribute.getKey();
            if (READ_ATTRIBUTES.contains(key) && !element.hasAttr("th:" + key) && hasWords(attribute.getValue())) {
                words.add(template + ": " + key + "=\"" + attribute.getValue() + "\"");
            }
            if (key.equals("value") && isButton(element) && !element.hasAttr("th:value")
                    && hasWords(attribute.getValue())) {
                words.add(template + ": button value \"" + attribute.getValue() + "\"");
            }
            if (WORDS_ATTRIBUTES.contains(key)) {
                literalWords(attribute.getValue()).forEach(literal -> words.add(template + ": " + key + " writes \""
                        + literal + "\""));
            }
        }
        boolean replaced = element.attributes().asList().stream().anyMatch(a -> REPLACING.contains(a.getKey()));
        if (replaced || element.tagName().equals("script") || element.tagName().equals("style")) {
            return;
        }
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text && hasWords(INLINED.matcher(text.text()).replaceAll(""))) {
                words.add(template + ": \"" + text.text().strip().replaceAll("\\s+", " ") + "\"");
            } else if (child instanceof Element nested) {
                collect(nested, template, words);
            }
        }
    }

    /**
     * Literals in an expression that are words: quoted text with a space or a capital letter, or a date pattern
     * (dates are written by {@code @dates}, in the reader's format); text in a literal substitution outside its
     * expressions. A message key and its arguments ({@code #{...}}) are the bundle's business; a lowercase code
     * compared with a value ({@code ${view == 'mine'}}) is not read by anyone.
     */
    static List<String> literalWords(String expression) {
        String outside = withoutMessages(expression);
        List<String> found = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(outside);
        while (quoted.find()) {
            String literal = quoted.group(1);
            if (hasWords(literal) && (literal.matches(".*\\s.*") || literal.matches("\\p{Lu}.*"))
                    || literal.matches(".*(yy|MM|dd|HH|mm).*")) {
                found.add(literal);
            }
        }
        Matcher substitution = LITERAL_SUBSTITUTION.matcher(outside);
        while (substitution.find()) {
            String text = VARIABLE_EXPRESSION.matcher(substitution.group(1)).replaceAll("");
            if (hasWords(text)) {
                found.add(substitution.group(1).strip());
            }
        }
        return found;
    }

    /** The expression without its #{...} parts, braces counted (a key's arguments may hold ${...}). */
    private static String withoutMessages(String expression) {
        StringBuilder outside = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (depth == 0 && c == '#' && i + 1 < expression.length() && expression.charAt(i + 1) == '{') {
                depth = 1;
                i++;
            } else if (depth > 0 && c == '{') {
                depth++;
            } else if (depth > 0 && c == '}') {
                depth--;
            } else if (depth == 0) {
                outside.append(c);
            }
        }
        return outside.toString();
    }

    private static boolean isButton(Element element) {
        return element.tagName().equals("input")
                && Set.of("submit", "button", "reset").contains(element.attr("type"));
    }

    private static boolean hasWords(String text) {
        return LETTERS.matcher(text).find();
    }
}
