package org.casecoordination.forms;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every real form under forms/ (read from the project root, Maven's working directory): it parses, its id is
 * its file name (the formRef convention), it renders, and an empty post is refused field by field.
 * {@link ProjectFormSubmissionsTests} holds realistic submissions per form.
 */
class ProjectFormsTests {

    static final Path FORMS = Path.of("forms");

    static Stream<Path> formFiles() throws IOException {
        try (Stream<Path> files = Files.list(FORMS)) {
            return files.filter(file -> file.toString().endsWith(".form")).sorted().toList().stream();
        }
    }

    static FormDefinition load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new FormSchemaParser().parse(in, "forms/" + file.getFileName());
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    @ParameterizedTest
    @MethodSource("formFiles")
    void parsesWithTheFileNameAsId(Path file) {
        FormDefinition form = load(file);

        assertThat(form.id()).isEqualTo(file.getFileName().toString().replace(".form", ""));
        assertThat(form.fields()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("formFiles")
    void rendersEveryField(Path file) {
        FormDefinition form = load(file);

        RenderedHtml html = RenderedHtml.parse(FormFieldsRenderer.render(form, Map.of(), Map.of()));

        form.fields().forEach(field -> assertThat(html.hasId("field-" + field.key())).as(field.key()).isTrue());
    }

    @ParameterizedTest
    @MethodSource("formFiles")
    void refusesAnEmptyPostForEachRequiredVisibleField(Path file) {
        FormDefinition form = load(file);
        Map<String, Object> values = FormValues.fromRequestParameters(form, Map.of());

        List<FieldError> errors = new FormValidator().validate(form, values);

        List<String> required = FormConditions.visibleFields(form, values).stream()
                .filter(field -> field.validate().required() && !field.disabled())
                .map(FormComponent::key).toList();
        assertThat(errors).extracting(FieldError::field).containsExactlyElementsOf(required);
        assertThat(errors).extracting(FieldError::message).containsOnly("Required.");
    }
}
