package org.casecoordination.security.login;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.casecoordination.security.Groups;
import org.springframework.stereotype.Component;

/**
 * Test users of their own for failed logins (never the demo users, whom other tests log in as), and the lockout's
 * clock moved forward instead of waiting a quarter of an hour.
 */
@Component
class TestLogins {

    static final String PASSWORD = "right-password-1";
    static final String WRONG = "wrong-password-1";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final IdentityService identityService;
    private final LoginLockout lockout;

    TestLogins(IdentityService identityService, LoginLockout lockout) {
        this.identityService = identityService;
        this.lockout = lockout;
    }

    /** A new coordinator of team-north (Tasklist access) with {@link #PASSWORD}. */
    String newUser(String prefix) {
        String id = prefix + "-" + SEQUENCE.incrementAndGet();
        User user = identityService.newUser(id);
        user.setFirstName("Test");
        user.setLastName("User");
        user.setEmail(id + "@example.org");
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(id, Groups.COORDINATORS);
        identityService.createMembership(id, "team-north");
        return id;
    }

    void moveClockForward(Duration duration) {
        lockout.useClock(Clock.offset(lockout.clock(), duration));
    }

    void resetClock() {
        lockout.useClock(Clock.systemUTC());
    }
}
