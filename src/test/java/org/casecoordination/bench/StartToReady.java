package org.casecoordination.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casecoordination.CaseCoordinationApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Start to ready, from the JVM's start to ApplicationReadyEvent on a fresh database. One start on a shared 2-core
 * machine varies by a second or two, so the benchmark starts the application in fresh JVMs a few times, one after
 * the other, and reports every start and their median. {@link #main} is one such start: it prints its
 * milliseconds and exits. (The benchmark's own start comes after those and is not timed: its JVM started earlier.)
 */
final class StartToReady {

    private static final String RESULT = "start-to-ready-ms=";
    private static volatile long readyAtMillis;

    /** Starts the application on the database {@link BenchDatabase#freshForApp} gave the arguments of. */
    static ConfigurableApplicationContext start(List<String> databaseArguments) {
        SpringApplication application = new SpringApplication(CaseCoordinationApplication.class);
        application.addListeners(new ReadyTime());
        List<String> arguments = new ArrayList<>(databaseArguments);
        arguments.addAll(List.of("--server.port=0", "--camunda.bpm.job-execution.enabled=false"));
        return application.run(arguments.toArray(String[]::new));
    }

    /** Milliseconds from this JVM's start to the application's ready event. */
    static long millisSinceJvmStart() {
        return readyAtMillis - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Starts the application {@code count} times, each in its own JVM with this JVM's classpath and heap. */
    static List<Long> inFreshJvms(int count, BenchDatabase database) throws Exception {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> databaseArguments = database.freshForApp(BenchDatabase.APP + "_start_" + i);
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString()));
            command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                    .filter(argument -> argument.startsWith("-Xm")).toList());
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), StartToReady.class.getName()));
            command.addAll(databaseArguments);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0 || !output.contains(RESULT)) {
                throw new IllegalStateException("Start " + i + " failed:\n" + output);
            }
            String value = output.substring(output.lastIndexOf(RESULT) + RESULT.length()).lines().findFirst()
                    .orElseThrow().strip();
            millis.add(Long.parseLong(value));
        }
        return millis;
    }

    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = start(List.of(args))) {
            System.out.println(RESULT + millisSinceJvmStart());
        }
    }

    /**
     * A class, not a lambda: Spring cannot see a lambda's event type, so it would call a lambda listener with every
     * event the engine publishes and catch the ClassCastException each time, which the lifecycle measurement would
     * count against the app.
     */
    private static final class ReadyTime implements ApplicationListener<ApplicationReadyEvent> {
        @Override
        public void onApplicationEvent(ApplicationReadyEvent event) {
            readyAtMillis = System.currentTimeMillis();
        }
    }

    private StartToReady() {
    }
}
