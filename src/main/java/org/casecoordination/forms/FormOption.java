package org.casecoordination.forms;

/** One choice of a select, radio, checklist or taglist: what the user sees and what is stored. */
public record FormOption(String label, String value) {
}
