package org.casecoordination.security.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Wrong guesses at the same moment (parallel requests, other nodes) all count, on H2 and on PostgreSQL. The
 * PostgreSQL case runs where one is given, e.g.
 * {@code AUDIT_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}.
 */
class LoginLockoutConcurrencyTests {

    private static final int THREADS = 8;

    static Stream<Arguments> databases() {
        String postgres = System.getenv("AUDIT_TEST_POSTGRES_URL");
        return Stream.of(
                Arguments.of("H2", "jdbc:h2:mem:lockout-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1"),
                Arguments.of("PostgreSQL", postgres));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void parallelWrongGuessesAllCountAndTheOneReachingTheLimitLocks(String database, String url) throws Exception {
        Assumptions.assumeTrue(url != null && !url.isBlank(), database + " not given");
        LoginLockout lockout = lockoutOn(migrated(database, url), 2 * THREADS);

        failInParallel(lockout, "racer", THREADS);
        assertThat(attempts(lockout, "racer")).as("every parallel failure counted").isEqualTo(THREADS);
        assertThat(lockout.remainingLock("racer")).isEmpty();

        failInParallel(lockout, "racer", THREADS + 3);
        assertThat(lockout.remainingLock("racer")).as("the limit was reached").isPresent();
        assertThat(attempts(lockout, "racer")).as("failures while locked do not count").isEqualTo(2 * THREADS);
    }

    private JdbcTemplate jdbc;

    private DriverManagerDataSource migrated(String database, String url) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url);
        if ("PostgreSQL".equals(database)) {
            String schema = "lockout_" + System.nanoTime();
            Flyway.configure().dataSource(url, null, null).schemas(schema).locations("classpath:db/migration")
                    .load().migrate();
            dataSource = new DriverManagerDataSource(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        } else {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        }
        jdbc = new JdbcTemplate(dataSource);
        return dataSource;
    }

    private LoginLockout lockoutOn(DriverManagerDataSource dataSource, int maxFailures) {
        IdentityService identityService = mock(IdentityService.class, RETURNS_DEEP_STUBS);
        when(identityService.createUserQuery().userId(anyString()).count()).thenReturn(1L);
        return new LoginLockout(jdbc, identityService,
                new LoginLockoutProperties(maxFailures, Duration.ofMinutes(15), Duration.ofMinutes(15)),
                new DataSourceTransactionManager(dataSource));
    }

    private static void failInParallel(LoginLockout lockout, String userId, int failures) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(failures);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < failures; i++) {
                done.add(threads.submit(() -> {
                    start.await();
                    lockout.recordFailure(userId);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> each : done) {
                each.get(30, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private int attempts(LoginLockout lockout, String userId) {
        return jdbc.queryForObject("select failed_attempts from login_lockout where user_id = ?", Integer.class,
                userId);
    }
}
