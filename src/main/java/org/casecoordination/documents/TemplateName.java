package org.casecoordination.documents;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code documents/care-plan-summary.es.html}: which document, in which language (ISO 639-1). */
record TemplateName(String template, String language) {

    static final String FOLDER = "documents/";
    private static final Pattern NAME = Pattern.compile("^documents/([a-z0-9-]+)\\.([a-z]{2})\\.html$");

    static Optional<TemplateName> of(String resourceName) {
        Matcher matcher = NAME.matcher(resourceName);
        return matcher.matches() ? Optional.of(new TemplateName(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    static String resourceName(DocumentKind kind, String language) {
        return FOLDER + kind.template() + "." + language + ".html";
    }
}
