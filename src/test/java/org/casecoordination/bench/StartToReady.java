package org.casecoordination.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casecoordination.CaseCoordinationApplication;
import org.casecoordination.support.AppProcess;
import org.casecoordination.support.FirstPageAfterLaunch;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Start to ready as the user sees it (issue #17): from launching the packaged application to the first page behind
 * a login, with a script knocking on the API from the first moment ({@link FirstPageAfterLaunch}, as
 * {@code StartToFirstPageIT}). Each start is a fresh process on a fresh database, then restarts on an existing one,
 * run the two ways docs/operations.md describes: the plain jar ({@code java -jar}) and the extracted jar with its
 * class data sharing archive (tools/cds/prepare.sh). One start on a shared 2-core machine varies by seconds, so the
 * two ways alternate and the report gives every start and each way's median.
 */
final class StartToReady {

    /** The benchmark's own start, in this JVM, on the database {@link BenchDatabase#freshForApp} gave the arguments of. */
    static ConfigurableApplicationContext start(List<String> databaseArguments) {
        List<String> arguments = new ArrayList<>(databaseArguments);
        arguments.addAll(List.of("--server.port=0", "--camunda.bpm.job-execution.enabled=false"));
        return new SpringApplication(CaseCoordinationApplication.class).run(arguments.toArray(String[]::new));
    }

    /**
     * {@code count} starts each way on fresh databases, then {@code count} restarts each way on the database of each
     * way's first start, alternating; the archive is prepared first, as an operator would. Three ways: the plain jar,
     * the archive, and the archive with the quick compiler only (operations' quick start).
     */
    static Map<String, Object> asUsersSeeIt(int count, Path directory) throws IOException, InterruptedException {
        Path jar = AppProcess.jar().toAbsolutePath();
        Path extracted = directory.resolve("cds");
        long preparing = System.nanoTime();
        prepareArchive(jar, extracted);
        long preparedSeconds = (System.nanoTime() - preparing) / 1_000_000_000;
        List<String> plain = List.of(AppProcess.javaBinary(), "-jar", jar.toString());
        // -Xshare:on: a start that cannot map the archive fails instead of being counted as one with it
        List<String> shared = List.of(AppProcess.javaBinary(), "-Xshare:on",
                "-XX:SharedArchiveFile=" + extracted.resolve("application.jsa"),
                "-jar", extracted.resolve(jar.getFileName()).toString());
        // operations' quick start: the same with the quick compiler only (C1), for nodes whose start matters more
        // than the quarter of their capacity the optimising compiler gives once it is done (docs/operations.md)
        List<String> quick = new ArrayList<>(shared);
        quick.add(1, AppProcess.QUICK_COMPILER_ONLY);
        Starts plainStarts = new Starts();
        Starts sharedStarts = new Starts();
        Starts quickStarts = new Starts();
        for (int i = 0; i < count; i++) {
            plainStarts.add(firstPage(plain, directory.resolve("start-plain-" + i), "start-plain"));
            sharedStarts.add(firstPage(shared, directory.resolve("start-cds-" + i), "start-cds"));
            quickStarts.add(firstPage(quick, directory.resolve("start-quick-" + i), "start-quick"));
        }
        // an operator's usual start: a restart on the database an earlier start made (nothing to migrate or deploy)
        Starts plainRestarts = new Starts();
        Starts sharedRestarts = new Starts();
        Starts quickRestarts = new Starts();
        for (int i = 0; i < count; i++) {
            plainRestarts.add(firstPage(plain, directory.resolve("start-plain-0"), "restart-plain"));
            sharedRestarts.add(firstPage(shared, directory.resolve("start-cds-0"), "restart-cds"));
            quickRestarts.add(firstPage(quick, directory.resolve("start-quick-0"), "restart-quick"));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        quickRestarts.into(result, "restartToFirstPageQuick");
        sharedRestarts.into(result, "restartToFirstPageCds");
        plainRestarts.into(result, "restartToFirstPagePlainJar");
        quickStarts.into(result, "startToFirstPageQuick");
        sharedStarts.into(result, "startToFirstPageCds");
        plainStarts.into(result, "startToFirstPagePlainJar");
        result.put("cdsPreparationSeconds", preparedSeconds);
        result.put("loadAverageAtEnd", loadAverage());
        return result;
    }

    /** The waiting time and the process's CPU at the first page, of starts made the same way. */
    private static final class Starts {
        private final List<Long> millis = new ArrayList<>();
        private final List<Long> cpuMillis = new ArrayList<>();

        void add(FirstPageAfterLaunch.Seen seen) {
            millis.add(seen.millis());
            cpuMillis.add(seen.cpuMillis());
        }

        void into(Map<String, Object> result, String key) {
            result.put(key + "Ms", median(millis));
            result.put(key + "EachMs", millis);
            result.put(key + "CpuMs", median(cpuMillis));
            result.put(key + "CpuEachMs", cpuMillis);
        }
    }

    private static FirstPageAfterLaunch.Seen firstPage(List<String> command, Path workDir, String name)
            throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        long launched = System.nanoTime();
        try (AppProcess app = AppProcess.launchCommand(workDir, name, command, List.of(), Map.of())) {
            FirstPageAfterLaunch.Seen seen = new FirstPageAfterLaunch().await(app, launched);
            if (!seen.worked()) {
                throw new IllegalStateException("Start " + workDir + " did not end in a working login: " + seen
                        + "\n" + app.logTail());
            }
            return seen;
        }
    }

    /** The commands of docs/operations.md, "Faster start: class data sharing". */
    private static void prepareArchive(Path jar, Path destination) throws IOException, InterruptedException {
        ProcessBuilder prepare = new ProcessBuilder("sh", "tools/cds/prepare.sh", jar.toString(),
                destination.toString()).redirectErrorStream(true);
        prepare.environment().put("JAVA", AppProcess.javaBinary());
        Process process = prepare.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("tools/cds/prepare.sh failed:\n" + output);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String loadAverage() {
        return String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private StartToReady() {
    }
}
