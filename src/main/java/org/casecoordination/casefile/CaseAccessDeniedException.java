package org.casecoordination.casefile;

import org.casecoordination.system.Explained;
import org.casecoordination.system.RecordAccessDeniedException;

/** The current user may not see or act on this case: it belongs to a team they do not work in. */
public class CaseAccessDeniedException extends RecordAccessDeniedException implements Explained {

    public CaseAccessDeniedException(String caseNumber) {
        super("This case belongs to a team you do not work in. Ask a supervisor if you need access.", caseNumber);
    }

    @Override
    public String messageKey() {
        return "errors.caseOfOtherTeam";
    }

    public String caseNumber() {
        return recordNumber();
    }
}
