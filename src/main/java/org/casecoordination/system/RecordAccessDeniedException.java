package org.casecoordination.system;

/** The caller may not see or act on this record (a case of another team): 403 on the API and on pages. */
public class RecordAccessDeniedException extends RuntimeException {

    private final String recordNumber;

    public RecordAccessDeniedException(String message, String recordNumber) {
        super(message);
        this.recordNumber = recordNumber;
    }

    /** The number the refused request named (a case number), for the 403 page's offer of emergency access. */
    public String recordNumber() {
        return recordNumber;
    }
}
