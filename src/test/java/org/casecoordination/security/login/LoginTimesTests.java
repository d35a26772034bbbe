package org.casecoordination.security.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

class LoginTimesTests {

    @Test
    void aSessionWithBothLoginsKeepsTheEarlierOneSoAChangeBetweenThemStillEndsIt() throws Exception {
        MockHttpSession session = new MockHttpSession();
        LoginTimes.remember(session, false);
        Instant first = LoginTimes.of(session);
        Thread.sleep(5);

        LoginTimes.remember(session, true);

        assertThat(LoginTimes.of(session)).isEqualTo(first);
    }

    @Test
    void aLoginIntoASessionWithNoOtherLoginStartsAfresh() throws Exception {
        MockHttpSession session = new MockHttpSession();
        LoginTimes.remember(session, false);
        Instant first = LoginTimes.of(session);
        Thread.sleep(5);

        LoginTimes.remember(session, false); // e.g. Tasklist again after its logout kept the session

        assertThat(LoginTimes.of(session)).isAfter(first);
    }
}
