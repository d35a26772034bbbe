package org.casecoordination.security.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final TransactionTemplate ownTransaction;
    private volatile Clock clock = Clock.systemUTC();

    LoginLockout(JdbcTemplate jdbc, IdentityService identityService, LoginLockoutProperties properties,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.identityService = identityService;
        this.properties = properties;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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

    /**
     * Counts a wrong password; the failure that reaches the limit within the window starts the lock. Each failure
     * is one atomic UPDATE in a transaction of its own, so parallel guesses (on any node) all count: the database
     * serialises the updates of the row and each one computes from the row as the previous one left it. A
     * caller's rollback (a refused login) does not take the count back.
     */
    public void recordFailure(String userId) {
        if (userId == null || identityService.createUserQuery().userId(userId).count() == 0) {
            return; // unknown names would only fill the table
        }
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        for (int attempt = 0; attempt < 3; attempt++) {
            ensureRow(userId, now);
            if (countFailure(userId, now) == 1) {
                return;
            }
            // a successful login deleted the row between the two statements: count on a new one
        }
    }

    /** A successful login forgets earlier failures. */
    @Transactional
    public void recordSuccess(String userId) {
        jdbc.update("delete from login_lockout where user_id = ?", userId);
    }

    /** The words every door shows a locked user. */
    public static String lockedMessage(Duration remaining) {
        long minutes = minutesLeft(remaining);
        return "Too many failed logins: this account is locked for " + minutes + " more minute"
                + (minutes == 1 ? "" : "s") + ".";
    }

    /** Whole minutes, rounded up, at least one. */
    static long minutesLeft(Duration remaining) {
        return Math.max(1, (remaining.toSeconds() + 59) / 60);
    }

    /**
     * A row with no failures yet, inserted in a transaction of its own: when another thread or node inserts it
     * first, the duplicate key aborts only this small transaction (PostgreSQL aborts the whole transaction a
     * failed statement ran in), and the count goes on in {@link #countFailure}.
     */
    private void ensureRow(String userId, OffsetDateTime now) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update("insert into login_lockout (user_id, "
                    + "failed_attempts, first_failure_at, locked_until) select ?, 0, ?, null where not exists "
                    + "(select 1 from login_lockout where user_id = ?)", userId, now, userId));
        } catch (DuplicateKeyException insertedMeanwhile) {
            // someone else's failure created the row: ours is counted on it
        }
    }

    /**
     * One statement: a running lock is left as it is (a lock is never extended); after a lock or outside the
     * window the count starts again at 1; otherwise it goes up by one, and reaching the limit locks. SQL reads the
     * old row in every SET expression, which is why the new count is spelt out again for locked_until.
     */
    private int countFailure(String userId, OffsetDateTime now) {
        String restart = "(locked_until is not null or failed_attempts = 0 or first_failure_at < :windowStart)";
        String newCount = "case when " + restart + " then 1 else failed_attempts + 1 end";
        var parameters = new MapSqlParameterSource("now", now)
                .addValue("windowStart", now.minus(properties.failureWindow()))
                .addValue("lockEnd", now.plus(properties.lockoutDuration()))
                .addValue("maxFailures", properties.maxFailures())
                .addValue("userId", userId);
        return ownTransaction.execute(status -> new NamedParameterJdbcTemplate(jdbc).update(
                "update login_lockout set "
                        + "failed_attempts = case when locked_until > :now then failed_attempts else " + newCount
                        + " end, "
                        + "first_failure_at = case when locked_until > :now then first_failure_at when " + restart
                        + " then :now else first_failure_at end, "
                        + "locked_until = case when locked_until > :now then locked_until when " + newCount
                        + " >= :maxFailures then :lockEnd else null end "
                        + "where user_id = :userId", parameters));
    }

    /** Tests move time forward instead of waiting for a lock to end. */
    void useClock(Clock clock) {
        this.clock = clock;
    }

    Clock clock() {
        return clock;
    }

}
