package org.casecoordination.documents;

import org.casecoordination.system.Explained;
import org.casecoordination.system.NotFoundException;

/** No document with this id is kept with this case (also when it belongs to another case). */
class DocumentNotFoundException extends NotFoundException implements Explained {

    private final String caseNumber;

    DocumentNotFoundException(String caseNumber, long id) {
        super("Case " + caseNumber + " has no document " + id + ".");
        this.caseNumber = caseNumber;
    }

    @Override
    public String messageKey() {
        return "documents.error.notFound";
    }

    @Override
    public Object[] messageArguments() {
        return new Object[] {caseNumber};
    }
}
