package org.casecoordination.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged application (target/*.jar, built by `package` before failsafe's integration tests) running as a
 * separate process: started in a working directory of its own, so its default ./data/ database lands there, and
 * stopped by the test, politely or with SIGKILL. Output goes to a log file (target/it-logs).
 */
public final class AppProcess implements AutoCloseable {

    /** The JVM option of the tests' starts and of operations' quick start: the quick compiler (C1) only, no C2. */
    public static final String QUICK_COMPILER_ONLY = "-XX:TieredStopAtLevel=1";
    // a busy shared machine needs longer (-Dapp.startupSeconds): start-up took 3 min there at load average 20
    private static final Duration STARTUP = Duration.ofSeconds(Integer.getInteger("app.startupSeconds", 180));

    private final Path workDir;
    private final int port;
    private final Path log;
    private final Process process;

    private AppProcess(Path workDir, int port, Path log, Process process) {
        this.workDir = workDir;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts the jar in workDir with extra Spring arguments (--name=value) and waits until it answers. */
    public static AppProcess start(Path workDir, String name, List<String> arguments) throws IOException {
        return start(workDir, name, arguments, java.util.Map.of());
    }

    /** The same, with extra environment variables (the postgres profile reads its connection from them). */
    public static AppProcess start(Path workDir, String name, List<String> arguments,
            java.util.Map<String, String> environment) throws IOException {
        AppProcess app = launch(workDir, name, arguments, environment);
        app.awaitReady();
        return app;
    }

    /** Starts the jar and returns at once, before it listens: for what a script sees while it starts. */
    public static AppProcess launch(Path workDir, String name, List<String> arguments,
            java.util.Map<String, String> environment) throws IOException {
        List<String> java = new ArrayList<>(List.of(javaBinary(), "-Xmx400m",
                // tests start fast with the quick compiler only; a load run wants the optimising one
                Boolean.getBoolean("app.fullJit") ? "-XX:+TieredCompilation" : QUICK_COMPILER_ONLY,
                "-Xss512k"));
        // app.jvmOptions: extra JVM options, space-separated (a load run comparing them: -Dload.jvmOptions)
        String extra = System.getProperty("app.jvmOptions", "").strip();
        if (!extra.isEmpty()) {
            java.addAll(List.of(extra.split("\\s+")));
        }
        java.addAll(List.of("-jar", jar().toString()));
        return launchCommand(workDir, name, java, arguments, environment);
    }

    /**
     * Starts the application with a java command of the caller's (JVM options and {@code -jar} with the jar, e.g. as
     * docs/operations.md runs it) and returns at once; port and test settings are added as for {@link #launch}.
     */
    public static AppProcess launchCommand(Path workDir, String name, List<String> javaCommand,
            List<String> arguments, java.util.Map<String, String> environment) throws IOException {
        int port = freePort();
        Path log = logDirectory().resolve(name + "-" + System.currentTimeMillis() + ".log");
        List<String> command = new ArrayList<>(javaCommand);
        command.addAll(List.of("--server.port=" + port, "--case-coordination.demo.sample-cases=false",
                // readiness turns UP after the ApplicationRunners (demo users), health alone before them
                "--management.endpoint.health.probes.enabled=true"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process process = builder.directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new AppProcess(workDir, port, log, process);
    }

    /** target/it-logs when run by failsafe, so a failed run can be read afterwards. */
    private static Path logDirectory() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("it.logs", System.getProperty("java.io.tmpdir"))));
    }

    public static Path jar() {
        String jar = System.getProperty("app.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("No packaged application at " + jar
                    + ": run it through failsafe after `package` (mvn verify)");
        }
        return Path.of(jar);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Path workDir() {
        return workDir;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or closed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM, then SIGKILL when it does not stop within 30 seconds. */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            kill();
        }
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void awaitReady() throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped while starting:\n" + logTail());
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            sleep(Duration.ofMillis(500));
        }
        process.destroyForcibly();
        throw new IllegalStateException("The application did not start within " + STARTUP + ":\n" + logTail());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
