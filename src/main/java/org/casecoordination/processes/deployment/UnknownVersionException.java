package org.casecoordination.processes.deployment;

import org.casecoordination.system.Explained;

/** A version number the process does not have (a hand-edited address, an old link). */
public class UnknownVersionException extends IllegalArgumentException implements Explained {

    private final String key;
    private final int version;

    UnknownVersionException(String key, int version) {
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
