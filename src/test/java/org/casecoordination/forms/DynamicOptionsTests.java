package org.casecoordination.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attoparser.dom.Element;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/**
 * A select whose options come from a variable ({@code valuesKey}, as select-provider.form's provider list): the
 * app's renderer lists them as Camunda Tasklist does, and the server accepts what they offer.
 */
class DynamicOptionsTests {

    static final String OPTIONS = "[{\"label\": \"Northside Home Care \u2013 4 open places\", \"value\": \"7\"},"
            + " {\"label\": \"Evergreen Home Helpers \u2013 full\", \"value\": \"9\"}]";

    private final FormDefinition selectProvider = ProjectFormsTests.load(Path.of("forms", "select-provider.form"));

    @Test
    void theSelectProviderFormTakesItsProvidersFromProviderOptions() {
        FormComponent provider = selectProvider.field("providerId").orElseThrow();
        assertThat(provider.type()).isEqualTo("select");
        assertThat(provider.valuesKey()).isEqualTo("providerOptions");
        assertThat(provider.validate().required()).isTrue();
    }

    @Test
    void rendersTheOptionsOfTheVariableWhateverShapeItArrivesIn() {
        for (Object variable : List.of(Spin.JSON(OPTIONS), OPTIONS, List.of(Map.of("label",
                "Northside Home Care \u2013 4 open places", "value", "7"), Map.of("label",
                "Evergreen Home Helpers \u2013 full", "value", "9")))) {
            RenderedHtml html = render(Map.of("providerOptions", variable, "providerId", "9"));

            List<Element> options = html.byId("providerId").getChildrenOfType(Element.class);
            assertThat(options).extracting(o -> o.getAttributeValue("value")).containsExactly("", "7", "9");
            assertThat(options).extracting(RenderedHtml::text)
                    .containsExactly("Choose…", "Northside Home Care \u2013 4 open places", "Evergreen Home Helpers \u2013 full");
            assertThat(options.get(2).hasAttribute("selected")).as("the chosen one stays chosen").isTrue();
        }
    }

    @Test
    void plainStringsAreTheirOwnLabelsAndWithoutTheVariableThereIsNothingToChoose() {
        RenderedHtml strings = render(Map.of("providerOptions", List.of("A", "B")));
        assertThat(strings.byId("providerId").getChildrenOfType(Element.class))
                .extracting(o -> o.getAttributeValue("value")).containsExactly("", "A", "B");

        RenderedHtml none = render(Map.of());
        assertThat(none.byId("providerId").getChildrenOfType(Element.class)).hasSize(1);
    }

    @Test
    void aChosenProviderPassesTheFormAndNoneIsRequired() {
        assertThat(new FormValidator().validate(selectProvider, Map.of("providerId", "7"))).isEmpty();
        assertThat(new FormValidator().validate(selectProvider, Map.of())).extracting(FieldError::field)
                .containsExactly("providerId");
    }

    private RenderedHtml render(Map<String, Object> values) {
        return RenderedHtml.parse(FormFieldsRenderer.render(selectProvider, values, Map.of()));
    }
}
