package org.casecoordination.assessment;

import org.casecoordination.system.Explained;
import org.casecoordination.system.NotFoundException;

/** A page asked for an instrument the application does not give: 404, said in the reader's language. */
class InstrumentNotFoundException extends NotFoundException implements Explained {

    private final String code;

    InstrumentNotFoundException(String code) {
        super("There is no instrument " + code + ".");
        this.code = code;
    }

    @Override
    public String messageKey() {
        return "instrumentCheck.noSuchInstrument";
    }

    @Override
    public Object[] messageArguments() {
        return new Object[] {code};
    }
}
