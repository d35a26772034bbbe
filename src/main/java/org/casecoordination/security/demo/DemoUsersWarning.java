package org.casecoordination.security.demo;

import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Warns at every start while demo users exist, in any profile: a database that began as a demo and went into
 * production still has accounts whose password everyone knows.
 */
@Component
@Order(15)
class DemoUsersWarning implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUsersWarning.class);

    private final IdentityService identityService;

    DemoUsersWarning(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void run(ApplicationArguments args) {
        var present = DemoUsers.userIds().stream()
                .filter(id -> identityService.createUserQuery().userId(id).count() > 0).toList();
        if (!present.isEmpty()) {
            log.warn("DEMO USERS EXIST: {} (password '{}' unless changed). Remove them before real client data "
                    + "is entered.", present, DemoUsers.PASSWORD);
        }
    }
}
