package org.casecoordination.security.login;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/**
 * A login refused while the account is locked, with how long the lock lasts: the login page says so in the
 * reader's language ({@code login.locked}); the English message stays for logs and other doors.
 */
public class AccountLockedException extends LockedException {

    private final long minutesLeft;

    public AccountLockedException(Duration remaining) {
        super(LoginLockout.lockedMessage(remaining));
        this.minutesLeft = LoginLockout.minutesLeft(remaining);
    }

    public long minutesLeft() {
        return minutesLeft;
    }
}
