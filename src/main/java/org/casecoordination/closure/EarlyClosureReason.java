package org.casecoordination.closure;

/** Why a case is closed before its work is done; the closure task then confirms it. Words: earlyClosureReason.CODE. */
public enum EarlyClosureReason {
    DECEASED,
    MOVED_AWAY,
    TRANSFERRED,
    CLIENT_DECLINED,
    UNABLE_TO_CONTACT,
    OTHER;
}
