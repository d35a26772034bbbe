package org.casecoordination.forms;

import org.casecoordination.support.FragmentTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import java.util.Map;

/**
 * Renders fragments/form-fields.html the way a page includes it, with a real Thymeleaf engine and no Spring
 * context. The including page is an inline template, so the tests need no template files of their own.
 */
final class FormFieldsRenderer {

    private static final String PAGE = "<form method=\"post\">"
            + "<div th:replace=\"~{fragments/form-fields :: fields(${form}, ${values}, ${errors})}\"></div></form>";

    private static final SpringTemplateEngine ENGINE = FragmentTemplateEngine.create();

    private FormFieldsRenderer() {
    }

    static String render(FormDefinition form, Map<String, ?> values, Map<String, String> errors) {
        Context context = new Context();
        context.setVariable("form", form);
        context.setVariable("values", values);
        context.setVariable("errors", errors);
        return ENGINE.process(PAGE, context);
    }
}
