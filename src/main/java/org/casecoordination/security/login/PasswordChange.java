package org.casecoordination.security.login;

import java.time.Duration;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;

/**
 * Changes a user's own password in Camunda's identity, so Tasklist, Cockpit and /engine-rest take the new one too.
 * The current password is asked again (a session left open must not be enough), and a wrong one counts as a failed
 * login: the change form is no way around the lockout.
 */
@Service
class PasswordChange {

    private final IdentityService identityService;
    private final PasswordCheck passwords;
    private final LoginLockout lockout;
    private final UserStatus userStatus;

    PasswordChange(IdentityService identityService, PasswordCheck passwords, LoginLockout lockout,
            UserStatus userStatus) {
        this.passwords = passwords;
        this.identityService = identityService;
        this.lockout = lockout;
        this.userStatus = userStatus;
    }

    /** An administrator set the password: the page says why it must be changed. */
    boolean isRequired(String userId) {
        return userStatus.mustChangePassword(userId);
    }

    /** Changes the password, or leaves it and explains why in {@code errors}. */
    void change(String userId, PasswordChangeForm form, Errors errors) {
        NewPasswordRules.check(userId, form, errors);
        if (errors.hasErrors()) {
            return;
        }
        Optional<Duration> locked = lockout.remainingLock(userId);
        if (locked.isPresent()) {
            errors.reject("login.locked", new Object[] {LoginLockout.minutesLeft(locked.get())},
                    LoginLockout.lockedMessage(locked.get()));
            return;
        }
        if (!passwords.matches(userId, form.getCurrentPassword())) {
            lockout.recordFailure(userId);
            errors.rejectValue("currentPassword", "passwordChange.error.wrong", "This is not your current password.");
            return;
        }
        lockout.recordSuccess(userId);
        User user = identityService.createUserQuery().userId(userId).singleResult();
        user.setPassword(form.getNewPassword());
        identityService.saveUser(user);
        userStatus.passwordChanged(userId);
    }
}
