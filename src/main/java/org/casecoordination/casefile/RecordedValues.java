package org.casecoordination.casefile;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.casecoordination.forms.FormComponent;
import org.casecoordination.forms.FormDefinition;
import org.casecoordination.forms.FormOption;
import org.casecoordination.forms.FormSchemaParser;
import org.casecoordination.forms.FormTranslation;
import org.casecoordination.system.Dates;
import org.casecoordination.system.Words;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Turns a stage record's stored values into label/answer pairs a person reads, in the reader's language: the
 * labels and option labels of the current form files with their translation file ({@code forms/<id>.es.json}),
 * yes and no, days and service types from the message bundles (a field no longer on the form still shows, under
 * its key).
 */
@Component
class RecordedValues {

    record Line(String label, String answer) {
    }

    record Described(StageRecord record, List<Line> lines) {
    }

    /** The value the record keeps beside the form's own fields: the service a provider step was for. */
    private static final String SERVICE_TYPE = "serviceType";
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final ObjectMapper json;
    private final Words words;
    private final Dates dates;
    private final FormSchemaParser parser = new FormSchemaParser();
    /** By form id, and by form id and language (intake in Spanish: forms/intake.es.json); empty when there is no such file. */
    private final Map<String, Optional<FormDefinition>> forms = new ConcurrentHashMap<>();

    RecordedValues(ObjectMapper json, Words words, Dates dates) {
        this.json = json;
        this.words = words;
        this.dates = dates;
    }

    List<Described> describe(List<StageRecord> records, Locale language) {
        return records.stream().map(r -> new Described(r, lines(r, language))).toList();
    }

    private List<Line> lines(StageRecord record, Locale language) {
        Map<String, Object> values = read(record.getContent());
        FormDefinition form = record.getFormId() == null ? null : form(record.getFormId(), language);
        List<Line> lines = new ArrayList<>();
        Map<String, Object> remaining = new LinkedHashMap<>(values);
        if (form != null) {
            for (FormComponent field : form.fields()) {
                if (remaining.containsKey(field.key())) {
                    lines.add(new Line(field.label(), answer(field, remaining.remove(field.key()), language)));
                }
            }
        }
        remaining.forEach((key, value) -> lines.add(SERVICE_TYPE.equals(key)
                ? new Line(words.textOr(key, language, "casePage.recorded.service"),
                        words.textOr(String.valueOf(value), language, "serviceType." + value))
                : new Line(key, String.valueOf(value))));
        return lines;
    }

    private String answer(FormComponent field, Object value, Locale language) {
        if (value instanceof Boolean b) {
            return words.textOr(b.toString(), language, b ? "casePage.recorded.yes" : "casePage.recorded.no");
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> optionLabel(field, String.valueOf(v))).collect(Collectors.joining(", "));
        }
        if (value instanceof String text && ISO_DAY.matcher(text).matches()) {
            try {
                return dates.day(LocalDate.parse(text), language);
            } catch (DateTimeParseException notADay) {
                return text;
            }
        }
        return value == null ? "" : optionLabel(field, value.toString());
    }

    private static String optionLabel(FormComponent field, String value) {
        return field.values().stream().filter(o -> o.value().equals(value)).map(FormOption::label).findFirst()
                .orElse(value);
    }

    /** The form in the reader's language: its own words with its translation file's, if it has one. */
    private FormDefinition form(String formId, Locale language) {
        FormDefinition form = forms.computeIfAbsent(formId, this::readForm).orElse(null);
        if (form == null) {
            return null;
        }
        return forms.computeIfAbsent(formId + "." + language.getLanguage(),
                name -> readTranslation(name).map(words -> words.applyTo(form))).orElse(form);
    }

    private Optional<FormDefinition> readForm(String formId) {
        ClassPathResource file = new ClassPathResource("forms/" + formId + ".form");
        if (!file.exists()) {
            return Optional.empty();
        }
        try (var in = file.getInputStream()) {
            return Optional.of(parser.parse(in, "forms/" + formId + ".form"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<FormTranslation> readTranslation(String formAndLanguage) {
        ClassPathResource file = new ClassPathResource("forms/" + formAndLanguage + ".json");
        if (!file.exists()) {
            return Optional.empty();
        }
        try (var in = file.getInputStream()) {
            return Optional.of(FormTranslation.parse(in.readAllBytes(), file.getPath()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Map<String, Object> read(String content) {
        try {
            return json.readValue(content, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException e) {
            return Map.of("content", content);
        }
    }
}
