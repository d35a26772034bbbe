package org.casecoordination.closure;

/** Why a case is closed before its work is done; the closure task then confirms it. */
public enum EarlyClosureReason {
    DECEASED("The client died"),
    MOVED_AWAY("The client moved away"),
    TRANSFERRED("Transferred to another agency or program"),
    CLIENT_DECLINED("The client declined further services"),
    UNABLE_TO_CONTACT("Unable to contact the client"),
    OTHER("Other");

    private final String label;

    EarlyClosureReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
