package org.casecoordination.security.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import java.time.Duration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.CamundaWebappSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/** Camunda's own throttling never locks anyone for good and never refuses a right password on its own. */
@ApplicationTest
class CamundaLoginThrottlingTests {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    IdentityService identityService;
    @Autowired
    TestLogins logins;
    @Autowired
    MockMvc mvc;
    @LocalServerPort
    int port;

    @AfterEach
    void resetClock() {
        logins.resetClock();
    }

    @Test
    void camundasSettingsCannotLockPermanentlyNorDelay() {
        var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();

        assertThat(configuration.getLoginMaxAttempts()).isEqualTo(Integer.MAX_VALUE);
        assertThat(configuration.getLoginDelayBase()).isZero();
    }

    @Test
    void afterManyFailuresTheRightPasswordWorksAgainOnceTheLockPassed() throws Exception {
        String userId = logins.newUser("lockout-tester");
        // more than Camunda's default limit of 10, straight at the engine (as /engine-rest/identity/verify would)
        for (int i = 0; i < 25; i++) {
            assertThat(identityService.checkPassword(userId, TestLogins.WRONG)).isFalse();
        }
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(userId).password(TestLogins.WRONG));
        }
        assertThat(((UserEntity) identityService.createUserQuery().userId(userId).singleResult()).getAttempts())
                .isGreaterThan(10);

        logins.moveClockForward(Duration.ofMinutes(16));
        assertThat(identityService.checkPassword(userId, TestLogins.PASSWORD)).isTrue();
        mvc.perform(formLogin().user(userId).password(TestLogins.PASSWORD)).andExpect(authenticated());
        CamundaWebappSession.login(port, userId, TestLogins.PASSWORD, "tasklist");
    }
}
