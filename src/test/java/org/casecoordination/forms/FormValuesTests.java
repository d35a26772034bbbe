package org.casecoordination.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FormValuesTests {

    private final FormDefinition form = Fixtures.referral();

    @Test
    void typesHtmlParameters() {
        Map<String, String[]> params = new HashMap<>();
        params.put("summary", new String[] {"  keeps its spaces  "});
        params.put("visits", new String[] {" 3 "});
        params.put("dose", new String[] {"1.5"});
        params.put("referralDate", new String[] {"2025-03-01"});
        params.put("callTime", new String[] {""});
        params.put("consent", new String[] {"on"});
        params.put("priority", new String[] {"HIGH"});
        params.put("channel", new String[] {""});
        params.put("needs", new String[] {"TRANSPORT", "MEALS"});
        params.put("_csrf", new String[] {"token"});

        Map<String, Object> values = FormValues.fromRequestParameters(form, params);

        assertThat(values).containsEntry("summary", "  keeps its spaces  ").containsEntry("visits", 3L)
                .containsEntry("dose", new BigDecimal("1.5")).containsEntry("referralDate", "2025-03-01")
                .containsEntry("callTime", null).containsEntry("consent", true).containsEntry("priority", "HIGH")
                .containsEntry("channel", null).containsEntry("needs", List.of("TRANSPORT", "MEALS"));
        assertThat(values).doesNotContainKeys("_csrf", "email", "appointmentAt");
    }

    @Test
    void readsAbsentCheckboxesAsFalseAndAbsentChecklistsAsEmpty() {
        Map<String, Object> values = FormValues.fromRequestParameters(form, Map.of());

        assertThat(values).containsEntry("urgent", false).containsEntry("consent", false)
                .containsEntry("needs", List.of()).containsEntry("languages", List.of());
    }

    @Test
    void keepsANumberThatDoesNotParseSoTheValidatorCanSaySo() {
        Map<String, Object> values = FormValues.fromRequestParameters(form, Map.of("visits", new String[] {"3x"}));

        assertThat(values).containsEntry("visits", "3x");
    }

    @Test
    void leavesOutDisabledAndHiddenFieldsLikeFormJs() {
        Map<String, String[]> params = Map.of("legacyId", new String[] {"L-1"},
                "urgentReason", new String[] {"SAFETY"});

        assertThat(FormValues.fromRequestParameters(form, params)).doesNotContainKeys("legacyId", "urgentReason");

        Map<String, String[]> urgent = Map.of("urgent", new String[] {"true"}, "urgentReason", new String[] {"SAFETY"});
        assertThat(FormValues.fromRequestParameters(form, urgent)).containsEntry("urgentReason", "SAFETY");
    }

    @Test
    void unwrapsSpinJsonAsTasklistSubmitsChecklists() {
        Map<String, Object> values = FormValues.normalize(form, Map.of("needs", Spin.JSON("[\"A\",\"B\"]")));

        assertThat(values).containsEntry("needs", List.of("A", "B"));
    }

    @Test
    void unwrapsSpinJsonTypedValuesAndJsonText() {
        Map<String, Object> values = FormValues.normalize(form, Map.of(
                "needs", Variables.untypedValue(Spin.JSON("[\"MEALS\"]")),
                "languages", "[\"EN\"]"));

        assertThat(values).containsEntry("needs", List.of("MEALS")).containsEntry("languages", List.of("EN"));
    }

    @Test
    void unwrapsJacksonNodes() throws Exception {
        var json = new ObjectMapper().readTree("{\"needs\": [\"MEALS\"], \"visits\": 4.0, \"consent\": true}");
        Map<String, Object> input = new HashMap<>();
        json.properties().forEach(entry -> input.put(entry.getKey(), entry.getValue()));

        assertThat(FormValues.normalize(form, input)).containsEntry("needs", List.of("MEALS"))
                .containsEntry("visits", 4L).containsEntry("consent", true);
    }

    @Test
    void unwrapsCamundaTypedValues() {
        Map<String, Object> values = FormValues.normalize(form, Map.of(
                "summary", Variables.stringValue("x"),
                "visits", Variables.integerValue(7),
                "urgent", Variables.booleanValue(true),
                "dose", Variables.doubleValue(2.5)));

        assertThat(values).containsEntry("summary", "x").containsEntry("visits", 7L)
                .containsEntry("urgent", true).containsEntry("dose", new BigDecimal("2.5"));
    }

    @Test
    void convertsScalarsAndArraysAndKeepsOnlyPresentFormFields() {
        Map<String, Object> input = new HashMap<>();
        input.put("summary", 42);
        input.put("channel", "");
        input.put("consent", "true");
        input.put("languages", new String[] {"EN", "FR"});
        input.put("priority", null);
        input.put("unknown", "dropped");

        assertThat(FormValues.normalize(form, input)).containsOnlyKeys("summary", "channel", "consent",
                        "languages", "priority")
                .containsEntry("summary", "42").containsEntry("channel", null).containsEntry("consent", true)
                .containsEntry("languages", List.of("EN", "FR")).containsEntry("priority", null);
    }
}
