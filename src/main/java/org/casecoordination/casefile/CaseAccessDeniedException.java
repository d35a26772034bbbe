package org.casecoordination.casefile;

/** The current user may not see or act on this case: it belongs to a team they do not work in. */
public class CaseAccessDeniedException extends RuntimeException {

    private final String caseNumber;

    public CaseAccessDeniedException(String caseNumber) {
        super("This case belongs to a team you do not work in. Ask a supervisor if you need access.");
        this.caseNumber = caseNumber;
    }

    public String caseNumber() {
        return caseNumber;
    }
}
