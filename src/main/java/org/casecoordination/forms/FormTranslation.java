package org.casecoordination.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of a Camunda Form in another language, from the translation file beside it
 * ({@code forms/<form id>.<language>.json}). The form file keeps its own (English) words, so Camunda Modeler and
 * Tasklist open it unchanged; the application shows a reader the form {@link #applyTo translated}.
 *
 * @param validated whether these words are a validated published translation (an instrument's may not be)
 * @param source    where the words come from, or {@code null}
 */
public record FormTranslation(String form, String language, String source, boolean validated,
        Map<String, ComponentWords> components) {

    public FormTranslation {
        components = Map.copyOf(components);
    }

    /** The form id and language a translation file's name says, e.g. {@code intake} and {@code es}. */
    public record FileName(String form, String language) {

        /** For {@code forms/intake.es.json} or {@code intake.es.json}; null for any other name. */
        public static FileName of(String resourceName) {
            String name = resourceName.substring(resourceName.lastIndexOf('/') + 1);
            if (!name.endsWith(".json")) {
                return null;
            }
            String stem = name.substring(0, name.length() - ".json".length());
            int dot = stem.lastIndexOf('.');
            if (dot <= 0 || !stem.substring(dot + 1).matches("[a-z]{2,3}")) {
                return null;
            }
            return new FileName(stem.substring(0, dot), stem.substring(dot + 1));
        }
    }

    /** Reads a translation file; a file that is not one is refused naming what is wrong with it. */
    public static FormTranslation parse(byte[] content, String resourceName) {
        JsonNode root;
        try {
            root = JsonValues.MAPPER.readTree(new String(content, StandardCharsets.UTF_8));
        } catch (JsonProcessingException invalid) {
            throw new InvalidFormException(resourceName, "is not valid JSON: " + invalid.getOriginalMessage(), invalid);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidFormException(resourceName, "is not a JSON object");
        }
        String form = text(root, "form");
        String language = text(root, "language");
        if (form == null || language == null) {
            throw new InvalidFormException(resourceName,
                    "needs \"form\" (the form's id) and \"language\" (such as \"es\")");
        }
        JsonNode validated = root.get("validated");
        if (validated != null && !validated.isBoolean()) {
            throw new InvalidFormException(resourceName, "has \"validated\" that is neither true nor false");
        }
        Map<String, ComponentWords> components = new LinkedHashMap<>();
        JsonNode byName = root.path("components");
        if (!byName.isObject()) {
            throw new InvalidFormException(resourceName, "has no \"components\" object");
        }
        byName.fields().forEachRemaining(entry -> components.put(entry.getKey(), words(entry.getValue())));
        return new FormTranslation(form, language, text(root, "source"), validated == null || validated.booleanValue(),
                components);
    }

    private static ComponentWords words(JsonNode node) {
        Map<String, String> values = new LinkedHashMap<>();
        node.path("values").fields().forEachRemaining(entry -> {
            if (entry.getValue().isTextual()) {
                values.put(entry.getKey(), entry.getValue().textValue());
            }
        });
        return new ComponentWords(text(node, "label"), text(node, "description"), text(node, "text"),
                text(node, "placeholder"), values);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() && !value.textValue().isBlank() ? value.textValue() : null;
    }

    /**
     * What this translation lacks or names wrongly: every label, description, text, placeholder and option label
     * of the form must have its word here, and every component named here must be in the form. In document order.
     */
    public List<TranslationGap> gaps(FormDefinition definition) {
        List<TranslationGap> gaps = new ArrayList<>();
        Map<String, FormComponent> known = new LinkedHashMap<>();
        everyComponent(definition.components(), known);
        components.keySet().stream().filter(name -> !known.containsKey(name))
                .forEach(name -> gaps.add(new TranslationGap(name, null, null)));
        known.forEach((name, component) -> {
            ComponentWords words = components.get(name);
            need(gaps, name, "label", component.label(), words == null ? null : words.label());
            need(gaps, name, "description", component.description(), words == null ? null : words.description());
            need(gaps, name, "text", component.text(), words == null ? null : words.text());
            need(gaps, name, "placeholder", component.placeholder(), words == null ? null : words.placeholder());
            component.values().stream()
                    .filter(option -> words == null || words.values().get(option.value()) == null)
                    .forEach(option -> gaps.add(new TranslationGap(name, "option", option.value())));
        });
        return gaps;
    }

    private static void need(List<TranslationGap> gaps, String name, String word, String own, String translated) {
        if (own != null && !own.isBlank() && translated == null) {
            gaps.add(new TranslationGap(name, word, null));
        }
    }

    /** The form with this translation's words; a word the translation lacks stays the form's own. */
    public FormDefinition applyTo(FormDefinition definition) {
        return new FormDefinition(definition.id(), translate(definition.components()));
    }

    private List<FormComponent> translate(List<FormComponent> list) {
        return list.stream().map(component -> {
            ComponentWords words = components.getOrDefault(component.translationName(),
                    new ComponentWords(null, null, null, null, null));
            List<FormOption> options = component.values().stream().map(option -> new FormOption(
                    words.values().getOrDefault(option.value(), option.label()), option.value())).toList();
            return component.withWords(or(words.label(), component.label()),
                    or(words.description(), component.description()), or(words.text(), component.text()),
                    or(words.placeholder(), component.placeholder()), options, translate(component.components()));
        }).toList();
    }

    private static String or(String translated, String own) {
        return translated != null ? translated : own;
    }

    private static void everyComponent(List<FormComponent> list, Map<String, FormComponent> into) {
        for (FormComponent component : list) {
            into.put(component.translationName(), component);
            everyComponent(component.components(), into);
        }
    }
}
