package org.casecoordination.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs an engine lookup as the application rather than as the engine-authenticated caller, for the app's own
 * bookkeeping (which form a task has, which case a task belongs to) that the caller's grants need not cover.
 * The caller's authentication is restored afterwards, also inside a running engine command.
 */
@Component
public class AsApplication {

    private final IdentityService identityService;

    public AsApplication(IdentityService identityService) {
        this.identityService = identityService;
    }

    public <T> T run(Supplier<T> lookup) {
        Authentication caller = identityService.getCurrentAuthentication();
        if (caller == null) {
            return lookup.get();
        }
        identityService.clearAuthentication();
        try {
            return lookup.get();
        } finally {
            identityService.setAuthentication(caller);
        }
    }
}
