package org.casecoordination.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A parsed Camunda Form. Groups are visual only (a group with a {@code path} is rejected by the parser), so
 * every input sits at the top level of the submitted data and {@link #fields()} can flatten through them.
 */
public final class FormDefinition {

    private final String id;
    private final List<FormComponent> components;
    private final List<FormComponent> fields;

    public FormDefinition(String id, List<FormComponent> components) {
        this.id = id;
        this.components = List.copyOf(components);
        this.fields = List.copyOf(collectFields(this.components, new ArrayList<>()));
    }

    /** The form's {@code id}, which is the {@code camunda:formRef} of the user tasks that show it. */
    public String id() {
        return id;
    }

    /** The top-level components; groups keep their children. */
    public List<FormComponent> components() {
        return components;
    }

    /** Every input component with a key, flattened through groups, in document order. */
    public List<FormComponent> fields() {
        return fields;
    }

    public Optional<FormComponent> field(String key) {
        return fields.stream().filter(field -> field.key().equals(key)).findFirst();
    }

    private static List<FormComponent> collectFields(List<FormComponent> components, List<FormComponent> into) {
        for (FormComponent component : components) {
            if (component.isInput()) {
                into.add(component);
            } else if (ComponentTypes.GROUP.equals(component.type())) {
                collectFields(component.components(), into);
            }
        }
        return into;
    }

    @Override
    public String toString() {
        return "FormDefinition[" + id + ", fields=" + fields.stream().map(FormComponent::key).toList() + "]";
    }
}
