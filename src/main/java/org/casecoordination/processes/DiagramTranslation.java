package org.casecoordination.processes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casecoordination.forms.FormTranslation;

/**
 * The names of a diagram in another language, from the file beside it ({@code processes/<diagram>.<language>.json},
 * {@code "names"}: element id → name; {@code "descriptions"}: user task id → the words of its documentation). The
 * diagram keeps its English words, so Camunda Modeler and Tasklist show it unchanged; the application shows a
 * reader the words in their language ({@link ActivityNames}).
 *
 * @param diagram      the diagram file's name without folder and extension ({@code case-lifecycle})
 * @param language     an ISO 639-1 code ({@code es})
 * @param names        element id (the process, an activity) → its name in that language
 * @param descriptions user task id → its description (the diagram's documentation) in that language
 */
public record DiagramTranslation(String diagram, String language, Map<String, String> names,
        Map<String, String> descriptions) {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** {@code ${serviceLabel}} in a name: filled in by the engine when the task is created. */
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");

    public DiagramTranslation {
        names = Map.copyOf(names);
        descriptions = Map.copyOf(descriptions);
    }

    /** The diagram and language a names file's name says, e.g. {@code case-lifecycle} and {@code es}. */
    public record FileName(String diagram, String language) {

        /**
         * For {@code processes/case-lifecycle.es.json} or {@code case-lifecycle.es.json}; null otherwise. The name
         * is read as a form translation's is ({@code <name>.<language>.json}).
         */
        public static FileName of(String resourceName) {
            FormTranslation.FileName name = FormTranslation.FileName.of(resourceName);
            return name == null ? null : new FileName(name.form(), name.language());
        }

        public String resourceName() {
            return "processes/" + diagram + "." + language + ".json";
        }
    }

    /** A file that is no names file; the message names the file. */
    public static final class InvalidDiagramTranslation extends IllegalArgumentException {

        private final String problem;

        InvalidDiagramTranslation(String file, String problem) {
            super(file + ": " + problem);
            this.problem = problem;
        }

        /** What is wrong, without the file name. */
        public String problem() {
            return problem;
        }
    }

    /**
     * Whether an uploaded JSON file names a diagram rather than giving a form's words: an upload carries a file
     * name without its folder, and both are called {@code <name>.<language>.json}.
     */
    public static boolean namesADiagram(byte[] content) {
        try {
            JsonNode root = JSON.readTree(content);
            return root != null && root.isObject() && root.has("diagram");
        } catch (IOException | RuntimeException notJson) {
            // a broken names file is still refused as one, saying what is wrong with its JSON
            return new String(content, java.nio.charset.StandardCharsets.UTF_8).contains("\"diagram\"");
        }
    }

    /** Reads a names file; a file that is not one is refused naming the file and what is wrong. */
    public static DiagramTranslation parse(byte[] content, String resourceName) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException invalid) {
            throw new InvalidDiagramTranslation(resourceName, "is not valid JSON: " + invalid.getOriginalMessage());
        } catch (IOException unreadable) {
            throw new InvalidDiagramTranslation(resourceName, "cannot be read: " + unreadable.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidDiagramTranslation(resourceName, "is not a JSON object");
        }
        String diagram = text(root.get("diagram"));
        String language = text(root.get("language"));
        JsonNode names = root.get("names");
        if (diagram == null || language == null || names == null || !names.isObject()) {
            throw new InvalidDiagramTranslation(resourceName, "needs \"diagram\" (the diagram file's name, such as"
                    + " \"case-lifecycle\"), \"language\" (such as \"es\") and \"names\" (element id: name)");
        }
        JsonNode descriptions = root.get("descriptions");
        if (descriptions != null && !descriptions.isObject()) {
            throw new InvalidDiagramTranslation(resourceName, "has \"descriptions\" that are not an object (task id:"
                    + " description)");
        }
        return new DiagramTranslation(diagram, language, byId(names),
                descriptions == null ? Map.of() : byId(descriptions));
    }

    private static Map<String, String> byId(JsonNode texts) {
        Map<String, String> byId = new LinkedHashMap<>();
        texts.fields().forEachRemaining(entry -> byId.put(entry.getKey(), text(entry.getValue())));
        byId.values().removeIf(Objects::isNull);
        return byId;
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() && !node.textValue().isBlank() ? node.textValue().strip() : null;
    }

    /** The variables a name fills in ({@code serviceLabel} for {@code Select provider – ${serviceLabel}}). */
    public static Set<String> expressions(String name) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = EXPRESSION.matcher(name == null ? "" : name);
        while (matcher.find()) {
            found.add(matcher.group(1).strip());
        }
        return found;
    }

    static Pattern expressionPattern() {
        return EXPRESSION;
    }
}
