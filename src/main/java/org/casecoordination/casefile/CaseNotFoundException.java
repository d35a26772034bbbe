package org.casecoordination.casefile;

import org.casecoordination.system.Explained;
import org.casecoordination.system.NotFoundException;

public class CaseNotFoundException extends NotFoundException implements Explained {

    private final String caseNumber;

    public CaseNotFoundException(String caseNumber) {
        super("There is no case " + caseNumber + ".");
        this.caseNumber = caseNumber;
    }

    @Override
    public String messageKey() {
        return "errors.caseNotFound";
    }

    @Override
    public Object[] messageArguments() {
        return new Object[] {caseNumber};
    }
}
