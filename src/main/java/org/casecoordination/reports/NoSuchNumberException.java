package org.casecoordination.reports;

import org.casecoordination.system.Explained;
import org.casecoordination.system.NotFoundException;

/** A drill-down link to a number the report does not have (an old bookmark, a typed address). */
class NoSuchNumberException extends NotFoundException implements Explained {

    NoSuchNumberException(String measure, String row, String figure) {
        super("The report has no number " + measure + " / " + row + " / " + figure);
    }

    @Override
    public String messageKey() {
        return "reports.error.noSuchNumber";
    }
}
