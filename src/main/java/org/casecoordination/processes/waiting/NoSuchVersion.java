package org.casecoordination.processes.waiting;

import org.casecoordination.system.Explained;
import org.casecoordination.system.NotFoundException;

/** A version number the process does not have (a hand-edited address, an old link): 404 saying which. */
class NoSuchVersion extends NotFoundException implements Explained {

    private final String key;
    private final int version;

    NoSuchVersion(String key, int version) {
        super("There is no version " + version + " of " + key);
        this.key = key;
        this.version = version;
    }

    @Override
    public String messageKey() {
        return "processes.error.unknownVersion";
    }

    @Override
    public Object[] messageArguments() {
        return new Object[] {String.valueOf(version), key};
    }
}
