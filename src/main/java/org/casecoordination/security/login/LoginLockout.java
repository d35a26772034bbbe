package org.casecoordination.security.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The temporary lockout after repeated failed logins, the same for every door (login form, HTTP Basic, Camunda's
 * webapps). State lives in the table {@code login_lockout}, so all nodes sharing the database agree, and a lock
 * always ends: there is no permanent lock to lift by hand.
 */
@Service
public class LoginLockout {

    private final JdbcTemplate jdbc;
    private final IdentityService identityService;
    private final LoginLockoutProperties properties;
    private volatile Clock clock = Clock.systemUTC();

    LoginLockout(JdbcTemplate jdbc, IdentityService identityService, LoginLockoutProperties properties) {
        this.jdbc = jdbc;
        this.identityService = identityService;
        this.properties = properties;
    }

    /** How long this user stays locked, or empty when they may try to log in. */
    @Transactional(readOnly = true)
    public Optional<Duration> remainingLock(String userId) {
        Instant now = clock.instant();
        return jdbc.query("select locked_until from login_lockout where user_id = ?",
                        (rs, row) -> rs.getObject(1, OffsetDateTime.class), userId).stream()
                .filter(until -> until != null && until.toInstant().isAfter(now))
                .findFirst().map(until -> Duration.between(now, until.toInstant()));
    }

    /** Counts a wrong password; the failure that reaches the limit within the window starts the lock. */
    @Transactional
    public void recordFailure(String userId) {
        if (userId == null || identityService.createUserQuery().userId(userId).count() == 0) {
            return; // unknown names would only fill the table
        }
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        List<FailureState> states = jdbc.query("select failed_attempts, first_failure_at, locked_until "
                        + "from login_lockout where user_id = ? for update",
                (rs, row) -> new FailureState(rs.getInt(1), rs.getObject(2, OffsetDateTime.class),
                        rs.getObject(3, OffsetDateTime.class)), userId);
        if (states.isEmpty()) {
            insertFirstFailure(userId, now);
            return;
        }
        FailureState state = states.get(0);
        if (state.lockedUntil() != null && state.lockedUntil().isAfter(now)) {
            return; // refused before the password was checked; a lock is never extended
        }
        boolean freshStart = state.lockedUntil() != null
                || state.firstFailureAt().plus(properties.failureWindow()).isBefore(now);
        int attempts = freshStart ? 1 : state.attempts() + 1;
        OffsetDateTime since = freshStart ? now : state.firstFailureAt();
        OffsetDateTime lockedUntil = attempts >= properties.maxFailures() ? now.plus(properties.lockoutDuration())
                : null;
        jdbc.update("update login_lockout set failed_attempts = ?, first_failure_at = ?, locked_until = ? "
                + "where user_id = ?", attempts, since, lockedUntil, userId);
    }

    /** A successful login forgets earlier failures. */
    @Transactional
    public void recordSuccess(String userId) {
        jdbc.update("delete from login_lockout where user_id = ?", userId);
    }

    /** The words every door shows a locked user. */
    public static String lockedMessage(Duration remaining) {
        long minutes = Math.max(1, (remaining.toSeconds() + 59) / 60);
        return "Too many failed logins: this account is locked for " + minutes + " more minute"
                + (minutes == 1 ? "" : "s") + ".";
    }

    private void insertFirstFailure(String userId, OffsetDateTime now) {
        OffsetDateTime lockedUntil = properties.maxFailures() <= 1 ? now.plus(properties.lockoutDuration()) : null;
        try {
            jdbc.update("insert into login_lockout (user_id, failed_attempts, first_failure_at, locked_until) "
                    + "values (?, 1, ?, ?)", userId, now, lockedUntil);
        } catch (DuplicateKeyException concurrentFirstFailure) {
            // another node counted a failure of this user at the same instant: one count for both is enough
        }
    }

    /** Tests move time forward instead of waiting for a lock to end. */
    void useClock(Clock clock) {
        this.clock = clock;
    }

    Clock clock() {
        return clock;
    }

    private record FailureState(int attempts, OffsetDateTime firstFailureAt, OffsetDateTime lockedUntil) {
    }
}
