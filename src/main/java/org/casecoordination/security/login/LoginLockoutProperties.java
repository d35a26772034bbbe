package org.casecoordination.security.login;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code case-coordination.login.*}: how many failed logins within which window lock a user, and for how long.
 * Defaults: 5 failures within 15 minutes lock for 15 minutes.
 *
 * @param maxFailures     failed logins that lock a user, at every door alike
 * @param failureWindow   the failures count within this long
 * @param lockoutDuration how long the user stays locked, even with the right password
 */
@ConfigurationProperties("case-coordination.login")
record LoginLockoutProperties(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("15m") Duration failureWindow,
        @DefaultValue("15m") Duration lockoutDuration) {

    LoginLockoutProperties {
        if (maxFailures < 1 || failureWindow.isNegative() || failureWindow.isZero()
                || lockoutDuration.isNegative() || lockoutDuration.isZero()) {
            throw new IllegalArgumentException("case-coordination.login: max-failures, failure-window and "
                    + "lockout-duration must be positive");
        }
    }
}
