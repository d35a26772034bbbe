package org.casecoordination.processes.engine;

import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * /actuator/health/caseLifecycle: whether the case record and the engine agree (LifecycleInvariant). Details go
 * to administrators only (management.endpoint.health.show-details). A broken case is INCONSISTENT, answered with
 * 200 (application.yml): it needs an administrator, not a load balancer taking every node out of service.
 * Probes ask often, so a result is reused for a short while.
 */
@Component("caseLifecycle")
class LifecycleHealthIndicator implements HealthIndicator {

    /** No description: the public status must stay one word. */
    static final Status INCONSISTENT = new Status("INCONSISTENT");
    private static final Duration REUSE = Duration.ofSeconds(30);

    private final LifecycleInvariant invariant;
    private volatile Health last;
    private volatile Instant lastAt = Instant.MIN;

    LifecycleHealthIndicator(LifecycleInvariant invariant) {
        this.invariant = invariant;
    }

    @Override
    public Health health() {
        Instant now = Instant.now();
        if (last == null || lastAt.plus(REUSE).isBefore(now)) {
            last = fresh();
            lastAt = now;
        }
        return last;
    }

    /** Checks now, ignoring a reused result. */
    Health fresh() {
        LifecycleInvariant.Result result = invariant.check();
        return Health.status(result.holds() ? Status.UP : INCONSISTENT)
                .withDetail("openCasesWithoutInstance", result.openCasesWithoutInstance())
                .withDetail("casesWithSeveralInstances", result.casesWithSeveralInstances())
                .withDetail("instancesWithoutOpenCase", result.instancesWithoutOpenCase())
                .withDetail("instancesWaitingForNothing", result.instancesWaitingForNothing())
                .build();
    }
}
