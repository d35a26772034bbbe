package org.casecoordination.tasklist.prefill;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.StageRecord;
import org.casecoordination.casefile.StageRecordRepository;
import org.casecoordination.forms.FormComponent;
import org.casecoordination.forms.FormDefinition;
import org.casecoordination.forms.FormValues;
import org.casecoordination.forms.Prefill;
import org.casecoordination.tasklist.PrefillSource;
import org.springframework.stereotype.Component;

/**
 * The earlier answers a form's fields open with, as the analyst declared them ({@link Prefill}): for
 * {@code record.<key>} the latest step of the case that recorded that key (an empty answer stays empty, it does
 * not reach further back), for {@code client.<detail>} the client's record, for another source the
 * {@link PrefillSource} bean of the module that knows it. A field whose source knows nothing is left out.
 */
@Component
public class EarlierAnswers {

    private final StageRecordRepository records;
    private final ObjectMapper json;
    private final List<PrefillSource> sources;

    EarlierAnswers(StageRecordRepository records, ObjectMapper json, List<PrefillSource> sources) {
        this.records = records;
        this.json = json;
        this.sources = List.copyOf(sources);
    }

    /** For a task of the case whose variables {@code taskVariable} reads. */
    public Map<String, EarlierAnswer> of(CareCase careCase, FormDefinition form,
            Function<String, Object> taskVariable) {
        Map<String, EarlierAnswer> answers = new LinkedHashMap<>();
        if (form == null || form.fields().stream().noneMatch(field -> field.prefill() != null)) {
            return answers;
        }
        List<Recorded> latestFirst = latestFirst(careCase);
        for (FormComponent field : form.fields()) {
            Prefill prefill = field.prefill();
            if (prefill == null) {
                continue;
            }
            if (prefill.fromClient()) {
                answers.put(field.key(), new EarlierAnswer(shaped(form, field,
                        ClientContact.current(careCase.getClient(), prefill.name())), Prefill.CLIENT, null));
            } else if (Prefill.RECORD.equals(prefill.source())) {
                latestFirst.stream().filter(recorded -> recorded.content().has(prefill.name())).findFirst()
                        .ifPresent(recorded -> answers.put(field.key(), new EarlierAnswer(shaped(form, field,
                                recorded.content().get(prefill.name())), Prefill.RECORD, recorded.step())));
            } else {
                sources.stream().filter(source -> source.source().equals(prefill.source())).findFirst()
                        .map(source -> source.value(prefill.name(), taskVariable))
                        .ifPresent(value -> answers.put(field.key(),
                                new EarlierAnswer(shaped(form, field, value), prefill.source(), null)));
            }
        }
        return answers;
    }

    /** The value as the form holds it (a checklist's list, a select's code), null when empty. */
    private static Object shaped(FormDefinition form, FormComponent field, Object value) {
        if (value == null || value instanceof JsonNode node && node.isNull()) {
            return null;
        }
        Map<String, Object> one = new HashMap<>();
        one.put(field.key(), value);
        EarlierAnswer answer = new EarlierAnswer(FormValues.normalize(form, one).get(field.key()), null, null);
        return answer.isEmpty() ? null : answer.value();
    }

    private List<Recorded> latestFirst(CareCase careCase) {
        List<Recorded> recorded = new ArrayList<>();
        for (StageRecord step : records.findByCareCaseIdOrderByCompletedAtAsc(careCase.getId())) {
            content(step).ifPresent(content -> recorded.add(new Recorded(step, content)));
        }
        Collections.reverse(recorded);
        return recorded;
    }

    private Optional<JsonNode> content(StageRecord step) {
        if (step.getContent() == null) {
            return Optional.empty();
        }
        try {
            JsonNode content = json.readTree(step.getContent());
            return content != null && content.isObject() ? Optional.of(content) : Optional.empty();
        } catch (JsonProcessingException unreadable) {
            return Optional.empty(); // a record this code cannot read prefills nothing rather than breaking the task
        }
    }

    private record Recorded(StageRecord step, JsonNode content) {
    }
}
