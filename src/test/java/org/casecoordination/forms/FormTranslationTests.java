package org.casecoordination.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A form's words in another language: read, applied over the form's own, and checked for completeness. */
class FormTranslationTests {

    private static final FormDefinition FORM = new FormSchemaParser().parse("""
            {"id": "visit", "components": [
              {"type": "text", "id": "Text_Heading", "text": "# Visit"},
              {"type": "select", "id": "Field_Where", "key": "where", "label": "Where", "description": "Place",
               "values": [{"label": "Home", "value": "HOME"}, {"label": "Office", "value": "OFFICE"}]},
              {"type": "textfield", "id": "Field_Note", "key": "note", "label": "Note", "placeholder": "Short"}
            ]}""", "forms/visit.form");

    @Test
    void theTranslationReplacesLabelsDescriptionsTextOptionLabelsAndPlaceholdersButNotKeysOrValues() {
        FormDefinition spanish = parse("""
                {"form": "visit", "language": "es", "components": {
                  "Text_Heading": {"text": "# Visita"},
                  "where": {"label": "Dónde", "description": "Lugar", "values": {"HOME": "Casa", "OFFICE": "Oficina"}},
                  "note": {"label": "Nota", "placeholder": "Breve"}}}""").applyTo(FORM);

        assertThat(spanish.components().get(0).textBlocks().get(0).text()).isEqualTo("Visita");
        FormComponent where = spanish.field("where").orElseThrow();
        assertThat(where.label()).isEqualTo("Dónde");
        assertThat(where.description()).isEqualTo("Lugar");
        assertThat(where.values()).extracting(FormOption::label, FormOption::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Casa", "HOME"),
                        org.assertj.core.groups.Tuple.tuple("Oficina", "OFFICE"));
        assertThat(spanish.field("note").orElseThrow().placeholder()).isEqualTo("Breve");
        assertThat(FORM.field("where").orElseThrow().label()).isEqualTo("Where");
    }

    @Test
    void everyWordOfTheFormMustBeTranslatedAndOnlyItsComponentsNamed() {
        FormTranslation partial = parse("""
                {"form": "visit", "language": "es", "validated": false, "components": {
                  "where": {"label": "Dónde", "values": {"HOME": "Casa"}},
                  "nota": {"label": "Nota"}}}""");

        assertThat(partial.validated()).isFalse();
        assertThat(partial.gaps(FORM)).containsExactly(
                new TranslationGap("nota", null, null),
                new TranslationGap("Text_Heading", "text", null),
                new TranslationGap("where", "description", null),
                new TranslationGap("where", "option", "OFFICE"),
                new TranslationGap("note", "label", null),
                new TranslationGap("note", "placeholder", null));
    }

    @Test
    void theFileNameSaysFormAndLanguage() {
        assertThat(FormTranslation.FileName.of("forms/intake.es.json"))
                .isEqualTo(new FormTranslation.FileName("intake", "es"));
        assertThat(FormTranslation.FileName.of("instrument-phq9.es.json").form()).isEqualTo("instrument-phq9");
        assertThat(FormTranslation.FileName.of("intake.json")).isNull();
        assertThat(FormTranslation.FileName.of("intake.form")).isNull();
    }

    private static FormTranslation parse(String json) {
        return FormTranslation.parse(json.getBytes(StandardCharsets.UTF_8), "forms/visit.es.json");
    }
}
