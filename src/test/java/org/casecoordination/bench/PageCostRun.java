package org.casecoordination.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.casecoordination.security.Groups;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What every page's shared path costs (issue #17, My tasks ≥ 20× Tasklist): the list pages over HTTP with one
 * logged-in session per team, nothing else, so before/after runs of two builds can alternate on a busy machine.
 * Seeds {@code pages.cases} open cases once into {@code pages.dir} (kept for the next run: same data both sides),
 * then times {@code pages.samples} rounds of My tasks, the team queue and a later page (or the paths in
 * {@code pages.paths}): p50/p95 per request and the server CPU per request (every thread but the client's). With
 * {@code pages.profile=cpu|alloc} it loads async-profiler ({@code pages.profiler}) into itself around
 * {@code pages.profileRounds} untimed rounds first.
 * {@code pages.h2Settings} is added to the H2 URL (e.g. {@code ;CACHE_SIZE=65536}: H2 keeps such a setting in the
 * file, so give the other side's value explicitly too); {@code pages.tasklistBetween=true} runs Tasklist's team
 * queue query, untimed, before each request. The last line says H2's page cache and its reads from the file.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) -Dpages.cases=5000 \
 *     org.casecoordination.bench.PageCostRun</pre>
 */
public final class PageCostRun {

    private static final List<String> TEAMS = TaskListBenchmark.TEAMS;
    /** The list pages, or {@code pages.paths} (comma-separated, e.g. the header's search: /search?q=rosda). */
    private static final List<String> PAGES = List.of(System.getProperty("pages.paths",
            "/tasks?view=mine,/tasks?view=team,/tasks?view=team&page=2").split(","));

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    /**
     * Untimed work before each request: with {@code pages.tasklistBetween} Tasklist's team queue (the engine's task
     * query over a whole team), as in the bench's pages over HTTP, where each page follows one of Tasklist's
     * requests and finds the database's cache filled with the engine's tables.
     */
    private final Runnable between;

    private PageCostRun(Runnable between) {
        this.between = between;
    }

    public static void main(String[] args) throws Exception {
        int cases = Integer.getInteger("pages.cases", 5000);
        int samples = Integer.getInteger("pages.samples", 300);
        Path directory = Path.of(System.getProperty("pages.dir", "target/pages"));
        Path seeded = directory.resolve("seeded-" + cases);
        Files.createDirectories(directory);
        // the product's H2 settings: every page writes an audit row, so H2 answers no request from its result cache
        try (ConfigurableApplicationContext context = StartToReady.start(
                BenchDatabase.H2.appArguments(directory, System.getProperty("pages.h2Settings", "")))) {
            if (!Files.exists(seeded)) {
                IdentityService identity = context.getBean(IdentityService.class);
                TEAMS.forEach(team -> group(identity, team));
                group(identity, Groups.COORDINATORS);
                for (String team : TEAMS) {
                    user(identity, TaskListBenchmark.coordinator(team, 0), team);
                }
                new Seeder(context, TEAMS).seed(cases);
                Files.createFile(seeded);
            }
            String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            Map<String, HttpBench.Browser> browsers = new LinkedHashMap<>();
            for (String team : TEAMS) {
                browsers.put(team, HttpBench.Browser.logIn(base, TaskListBenchmark.coordinator(team, 0)));
            }
            TaskService taskService = context.getBean(TaskService.class);
            Runnable between = Boolean.getBoolean("pages.tasklistBetween")
                    ? () -> taskService.createTaskQuery().taskCandidateGroup(TEAMS.get(0)).taskUnassigned()
                            .orderByDueDate().asc().listPage(0, 15)
                    : () -> { };
            new PageCostRun(between).run(browsers, samples, context.getBean(DataSource.class));
        }
    }

    private void run(Map<String, HttpBench.Browser> browsers, int samples, DataSource dataSource) throws Exception {
        List<HttpBench.Browser> sessions = new ArrayList<>(browsers.values());
        rounds(sessions, 300, null); // warm-up: the JIT
        String profile = System.getProperty("pages.profile", "");
        if (!profile.isEmpty()) {
            String out = System.getProperty("pages.profileFile", "/tmp/pages-" + profile + ".txt");
            profiler("start,event=" + profile + ",interval=" + ("cpu".equals(profile) ? "1ms" : "256k"));
            rounds(sessions, Integer.getInteger("pages.profileRounds", 1000), null);
            profiler("stop,file=" + out + ",collapsed");
            System.out.println("pages: profile in " + out);
        }
        Map<String, Long> h2Before = h2Counters(dataSource);
        Map<String, Timings> latency = new LinkedHashMap<>();
        Map<String, Timings> cpu = new LinkedHashMap<>();
        rounds(sessions, samples, (page, millisAndCpu) -> {
            latency.computeIfAbsent(page, p -> new Timings()).add(millisAndCpu[0]);
            cpu.computeIfAbsent(page, p -> new Timings()).add(millisAndCpu[1]);
        });
        System.out.printf("pages: load average %.2f%n", ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
        for (String page : PAGES) {
            Timings t = latency.get(page);
            System.out.printf("pages: %-30s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  server CPU median %6.2f ms"
                    + "  p95 %6.2f ms (%d samples)%n", page, t.median(), t.p95(), t.percentile(99),
                    cpu.get(page).median(), cpu.get(page).p95(), (int) t.percentiles().get("samples"));
        }
        Map<String, Long> h2After = h2Counters(dataSource);
        int requests = samples * PAGES.size();
        System.out.printf("pages: H2 cache %d of %d MB used; per request %.2f reads from the file (%.1f KB), %.2f "
                + "writes%n", h2After.get("info.CACHE_SIZE"), h2After.get("info.CACHE_MAX_SIZE"),
                (h2After.get("info.FILE_READ") - h2Before.get("info.FILE_READ")) / (double) requests,
                (h2After.get("info.FILE_READ_BYTES") - h2Before.get("info.FILE_READ_BYTES")) / 1024.0 / requests,
                (h2After.get("info.FILE_WRITE") - h2Before.get("info.FILE_WRITE")) / (double) requests);
    }

    /** H2's own counters: its page cache's size and the pages it read from and wrote to the file so far. */
    private static Map<String, Long> h2Counters(DataSource dataSource) throws SQLException {
        Map<String, Long> counters = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM "
                        + "INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME LIKE 'info.%'")) {
            while (rows.next()) {
                try {
                    counters.put(rows.getString(1), Long.parseLong(rows.getString(2)));
                } catch (NumberFormatException notACounter) {
                    // info.VERSION and the like
                }
            }
        }
        return counters;
    }

    private interface Sample {
        void of(String page, double[] millisAndCpu);
    }

    private void rounds(List<HttpBench.Browser> sessions, int rounds, Sample sample) throws Exception {
        for (int i = 0; i < rounds; i++) {
            HttpBench.Browser browser = sessions.get(i % sessions.size());
            for (String page : PAGES) {
                between.run();
                long cpuBefore = sample == null ? 0 : otherThreadsCpu();
                long start = System.nanoTime();
                var response = browser.get(page);
                long elapsed = System.nanoTime() - start;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(page + " answered " + response.statusCode());
                }
                if (sample != null) {
                    sample.of(page, new double[] {elapsed / 1e6, (otherThreadsCpu() - cpuBefore) / 1e6});
                }
            }
        }
    }

    /** CPU time of every thread of this process but the calling one (the only client). */
    private long otherThreadsCpu() {
        long current = Thread.currentThread().getId();
        long sum = 0;
        for (long id : threads.getAllThreadIds()) {
            if (id != current) {
                long time = threads.getThreadCpuTime(id);
                if (time > 0) {
                    sum += time;
                }
            }
        }
        return sum;
    }

    /** async-profiler loaded into this JVM through jcmd (a JVM may not attach to itself). */
    private static void profiler(String arguments) throws Exception {
        String library = System.getProperty("pages.profiler", "/tmp/ap/linux-x64/libasyncProfiler.so");
        Process jcmd = new ProcessBuilder("jcmd", String.valueOf(ProcessHandle.current().pid()),
                "JVMTI.agent_load " + library + " \"" + arguments + "\"").inheritIO().start();
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + arguments + " failed");
        }
    }

    private static void group(IdentityService identity, String id) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(id);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }

    private static void user(IdentityService identity, String id, String team) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User created = identity.newUser(id);
            created.setFirstName("Bench");
            created.setLastName(id);
            created.setEmail(id + "@example.org");
            created.setPassword(HttpBench.PASSWORD);
            identity.saveUser(created);
            identity.createMembership(id, Groups.COORDINATORS);
            identity.createMembership(id, team);
        }
    }
}
