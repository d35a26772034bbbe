package org.casecoordination.forms;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FormConditionsTests {

    @Test
    void comparesWithLiterals() {
        assertThat(hidden("=eligible = true", Map.of("eligible", true))).isTrue();
        assertThat(hidden("=eligible = true", Map.of("eligible", false))).isFalse();
        assertThat(hidden("=eligible = true", Map.of())).isFalse();
        assertThat(hidden("=reason = \"OTHER\"", Map.of("reason", "OTHER"))).isTrue();
        assertThat(hidden("=reason != \"OTHER\"", Map.of("reason", "OTHER"))).isFalse();
        assertThat(hidden("=reason != \"OTHER\"", Map.of("reason", "MOVED"))).isTrue();
        assertThat(hidden("=visits = 0", Map.of("visits", 0L))).isTrue();
        assertThat(hidden("=dose = 1.5", Map.of("dose", new java.math.BigDecimal("1.50")))).isTrue();
        assertThat(hidden("=text = \"say \\\"hi\\\"\"", Map.of("text", "say \"hi\""))).isTrue();
    }

    @Test
    void treatsNullAsFeelDoes() {
        assertThat(hidden("=reason = null", Map.of())).isTrue();
        assertThat(hidden("=reason = null", Map.of("reason", "X"))).isFalse();
        assertThat(hidden("=reason != null", Map.of("reason", "X"))).isTrue();
        Map<String, Object> nullValue = new HashMap<>();
        nullValue.put("reason", null);
        assertThat(hidden("=reason = null", nullValue)).isTrue();
    }

    @Test
    void readsNamesAndNegation() {
        assertThat(hidden("=eligible", Map.of("eligible", true))).isTrue();
        assertThat(hidden("=eligible", Map.of("eligible", "yes"))).isFalse();
        assertThat(hidden("=not(eligible)", Map.of("eligible", false))).isTrue();
        assertThat(hidden("=not(eligible)", Map.of())).isFalse();
    }

    @Test
    void combinesWithAndOrAndParentheses() {
        Map<String, Object> values = Map.of("a", true, "b", "x", "c", false);
        assertThat(hidden("=a = true and b = \"x\"", values)).isTrue();
        assertThat(hidden("=a = true and b = \"y\"", values)).isFalse();
        assertThat(hidden("=c = true or b = \"x\"", values)).isTrue();
        assertThat(hidden("=(c or a) and not(c)", values)).isTrue();
        assertThat(hidden("=  a = true  ", values)).isTrue();
    }

    /** Camunda's FEEL engine, not a subset: a comparison or function a subset missed hides as in Tasklist. */
    @Test
    void understandsAllOfFeel() {
        Map<String, Object> values = Map.of("a", 5L, "list", List.of("x"), "name", "Ana");
        assertThat(hidden("=a > 3", values)).isTrue();
        assertThat(hidden("=list contains(list, \"x\")", values)).isTrue();
        assertThat(hidden("=count(list) = 1 and starts with(name, \"A\")", values)).isTrue();
        assertThat(hidden("=a in [1..10]", values)).isTrue();
    }

    @Test
    void leavesFieldsVisibleWhenTheConditionIsNotUnderstoodOrTypesDiffer() {
        Map<String, Object> values = Map.of("a", 5L, "list", List.of("x"));
        for (String condition : List.of("=contains(list, \"x\")", "=a = \"5\"", "=list = \"x\"",
                "a = 5", "=", "=a =", "=(a = 5", "=a = 5)", "=a.b = 1", "=\"unterminated", "=a = 5 and")) {
            assertThat(hidden(condition, values)).as(condition).isFalse();
        }
    }

    @Test
    void hidesTheFieldsOfAHiddenGroup() {
        FormDefinition form = new FormSchemaParser().parse("""
                {"id": "f", "components": [
                  {"type": "checkbox", "key": "more"},
                  {"type": "group", "conditional": {"hide": "=more = false"}, "components": [
                    {"type": "textfield", "key": "detail"}]}]}""");

        assertThat(FormConditions.visibleFields(form, Map.of("more", false))).extracting(FormComponent::key)
                .containsExactly("more");
        assertThat(FormConditions.visibleFields(form, Map.of("more", true))).extracting(FormComponent::key)
                .containsExactly("more", "detail");
    }

    private static boolean hidden(String condition, Map<String, ?> values) {
        FormComponent component = new FormComponent("id", "textfield", "k", null, null, null, null, null, null,
                null, false, false, condition, null, null, null, null, null);
        return FormConditions.isHidden(component, values);
    }
}
