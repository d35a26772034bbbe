package org.casecoordination.forms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class FormSchemaParserTests {

    private final FormSchemaParser parser = new FormSchemaParser();

    @Test
    void readsTheComponentTreeAndFlattensFieldsThroughGroups() {
        FormDefinition form = Fixtures.referral();

        assertThat(form.id()).isEqualTo("referral-fixture");
        assertThat(form.components()).extracting(FormComponent::type).startsWith("text", "group", "number");
        assertThat(form.components().get(1).components()).extracting(FormComponent::key)
                .containsExactly("summary", "email", "phone", "reference");
        assertThat(form.fields()).extracting(FormComponent::key).containsExactly("summary", "email", "phone",
                "reference", "visits", "dose", "notes", "referralDate", "callTime", "appointmentAt", "urgent",
                "urgentReason", "consent", "priority", "channel", "needs", "languages", "caseNumber", "legacyId");
        assertThat(form.field("nope")).isEmpty();
    }

    @Test
    void readsValidationOptionsDefaultsAndFlags() {
        FormDefinition form = Fixtures.referral();

        assertThat(form.field("summary").orElseThrow().validate())
                .isEqualTo(new Validation(true, 10, 50, null, null, null, null));
        FormComponent visits = form.field("visits").orElseThrow();
        assertThat(visits.validate().min()).isEqualByComparingTo("0");
        assertThat(visits.validate().max()).isEqualByComparingTo("50");
        assertThat(visits.decimalDigits()).isZero();
        assertThat(form.field("dose").orElseThrow().increment()).isEqualByComparingTo(new BigDecimal("0.5"));
        assertThat(form.field("reference").orElseThrow().validate().pattern()).isEqualTo("\\d{3}");
        assertThat(form.field("channel").orElseThrow().values())
                .containsExactly(new FormOption("Phone", "PHONE"), new FormOption("Email", "EMAIL"));
        assertThat(form.field("channel").orElseThrow().defaultValue()).isEqualTo("PHONE");
        assertThat(form.field("urgent").orElseThrow().defaultValue()).isEqualTo(false);
        assertThat(form.field("urgentReason").orElseThrow().hideCondition()).isEqualTo("=urgent = false");
        assertThat(form.field("caseNumber").orElseThrow().readonly()).isTrue();
        assertThat(form.field("legacyId").orElseThrow().disabled()).isTrue();
        assertThat(form.field("notes").orElseThrow().validate().required()).isFalse();
    }

    @Test
    void readsTypeSpecificProperties() {
        FormDefinition form = Fixtures.referral();

        assertThat(form.field("referralDate").orElseThrow().subtype()).isEqualTo("date");
        assertThat(form.field("referralDate").orElseThrow().label()).isEqualTo("Referral date");
        assertThat(form.field("callTime").orElseThrow().label()).isEqualTo("Call time");
        assertThat(form.field("appointmentAt").orElseThrow().subtype()).isEqualTo("datetime");
        assertThat(form.field("needs").orElseThrow().isMultiValue()).isTrue();
        assertThat(form.field("languages").orElseThrow().isMultiValue()).isTrue();
        assertThat(form.field("channel").orElseThrow().isMultiValue()).isFalse();
        FormComponent intro = form.components().get(0);
        assertThat(intro.isInput()).isFalse();
        assertThat(intro.key()).isNull();
        assertThat(intro.text()).startsWith("# Referral");
        assertThat(intro.validate()).isEqualTo(Validation.NONE);
    }

    @Test
    void acceptsComponentsTasklistRendersButWeDoNot() {
        FormDefinition form = parser.parse("""
                {"id": "f", "components": [
                  {"type": "iframe", "url": "https://example.org"}, {"type": "html", "content": "<p>x</p>"},
                  {"type": "button", "action": "submit"}, {"type": "image", "source": "x.png"},
                  {"type": "expression", "key": "total", "expression": "=1 + 1"},
                  {"type": "dynamiclist", "path": "contacts", "components": [{"type": "textfield", "key": "name"}]},
                  {"type": "textfield", "key": "name"}]}""");

        assertThat(form.fields()).extracting(FormComponent::key).containsExactly("name");
    }

    @Test
    void readsFromAStream() {
        var in = new ByteArrayInputStream("{\"id\":\"s\",\"components\":[]}".getBytes(StandardCharsets.UTF_8));

        assertThat(parser.parse(in, "forms/s.form").fields()).isEmpty();
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                arguments("[]", "is not a JSON object"),
                arguments("{\"id\": ", "is not valid JSON"),
                arguments("{\"components\": []}", "has no id"),
                arguments("{\"id\": \"f\"}", "has no components array"),
                arguments("{\"id\": \"f\", \"components\": {}}", "has no components array"),
                arguments("{\"id\": \"f\", \"schemaVersion\": 17, \"components\": []}", "schemaVersion 17"),
                arguments(components("{\"type\": \"date\", \"key\": \"d\", \"id\": \"Field_D\"}"),
                        "'Field_D' has type 'date'"),
                arguments(components("{\"type\": \"textfield\", \"key\": \"a\"}, {\"type\": \"group\","
                        + " \"components\": [{\"type\": \"number\", \"key\": \"a\", \"id\": \"Field_A2\"}]}"),
                        "'Field_A2' uses key 'a'"),
                arguments(components("{\"type\": \"textfield\", \"id\": \"Field_NoKey\"}"), "without a key"),
                arguments(components("{\"type\": \"textfield\", \"key\": \"a.b\"}"), "would nest the value"),
                arguments(components("{\"type\": \"group\", \"path\": \"p\", \"components\": []}"), "sets path"),
                arguments(components("{\"type\": \"textfield\", \"key\": \"a\", \"validate\": {\"pattern\": \"(\"}}"),
                        "not a valid regular expression"),
                arguments(components("{\"type\": \"number\", \"key\": \"a\", \"validate\": {\"min\": \"x\"}}"),
                        "validate.min 'x' is not a number"),
                arguments(components("{\"type\": \"textfield\", \"key\": \"reason\", \"conditional\":"
                        + " {\"hide\": \"=eligible = \"}}"), "'reason' has the condition 'Hide if' =eligible = , which"
                        + " is not FEEL"));
    }

    @ParameterizedTest
    @MethodSource("broken")
    void rejectsWhatTasklistWouldNotRenderNamingTheResource(String json, String problem) {
        assertThatThrownBy(() -> parser.parse(json, "forms/broken.form"))
                .isInstanceOf(InvalidFormException.class)
                .hasMessageStartingWith("forms/broken.form: ").hasMessageContaining(problem);
    }

    @Test
    void acceptsSchemaVersionSixteenAndNone() {
        assertThat(parser.parse("{\"id\": \"f\", \"schemaVersion\": 16, \"components\": []}").id()).isEqualTo("f");
        assertThat(parser.parse("{\"id\": \"f\", \"components\": []}").id()).isEqualTo("f");
    }

    @Test
    void readsExpressionLimitsAsAbsent() {
        FormDefinition form = parser.parse(components(
                "{\"type\": \"textfield\", \"key\": \"a\", \"validate\": {\"minLength\": \"=limit\"}}"));

        assertThat(form.field("a").orElseThrow().validate().minLength()).isNull();
    }

    private static String components(String components) {
        return "{\"id\": \"f\", \"schemaVersion\": 16, \"components\": [" + components + "]}";
    }
}
