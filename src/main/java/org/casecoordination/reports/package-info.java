/**
 * Reports for supervisors (issue #21): measures of one team's work over a period in the agency's time zone, each a
 * small class whose rows a table, a chart and an export can all render, and the list of cases behind every number.
 */
package org.casecoordination.reports;
