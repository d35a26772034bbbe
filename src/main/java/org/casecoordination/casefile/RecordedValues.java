package org.casecoordination.casefile;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casecoordination.forms.FormComponent;
import org.casecoordination.forms.FormDefinition;
import org.casecoordination.forms.FormOption;
import org.casecoordination.forms.FormSchemaParser;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Turns a stage record's stored values into label/answer pairs a person reads, using the labels of the current
 * form files (a field no longer on the form still shows, under its key).
 */
@Component
class RecordedValues {

    record Line(String label, String answer) {
    }

    record Described(StageRecord record, List<Line> lines) {
    }

    /** Values the record keeps beside the form's own fields. */
    private static final Map<String, String> LABELS_OUTSIDE_FORMS = Map.of("serviceType", "Service");

    private final ObjectMapper json;
    private final FormSchemaParser parser = new FormSchemaParser();
    private final Map<String, FormDefinition> formsById = new java.util.concurrent.ConcurrentHashMap<>();

    RecordedValues(ObjectMapper json) {
        this.json = json;
    }

    List<Described> describe(List<StageRecord> records) {
        return records.stream().map(r -> new Described(r, lines(r))).toList();
    }

    private List<Line> lines(StageRecord record) {
        Map<String, Object> values = read(record.getContent());
        FormDefinition form = record.getFormId() == null ? null : form(record.getFormId());
        List<Line> lines = new ArrayList<>();
        Map<String, Object> remaining = new LinkedHashMap<>(values);
        if (form != null) {
            for (FormComponent field : form.fields()) {
                if (remaining.containsKey(field.key())) {
                    lines.add(new Line(field.label(), answer(field, remaining.remove(field.key()))));
                }
            }
        }
        remaining.forEach((key, value) -> lines.add(new Line(LABELS_OUTSIDE_FORMS.getOrDefault(key, key),
                String.valueOf(value))));
        return lines;
    }

    private static String answer(FormComponent field, Object value) {
        if (value instanceof Boolean b) {
            return b ? "Yes" : "No";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> optionLabel(field, String.valueOf(v))).collect(Collectors.joining(", "));
        }
        return value == null ? "" : optionLabel(field, value.toString());
    }

    private static String optionLabel(FormComponent field, String value) {
        return field.values().stream().filter(o -> o.value().equals(value)).map(FormOption::label).findFirst()
                .orElse(value);
    }

    private FormDefinition form(String formId) {
        return formsById.computeIfAbsent(formId, id -> {
            ClassPathResource file = new ClassPathResource("forms/" + id + ".form");
            if (!file.exists()) {
                return null;
            }
            try (var in = file.getInputStream()) {
                return parser.parse(in, "forms/" + id + ".form");
            } catch (IOException e) {
                return null;
            }
        });
    }

    private Map<String, Object> read(String content) {
        try {
            return json.readValue(content, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException e) {
            return Map.of("content", content);
        }
    }
}
