package org.casecoordination.security;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.casecoordination.security.login.AccountLockedException;
import org.casecoordination.security.login.LoginLockout;
import org.casecoordination.security.login.PasswordCheck;
import org.casecoordination.security.login.UserStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.casecoordination.security.login.AccountDisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Logs users in against Camunda's identity service, the one truth for users, groups and passwords, so the same
 * login works here, in Tasklist/Cockpit and on /engine-rest. A user locked after repeated failures
 * ({@link LoginLockout}) is refused before the password is checked, even the right one; a deactivated or deleted
 * one ({@link UserStatus}) after it. A user with a temporary password logs in and is sent to change it
 * ({@code PasswordChangeRequired}). The password is checked by {@link PasswordCheck}: Camunda's check with BCrypt
 * outside the database connection.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final PasswordCheck passwords;
    private final LoginLockout lockout;
    private final UserStatus userStatus;

    CamundaIdentityAuthenticationProvider(IdentityService identityService, PasswordCheck passwords,
            LoginLockout lockout, UserStatus userStatus) {
        this.identityService = identityService;
        this.passwords = passwords;
        this.lockout = lockout;
        this.userStatus = userStatus;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null) {
            throw new BadCredentialsException("Wrong user name or password");
        }
        Optional<Duration> locked = lockout.remainingLock(userId);
        if (locked.isPresent()) {
            throw new AccountLockedException(locked.get());
        }
        if (!passwords.matches(userId, credentials.toString())) {
            lockout.recordFailure(userId);
            throw new BadCredentialsException("Wrong user name or password");
        }
        lockout.recordSuccess(userId);
        // after the password: only someone who knows it learns that the account is deactivated
        Optional<AccountDisabledException> refused = userStatus.loginRefused(userId);
        if (refused.isPresent()) {
            throw refused.get();
        }
        List<GrantedAuthority> authorities = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .map(groupId -> (GrantedAuthority) new SimpleGrantedAuthority(Groups.authority(groupId)))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
