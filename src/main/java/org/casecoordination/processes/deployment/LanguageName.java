package org.casecoordination.processes.deployment;

import java.util.Locale;
import org.springframework.context.MessageSourceResolvable;

/**
 * A language named in a deployment problem, by its name in the reader's language ({@code languageName.es}: Spanish,
 * español); a language the bundles do not name reads by its English name.
 */
record LanguageName(String code) implements MessageSourceResolvable {

    @Override
    public String[] getCodes() {
        return new String[] {"languageName." + code};
    }

    @Override
    public String getDefaultMessage() {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() ? code : name;
    }
}
