package org.casecoordination.forms;

import java.util.Set;

/** The component types of form-js 1.8 (schema 16), the version Camunda 7.24 Tasklist renders with. */
final class ComponentTypes {

    static final String TEXTFIELD = "textfield";
    static final String TEXTAREA = "textarea";
    static final String NUMBER = "number";
    static final String DATETIME = "datetime";
    static final String CHECKBOX = "checkbox";
    static final String RADIO = "radio";
    static final String SELECT = "select";
    static final String CHECKLIST = "checklist";
    static final String TAGLIST = "taglist";
    static final String GROUP = "group";
    static final String DYNAMICLIST = "dynamiclist";
    static final String TEXT = "text";

    /** Anything else makes Tasklist fail to render the whole form. */
    static final Set<String> KNOWN = Set.of(TEXTFIELD, TEXTAREA, NUMBER, DATETIME, CHECKBOX, RADIO, SELECT,
            CHECKLIST, TAGLIST, GROUP, DYNAMICLIST, "table", "iframe", "image", TEXT, "html", "expression",
            "spacer", "separator", "button");

    /** Components a user types or picks a value into; each writes the variable named by its key. */
    static final Set<String> INPUTS = Set.of(TEXTFIELD, TEXTAREA, NUMBER, DATETIME, CHECKBOX, RADIO, SELECT,
            CHECKLIST, TAGLIST);

    /** Inputs whose value is a list of option values. */
    static final Set<String> MULTI_VALUE = Set.of(CHECKLIST, TAGLIST);

    /** Inputs whose value must be one of, or a list of, the options. */
    static final Set<String> WITH_OPTIONS = Set.of(RADIO, SELECT, CHECKLIST, TAGLIST);

    /** Components that write a value under their key without being user input; their keys still claim names. */
    static final Set<String> KEYED_NON_INPUTS = Set.of("expression");

    private ComponentTypes() {
    }
}
