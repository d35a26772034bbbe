package org.casecoordination.forms;

import org.attoparser.dom.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Renders fragments/form-fields.html with a real Thymeleaf engine, as a page would include it. */
class FormFieldsFragmentTests {

    private final FormDefinition form = Fixtures.referral();

    @Test
    void showsTheErrorNextToTheFieldAndKeepsTheEnteredValue() {
        RenderedHtml html = render(Map.of("summary", "short <script>"),
                Map.of("summary", "Must be at least 10 characters."));

        Element wrapper = html.byId("field-summary");
        Element input = html.byId("summary");
        Element error = html.byId("summary-error");
        assertThat(RenderedHtml.contains(wrapper, input)).isTrue();
        assertThat(RenderedHtml.contains(wrapper, error)).isTrue();
        assertThat(RenderedHtml.text(error)).isEqualTo("Must be at least 10 characters.");
        assertThat(error.getAttributeValue("class")).contains("invalid-feedback");
        assertThat(input.getAttributeValue("class")).contains("form-control", "is-invalid");
        assertThat(input.getAttributeValue("value")).isEqualTo("short &lt;script&gt;");
        assertThat(input.getAttributeValue("aria-describedby")).isEqualTo("summary-description summary-error");
        assertThat(input.getAttributeValue("minlength")).isEqualTo("10");
        assertThat(input.getAttributeValue("maxlength")).isEqualTo("50");
        assertThat(input.hasAttribute("required")).isTrue();
        assertThat(RenderedHtml.text(html.byId("summary-description"))).isEqualTo("Between 10 and 50 characters");
        assertThat(html.hasId("email-error")).isFalse();
        assertThat(html.byId("email").getAttributeValue("class")).doesNotContain("is-invalid");
    }

    @Test
    void keepsChosenOptionsAndTicks() {
        RenderedHtml html = render(Map.of("channel", "EMAIL", "needs", List.of("MEALS"), "urgent", true,
                "priority", "HIGH", "languages", List.of("FR"), "visits", "3x"), Map.of("needs", "Required."));

        assertThat(selected(html.byId("channel"))).containsExactly("EMAIL");
        assertThat(selected(html.byId("languages"))).containsExactly("FR");
        assertThat(html.byId("languages").hasAttribute("multiple")).isTrue();
        assertThat(html.byId("needs-0").hasAttribute("checked")).isFalse();
        assertThat(html.byId("needs-1").hasAttribute("checked")).isTrue();
        assertThat(html.byId("needs-1").getAttributeValue("class")).contains("is-invalid");
        assertThat(html.byId("needs").getAttributeValue("aria-describedby")).isEqualTo("needs-error");
        assertThat(html.byId("urgent").hasAttribute("checked")).isTrue();
        assertThat(html.byId("consent").hasAttribute("checked")).isFalse();
        assertThat(html.byId("priority-1").hasAttribute("checked")).isTrue();
        assertThat(html.byId("visits").getAttributeValue("value")).isEqualTo("3x");
    }

    @Test
    void showsDefaultsWhenNothingWasEntered() {
        RenderedHtml html = render(Map.of(), Map.of());

        assertThat(selected(html.byId("channel"))).containsExactly("PHONE");
        assertThat(html.byId("urgent").hasAttribute("checked")).isFalse();
    }

    @Test
    void mirrorsTheRulesForTheBrowser() {
        RenderedHtml html = render(Map.of(), Map.of());

        Element visits = html.byId("visits");
        assertThat(visits.getAttributeValue("type")).isEqualTo("number");
        assertThat(visits.getAttributeValue("min")).isEqualTo("0");
        assertThat(visits.getAttributeValue("max")).isEqualTo("50");
        assertThat(visits.getAttributeValue("step")).isEqualTo("1");
        assertThat(html.byId("dose").getAttributeValue("step")).isEqualTo("0.5");
        assertThat(html.byId("reference").getAttributeValue("pattern")).isEqualTo(".*(?:\\d{3}).*");
        assertThat(html.byId("email").getAttributeValue("type")).isEqualTo("email");
        assertThat(html.byId("referralDate").getAttributeValue("type")).isEqualTo("date");
        assertThat(html.byId("callTime").getAttributeValue("type")).isEqualTo("time");
        assertThat(html.byId("appointmentAt").getAttributeValue("type")).isEqualTo("datetime-local");
        assertThat(html.byId("caseNumber").hasAttribute("readonly")).isTrue();
        assertThat(html.byId("legacyId").hasAttribute("disabled")).isTrue();
        assertThat(html.byId("field-urgentReason").getAttributeValue("data-hide-if")).isEqualTo("=urgent = false");
        assertThat(html.byId("field-urgentReason").getAttributeValue("data-field-type")).isEqualTo("select");
        assertThat(html.byId("field-summary").hasAttribute("data-hide-if")).isFalse();
    }

    @Test
    void rendersGroupsTextSpacersAndSeparatorsEscaped() {
        String raw = renderRaw(Map.of(), Map.of());
        RenderedHtml html = RenderedHtml.parse(raw);

        Element group = html.byId("group-Group_Contact");
        assertThat(group.getElementName()).isEqualTo("fieldset");
        assertThat(RenderedHtml.text(RenderedHtml.byName(group, "legend").get(0))).isEqualTo("Contact");
        assertThat(RenderedHtml.contains(group, html.byId("field-summary"))).isTrue();
        assertThat(RenderedHtml.byName(html.byId("group-Group_Contact"), "input")).hasSize(4);
        assertThat(raw).contains("<h2 class=\"h4\">Referral</h2>", "<h3 class=\"h6\">Details</h3>",
                "First line of the intro.<br>Second line &lt;b&gt;not bold&lt;/b&gt;.", "<hr>");
        assertThat(raw).doesNotContain("<b>", "<script>");
    }

    @Test
    void rendersNothingWithoutAForm() {
        String html = FormFieldsRenderer.render(null, Map.of(), Map.of());

        assertThat(html.replaceAll("\\s", "")).isEqualTo("<formmethod=\"post\"></form>");
    }

    private static List<String> selected(Element select) {
        return RenderedHtml.byName(select, "option").stream().filter(o -> o.hasAttribute("selected"))
                .map(o -> o.getAttributeValue("value")).toList();
    }

    private RenderedHtml render(Map<String, Object> values, Map<String, String> errors) {
        return RenderedHtml.parse(renderRaw(values, errors));
    }

    private String renderRaw(Map<String, Object> values, Map<String, String> errors) {
        return FormFieldsRenderer.render(form, values, errors);
    }
}
