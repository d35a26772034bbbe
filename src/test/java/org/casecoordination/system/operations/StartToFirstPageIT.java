package org.casecoordination.system.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.casecoordination.support.AppProcess;
import org.casecoordination.support.FirstPageAfterLaunch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ready means ready, as a script or an impatient person sees it (issue #17): from the moment the packaged
 * application is launched, a script calls the API with a demo user's password and opens the login page as fast as
 * it can. Before start-up work is done (demo users, grants) it gets 503 "starting", never a refused login: a
 * refused one would count towards the lockout (five in 15 minutes). The first answer that is not 503 is a success,
 * and so is a login through the page right after. Prints the time from launch to the first page behind a login.
 */
class StartToFirstPageIT {

    @TempDir
    Path workDir;

    @Test
    void aScriptThatLogsInWhileTheApplicationStartsGetsStartingThenSuccessNeverALockout() throws Exception {
        long launched = System.nanoTime();
        try (AppProcess app = AppProcess.launch(workDir, "start-to-first-page", List.of(), Map.of())) {
            FirstPageAfterLaunch.Seen seen = new FirstPageAfterLaunch().await(app, launched);

            assertThat(seen.retryAfterOnEach()).as("Retry-After on every 503 \"starting\"").isTrue();
            // a 401 here would be a refused login counted towards the lockout
            assertThat(seen.firstApiStatus()).as("the first answer that is not 503 \"starting\"").isEqualTo(200);
            assertThat(seen.loginPageStatus()).isEqualTo(200);
            assertThat(seen.csrfOnLoginPage()).as("a CSRF token on the login page").isTrue();
            assertThat(seen.loginStatus()).isEqualTo(302);
            assertThat(seen.loginLocation()).doesNotContain("error");
            assertThat(seen.tasksStatus()).isEqualTo(200);
            System.out.printf("start-to-first-page-ms=%d cpu-ms=%d (launch to a page behind a login; the process's "
                    + "CPU by then; %d answers of 503 before)%n", seen.millis(), seen.cpuMillis(), seen.starting());
        }
    }
}
