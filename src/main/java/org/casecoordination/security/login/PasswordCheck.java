package org.casecoordination.security.login;

import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.stereotype.Component;

/**
 * Camunda's {@code IdentityService.checkPassword}, with the deliberately slow BCrypt check outside the database.
 * <p>
 * Camunda runs the whole check in one engine command, which holds a pooled connection while BCrypt works (about
 * 60 ms of CPU, far longer on a busy machine): 200 coordinators logging in at once emptied the pool of 10 and
 * log-ins failed after Hikari's 30 s wait. Here the stored hash is read in one short command, compared with no
 * connection held, and the outcome recorded in a second short command only when Camunda would write one. What
 * Camunda does is kept step for step ({@code DbIdentityServiceProvider.checkPassword}): a locked user is refused
 * without a check, a right password clears earlier failed attempts, a wrong one counts one more (with the delay
 * lock its settings give, none in this app: see {@link CamundaLoginThrottling}). Identity providers other than
 * Camunda's database one (LDAP) are asked as before.
 */
@Component
public class PasswordCheck {

    private final ProcessEngineConfigurationImpl engine;
    private final IdentityService identityService;

    PasswordCheck(ProcessEngine processEngine) {
        this.engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        this.identityService = processEngine.getIdentityService();
    }

    /** True when the password is this user's; counts a failure on the user as Camunda does. */
    public boolean matches(String userId, String password) {
        if (userId == null || password == null) {
            return false;
        }
        User stored = engine.getCommandExecutorTxRequired().execute(context -> storedUser(context, userId));
        if (stored == null) {
            return false;
        }
        if (!(stored instanceof UserEntity user)) {
            return identityService.checkPassword(userId, password);
        }
        if (locked(user)) {
            return false;
        }
        boolean matches = engine.getPasswordManager()
                .check(EncryptionUtil.saltPassword(password, user.getSalt()), user.getPassword());
        if (!matches || user.getAttempts() > 0 || user.getLockExpirationTime() != null) {
            engine.getCommandExecutorTxRequired().execute(context -> record(context, userId, matches));
        }
        return matches;
    }

    /** Through the identity provider, as Camunda's check reads it (with its authorization check). */
    private static User storedUser(CommandContext context, String userId) {
        return context.getReadOnlyIdentityProvider().findUserById(userId);
    }

    private boolean locked(UserEntity user) {
        if (user.getAttempts() >= engine.getLoginMaxAttempts()) {
            return true;
        }
        Date lockExpiration = user.getLockExpirationTime();
        return lockExpiration != null && lockExpiration.after(ClockUtil.getCurrentTime());
    }

    /**
     * Read again, so the count goes on from the row as it is now (a parallel attempt may have counted meanwhile);
     * the update checks the row's revision like every Camunda update.
     */
    private Void record(CommandContext context, String userId, boolean matched) {
        if (!(storedUser(context, userId) instanceof UserEntity user)) {
            return null; // deleted meanwhile
        }
        if (matched) {
            if (user.getAttempts() > 0 || user.getLockExpirationTime() != null) {
                context.getIdentityInfoManager().updateUserLock(user, 0, null);
            }
            return null;
        }
        int attempts = user.getAttempts() + 1;
        long delay = (long) (engine.getLoginDelayBase() * Math.pow(engine.getLoginDelayFactor(), attempts - 1));
        delay = Math.min(delay, engine.getLoginDelayMaxTime()) * 1000;
        context.getIdentityInfoManager().updateUserLock(user, attempts,
                new Date(ClockUtil.getCurrentTime().getTime() + delay));
        return null;
    }
}
