package org.casecoordination.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * The CPU a process's JIT compiler and garbage collector threads have used, from Linux's /proc/PID/task/TID/stat
 * (thread name, then user and system time in clock ticks). A load run reports them beside the application's CPU, so a
 * reader sees how much of a measured minute a JVM still spent compiling rather than serving: the difference between a
 * fresh JVM and a working day's steady state. Zero where /proc is not there.
 */
record JvmThreadsCpu(Duration jitCompiler, Duration garbageCollector) {

    /** Linux reports thread times in USER_HZ ticks, 100 per second on every architecture the JDK runs on. */
    private static final long TICKS_PER_SECOND = 100;

    static JvmThreadsCpu of(long pid) {
        long jit = 0;
        long gc = 0;
        try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path thread : threads.toList()) {
                String stat = read(thread.resolve("stat"));
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                if (open < 0 || close < open) {
                    continue;
                }
                String name = stat.substring(open + 1, close);
                // after the name: state is field 3, utime 14 and stime 15 (1-based, as proc(5) numbers them)
                String[] fields = stat.substring(close + 2).split(" ");
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                if (name.contains("CompilerThre")) {
                    jit += ticks;
                } else if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
                    gc += ticks;
                }
            }
        } catch (IOException | RuntimeException e) {
            return new JvmThreadsCpu(Duration.ZERO, Duration.ZERO);
        }
        return new JvmThreadsCpu(ticks(jit), ticks(gc));
    }

    JvmThreadsCpu minus(JvmThreadsCpu earlier) {
        return new JvmThreadsCpu(jitCompiler.minus(earlier.jitCompiler),
                garbageCollector.minus(earlier.garbageCollector));
    }

    private static Duration ticks(long ticks) {
        return Duration.ofMillis(ticks * 1000 / TICKS_PER_SECOND);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return ""; // the thread ended between the listing and the read
        }
    }
}
