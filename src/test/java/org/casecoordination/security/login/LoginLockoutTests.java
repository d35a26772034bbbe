package org.casecoordination.security.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.CamundaWebappSession;
import org.casecoordination.support.CamundaWebappSession.LoginRefused;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Five failed logins lock a user for 15 minutes at every door, even with the right password; then it ends. */
@ApplicationTest
class LoginLockoutTests {

    private static final Duration LOCK_PASSED = Duration.ofMinutes(15).plusSeconds(1);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestLogins logins;
    @Autowired
    LoginLockout lockout;
    @LocalServerPort
    int port;

    @AfterEach
    void resetClock() {
        logins.resetClock();
    }

    @Test
    void theLoginFormLocksAfterFiveFailuresSaysForHowLongAndOpensAgainAfterwards() throws Exception {
        String userId = logins.newUser("lockout-tester");
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user(userId).password(TestLogins.WRONG))
                    .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
        }
        assertThat(lockout.remainingLock(userId)).isEmpty();
        mvc.perform(formLogin().user(userId).password(TestLogins.WRONG)).andExpect(unauthenticated());
        assertThat(lockout.remainingLock(userId)).isPresent();

        MvcResult refused = mvc.perform(formLogin().user(userId).password(TestLogins.PASSWORD))
                .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated()).andReturn();
        mvc.perform(get("/login").param("error", "").session((MockHttpSession) refused.getRequest().getSession()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "this account is locked for 15 more minutes")));

        logins.moveClockForward(LOCK_PASSED);
        mvc.perform(formLogin().user(userId).password(TestLogins.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void httpBasicOnTheApiLocksAfterFiveFailuresAndOpensAgainAfterwards() throws Exception {
        String userId = logins.newUser("lockout-tester");
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/cases/NO-SUCH-CASE").with(httpBasic(userId, TestLogins.WRONG)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/cases/NO-SUCH-CASE").with(httpBasic(userId, TestLogins.PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/engine-rest/task").with(httpBasic(userId, TestLogins.PASSWORD)))
                .andExpect(status().isUnauthorized());

        logins.moveClockForward(LOCK_PASSED);
        // past the login: the case is unknown, not the caller
        mvc.perform(get("/api/cases/NO-SUCH-CASE").with(httpBasic(userId, TestLogins.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void camundasWebappLoginLocksAfterFiveFailuresAndOpensAgainAfterwards() throws Exception {
        String userId = logins.newUser("lockout-tester");
        for (int i = 0; i < 5; i++) {
            assertThat(webappLoginStatus(userId, TestLogins.WRONG)).isEqualTo(401);
        }
        assertThat(lockout.remainingLock(userId)).isPresent();
        assertThat(webappLoginStatus(userId, TestLogins.PASSWORD)).isEqualTo(401);

        logins.moveClockForward(LOCK_PASSED);
        assertThat(webappLoginStatus(userId, TestLogins.PASSWORD)).isEqualTo(200);
    }

    @Test
    void failuresAtDifferentDoorsAddUp() throws Exception {
        String userId = logins.newUser("lockout-tester");
        webappLoginStatus(userId, TestLogins.WRONG);
        webappLoginStatus(userId, TestLogins.WRONG);
        mvc.perform(get("/api/cases/NO-SUCH-CASE").with(httpBasic(userId, TestLogins.WRONG)));
        mvc.perform(get("/api/cases/NO-SUCH-CASE").with(httpBasic(userId, TestLogins.WRONG)));
        mvc.perform(formLogin().user(userId).password(TestLogins.WRONG));

        assertThat(webappLoginStatus(userId, TestLogins.PASSWORD)).isEqualTo(401);
    }

    @Test
    void aSuccessfulLoginResetsTheCount() throws Exception {
        String userId = logins.newUser("lockout-tester");
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user(userId).password(TestLogins.WRONG)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin().user(userId).password(TestLogins.PASSWORD)).andExpect(authenticated());
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user(userId).password(TestLogins.WRONG)).andExpect(unauthenticated());
        }

        assertThat(lockout.remainingLock(userId)).isEmpty();
        mvc.perform(formLogin().user(userId).password(TestLogins.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() throws Exception {
        String userId = logins.newUser("lockout-tester");
        for (int i = 0; i < 4; i++) {
            lockout.recordFailure(userId);
        }
        logins.moveClockForward(Duration.ofMinutes(16));
        lockout.recordFailure(userId);

        assertThat(lockout.remainingLock(userId)).isEmpty();
    }

    @Test
    void unknownUserNamesLeaveNoTrace() {
        lockout.recordFailure("no-such-user-anywhere");

        assertThat(lockout.remainingLock("no-such-user-anywhere")).isEmpty();
    }

    @Test
    void theLockedMessageRoundsUpToWholeMinutes() {
        assertThat(LoginLockout.lockedMessage(Duration.ofSeconds(61))).endsWith("locked for 2 more minutes.");
        assertThat(LoginLockout.lockedMessage(Duration.ofSeconds(5))).endsWith("locked for 1 more minute.");
    }

    private int webappLoginStatus(String userId, String password) throws Exception {
        LoginRefused refused = catchThrowableOfType(LoginRefused.class,
                () -> CamundaWebappSession.login(port, userId, password, "tasklist"));
        return refused == null ? 200 : refused.status();
    }
}
