package org.casecoordination.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A field's {@code prefill} is read from the form, and one that names nothing known refuses the form. */
class PrefillDeclarationTests {

    private final FormSchemaParser parser = new FormSchemaParser();

    @Test
    void theFollowUpDeclaresWhereItsFieldsComeFrom() throws Exception {
        FormDefinition followUp = parser.parse(Files.readString(Path.of("forms/follow-up.form")), "forms/follow-up.form");
        assertThat(followUp.field("clientPhone").orElseThrow().prefill()).isEqualTo(new Prefill("client", "phone"));
        assertThat(followUp.field("livingSituation").orElseThrow().prefill())
                .isEqualTo(new Prefill("record", "livingSituation"));
        assertThat(followUp.field("clientSituation").orElseThrow().prefill()).isNull();
        FormDefinition chase = parser.parse(Files.readString(Path.of("forms/chase-referral.form")), "chase");
        assertThat(chase.field("providerContact").orElseThrow().prefill())
                .isEqualTo(new Prefill("referral", "providerContact"));
    }

    @Test
    void anUnknownSourceIsRefusedNamingFormAndField() {
        assertThatThrownBy(() -> parser.parse(form("client.mobile"), "forms/x.form"))
                .isInstanceOf(InvalidFormException.class)
                .hasMessageContaining("forms/x.form").hasMessageContaining("field 'phone'")
                .hasMessageContaining("prefill 'client.mobile'");
        assertThatThrownBy(() -> parser.parse(form("intake"), "forms/x.form"))
                .hasMessageContaining("names no earlier answer");
        assertThatThrownBy(() -> parser.parse(form("record.a.b"), "forms/x.form"))
                .hasMessageContaining("names no earlier answer");
    }

    @Test
    void aPrefillOnATextBlockIsRefused() {
        assertThatThrownBy(() -> parser.parse("""
                {"id": "x", "schemaVersion": 16, "components": [
                  {"id": "Text_1", "type": "text", "text": "Hello", "properties": {"prefill": "client.phone"}}]}
                """, "forms/x.form"))
                .isInstanceOf(InvalidFormException.class).hasMessageContaining("Text_1");
    }

    private static String form(String prefill) {
        return """
                {"id": "x", "schemaVersion": 16, "components": [
                  {"id": "Field_Phone", "type": "textfield", "key": "phone", "label": "Phone",
                   "properties": {"prefill": "%s"}}]}
                """.formatted(prefill);
    }
}
