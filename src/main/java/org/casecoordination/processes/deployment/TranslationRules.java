package org.casecoordination.processes.deployment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casecoordination.forms.FormDefinition;
import org.casecoordination.forms.FormTranslation;
import org.casecoordination.forms.InvalidFormException;
import org.casecoordination.forms.TranslationGap;

/**
 * The translation files of a deployment ({@code forms/<form id>.<language>.json}) against its forms: each
 * translates a form of the same deployment, names only components that form has, and gives every word of it; and
 * every form has a translation for each configured language but the first, the forms' own. Problems name form,
 * field and language in words an analyst reads ("The Spanish words of form “intake” lack the label of field
 * “livingSituation”.").
 */
final class TranslationRules {

    private final List<String> languages;

    /** @param languages the configured languages, the forms' own first ({@code en, es}) */
    TranslationRules(List<String> languages) {
        this.languages = List.copyOf(languages);
    }

    void check(ProcessResources resources, Map<String, FormDefinition> forms, Map<String, String> fileOfForm,
            List<ProcessProblem> problems) {
        Set<String> translated = new HashSet<>();
        resources.files().forEach((name, content) -> {
            FormTranslation.FileName fileName = name.startsWith("forms/") ? FormTranslation.FileName.of(name) : null;
            if (fileName == null) {
                return;
            }
            FormTranslation translation;
            try {
                translation = FormTranslation.parse(content, name);
            } catch (InvalidFormException e) {
                String problem = e.getMessage().substring(name.length() + 2);
                problems.add(ProcessProblem.error(name, null, "the translation " + problem)
                        .said("processProblem.translationInvalid", problem));
                return;
            }
            if (!translation.form().equals(fileName.form()) || !translation.language().equals(fileName.language())) {
                problems.add(ProcessProblem.error(name, null, "the file says it translates form “"
                        + translation.form() + "” into " + language(translation.language()) + "; its name must be "
                        + "forms/" + translation.form() + "." + translation.language() + ".json")
                        .said("processProblem.translationMisnamed", translation.form(),
                                new LanguageName(translation.language()), translation.language()));
                return;
            }
            FormDefinition form = forms.get(translation.form());
            if (form == null) {
                problems.add(ProcessProblem.error(name, null, "The " + language(translation.language())
                        + " words are for form “" + translation.form() + "”, which is not deployed with them;"
                        + " deploy the form together with its translation")
                        .said("processProblem.translationWithoutForm", new LanguageName(translation.language()),
                                translation.form()));
                return;
            }
            translated.add(translation.form() + "." + translation.language());
            for (TranslationGap gap : translation.gaps(form)) {
                problems.add(ProcessProblem.error(name, gap.component(), sentence(translation, gap))
                        .said(gapCode(gap), new LanguageName(translation.language()), translation.form(),
                                gap.component(), gap.option() == null ? "" : gap.option()));
            }
        });
        forms.keySet().stream().sorted().forEach(formId -> languages.stream().skip(1)
                .filter(language -> !translated.contains(formId + "." + language))
                .forEach(language -> problems.add(ProcessProblem.error(fileOfForm.get(formId), null,
                        "Form “" + formId + "” has no " + language(language) + " words: add forms/" + formId + "."
                                + language + ".json beside it (see docs/analysts.md, Forms in other languages)")
                        .said("processProblem.translationMissing", formId, new LanguageName(language), language))));
    }

    private static String sentence(FormTranslation translation, TranslationGap gap) {
        String words = "The " + language(translation.language()) + " words of form “" + translation.form() + "”";
        if (gap.unknownComponent()) {
            return words + " name field “" + gap.component() + "”, which the form does not have; use the"
                    + " field's key (or the id of a text block) as the form has it";
        }
        String what = "option".equals(gap.word()) ? "the label of option “" + gap.option() + "”"
                : "the " + gap.word();
        return words + " lack " + what + " of field “" + gap.component() + "”";
    }

    /** The key of a gap's words: {@code {0}} language, {@code {1}} form, {@code {2}} field, {@code {3}} option. */
    private static String gapCode(TranslationGap gap) {
        return gap.unknownComponent() ? "processProblem.translationUnknownField"
                : "processProblem.translationLacks." + gap.word();
    }

    /** "Spanish" for es: analysts read the deployment's problems in English, like the rest of them. */
    static String language(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() ? code : name;
    }
}
