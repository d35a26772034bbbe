package org.casecoordination.casefile;

import org.casecoordination.system.NotFoundException;

public class CaseNotFoundException extends NotFoundException {

    public CaseNotFoundException(String caseNumber) {
        super("There is no case " + caseNumber + ".");
    }
}
