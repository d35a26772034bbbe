package org.casecoordination.reports;

import java.util.List;

/**
 * One table as it goes into a file, already in the reader's words: a title, lines saying what it covers (team,
 * filter, period, figures as of, definition, what was left out), column headings and rows. A cell is a
 * {@link Number} (written as a number), text, or null (empty).
 */
record ExportSheet(String name, String title, List<String> about, List<String> headers, List<List<Object>> rows) {
}
