package org.casecoordination.security.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP Basic (/api, /engine-rest) authenticates on every request, so an integration would write a LOGIN per call
 * and bury the logins people care about. A Basic login counts once per user and address per interval, like the
 * start of a session; the calls themselves are audited when they touch a record. Failed logins always count.
 * Kept in memory: after a restart, or on each node of a cluster, the first call logs a LOGIN again.
 */
class BasicLogins {

    private static final int MAX_REMEMBERED = 10_000;

    private final Duration interval;
    private final Map<String, Instant> lastRecorded = new ConcurrentHashMap<>();

    BasicLogins(Duration interval) {
        this.interval = interval;
    }

    /** Whether this login starts a new "session" of the user from this address, and so is recorded. */
    boolean isNew(String userId, String remoteAddress, Instant now) {
        if (lastRecorded.size() > MAX_REMEMBERED) {
            lastRecorded.values().removeIf(last -> !last.plus(interval).isAfter(now));
        }
        boolean[] isNew = {false};
        lastRecorded.compute(userId + "\n" + remoteAddress, (key, last) -> {
            if (last == null || !last.plus(interval).isAfter(now)) {
                isNew[0] = true;
                return now;
            }
            return last;
        });
        return isNew[0];
    }
}
