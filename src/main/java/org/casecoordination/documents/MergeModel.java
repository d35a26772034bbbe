package org.casecoordination.documents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a template is filled with, by the dotted names of {@link MergeFields} ({@code client.name} becomes
 * {@code {client: {name: ...}}}): plain maps, lists and strings, which is all the template's collector reads.
 */
final class MergeModel {

    private final Map<String, Object> root = new LinkedHashMap<>();
    private final MergeFields.Fields fields;

    /** For one kind of document: only its fields may be put. */
    MergeModel(DocumentKind kind) {
        this.fields = MergeFields.of(kind);
    }

    /** A value or flag; refuses a name that is not a merge field, so the code and the documented set agree. */
    MergeModel put(String name, Object value) {
        if (!fields.values().contains(name) && !fields.flags().contains(name)) {
            throw new IllegalArgumentException("not a merge field: " + name);
        }
        place(root, name, value == null ? "" : value);
        return this;
    }

    MergeModel list(String name, List<Map<String, Object>> rows) {
        if (!fields.lists().containsKey(name)) {
            throw new IllegalArgumentException("not a merge list: " + name);
        }
        rows.forEach(row -> row.keySet().forEach(field -> {
            if (!fields.lists().get(name).contains(field)) {
                throw new IllegalArgumentException("not a field of " + name + ": " + field);
            }
        }));
        root.put(name, List.copyOf(rows));
        return this;
    }

    Map<String, Object> values() {
        return root;
    }

    /**
     * Every field filled (each list one row, every flag true) or every list empty and every flag false: a template
     * run against both has shown each of its sections once, so a name it may not use fails at deployment.
     */
    static MergeModel sample(DocumentKind kind, boolean filled) {
        MergeModel model = new MergeModel(kind);
        MergeFields.Fields names = MergeFields.of(kind);
        names.values().forEach(name -> model.put(name, "sample " + name));
        names.flags().forEach(name -> model.put(name, filled));
        names.lists().forEach((list, fields) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            fields.forEach(field -> row.put(field, names.flags().contains(field) ? (Object) filled
                    : "sample " + list + "." + field));
            model.list(list, filled ? List.of(row) : List.of());
        });
        return model;
    }

    @SuppressWarnings("unchecked")
    private static void place(Map<String, Object> map, String name, Object value) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            map.put(name, value);
            return;
        }
        Map<String, Object> inner = (Map<String, Object>) map.computeIfAbsent(name.substring(0, dot),
                key -> new LinkedHashMap<String, Object>());
        place(inner, name.substring(dot + 1), value);
    }
}
