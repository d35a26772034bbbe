package org.casecoordination.documents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fixed set of merge fields a document template may name, and nothing else: every value is a ready string in
 * the document's language (labels, never codes; days formatted), or a list of such rows. docs/analysts.md lists
 * them ("Document templates"); {@link TemplateRules} refuses a template that names anything else. Change the two
 * together.
 */
public final class MergeFields {

    /** Single values: {@code {{client.name}}}. */
    public static final Set<String> VALUES = Set.of(
            "today",
            "client.name", "client.firstName", "client.dateOfBirth", "client.address", "client.phone",
            "client.language",
            "case.number", "case.opened", "case.closed", "case.closureReason", "case.closureSummary",
            "coordinator.name", "coordinator.team",
            "contact.name", "contact.phone", "contact.hours",
            "languageNote");

    /** Lists, repeated with {@code {{#services}}...{{/services}}}; their rows' fields, named inside the section. */
    public static final Map<String, Set<String>> LISTS = lists();

    /** Yes/no values for a section shown or left out: {@code {{#closed}}...{{/closed}}}. */
    public static final Set<String> FLAGS = Set.of("closed", "hasTransport", "fellBackToEnglish");

    private static Map<String, Set<String>> lists() {
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        lists.put("needs", Set.of("text"));
        lists.put("assessments", Set.of("instrument", "result", "date"));
        lists.put("goals", Set.of("text"));
        lists.put("services", Set.of("service", "provider", "providerPhone", "status", "start", "schedule",
                "transport", "hasTransport"));
        return Map.copyOf(lists);
    }

    /** Every name, for the fields list and for sample data in tests. */
    static List<String> all() {
        var names = new java.util.ArrayList<String>(VALUES);
        names.addAll(FLAGS);
        LISTS.forEach((list, fields) -> fields.forEach(field -> names.add(list + "." + field)));
        return names.stream().sorted().toList();
    }

    private MergeFields() {
    }
}
