package org.casecoordination.security.login;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Keeps Camunda's own login throttling from contradicting {@link LoginLockout}, and refuses to start when the
 * configuration would let it.
 * <p>
 * Camunda counts failed {@code checkPassword} calls per user: from {@code loginMaxAttempts} failures on (default
 * 10) the user is locked <em>for good</em> until an administrator unlocks them, and before that every failure locks
 * for {@code loginDelayBase * loginDelayFactor^(attempts-1)} seconds, at most {@code loginDelayMaxTime}. Both get in
 * the way here: the permanent lock is what the issue forbids (demo users included), and a delay lock makes Camunda
 * refuse the <em>right</em> password for a few seconds, which the doors would count as one more failure.
 * <p>
 * So application.yml sets {@code loginMaxAttempts} to {@link Integer#MAX_VALUE} (Camunda's counter never gets
 * there, and a successful login resets it anyway) and {@code loginDelayBase} to 0 (no delay lock). Throttling is
 * then one policy, the application's: every door asks {@link LoginLockout} first and reports to it after.
 */
class CamundaLoginThrottling extends AbstractProcessEnginePlugin {

    static final int UNREACHABLE_ATTEMPTS = Integer.MAX_VALUE;

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getLoginMaxAttempts() < UNREACHABLE_ATTEMPTS) {
            throw new IllegalStateException("camunda.bpm.generic-properties.properties.loginMaxAttempts must be "
                    + UNREACHABLE_ATTEMPTS + ": a lower value locks users out for good (see LoginLockout)");
        }
        if (configuration.getLoginDelayBase() != 0) {
            throw new IllegalStateException("camunda.bpm.generic-properties.properties.loginDelayBase must be 0: "
                    + "Camunda's delay lock would refuse right passwords that LoginLockout then counts as failures");
        }
    }
}
