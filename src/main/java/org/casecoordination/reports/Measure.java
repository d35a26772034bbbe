package org.casecoordination.reports;

/**
 * One measure of the supervisors' reports: a query over the app's own tables for one team and period, and the rows
 * it makes. Implementations are small, one per measure, and leave access to the caller ({@link Reports}).
 */
public interface Measure {

    /** The measure's key: its words in the bundles and its address in drill-down links. */
    String key();

    MeasureTable compute(ReportFilter filter);
}
