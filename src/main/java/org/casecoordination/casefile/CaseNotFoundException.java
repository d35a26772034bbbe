package org.casecoordination.casefile;

public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(String caseNumber) {
        super("There is no case " + caseNumber + ".");
    }
}
