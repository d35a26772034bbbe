package org.casecoordination.documents;

import java.util.Arrays;
import java.util.Optional;

/** The documents a case can produce; each is filled from {@code documents/<template>.<language>.html}. */
public enum DocumentKind {
    CARE_PLAN_SUMMARY("care-plan-summary"),
    CLOSURE_LETTER("closure-letter");

    private final String template;

    DocumentKind(String template) {
        this.template = template;
    }

    /** The template's base name, which is also the start of the stored file's name. */
    public String template() {
        return template;
    }

    public static Optional<DocumentKind> ofTemplate(String name) {
        return Arrays.stream(values()).filter(kind -> kind.template.equals(name)).findFirst();
    }
}
