package org.casecoordination.forms;

/**
 * A validation failure as a code of the {@code messages/forms} bundle and its arguments, read in the reader's
 * language.
 */
record FieldMessage(String code, Object... arguments) {

    static FieldMessage of(String code, Object... arguments) {
        return new FieldMessage("forms.field." + code, arguments);
    }
}
