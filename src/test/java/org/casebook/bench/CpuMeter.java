package org.casebook.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Processor time spent by this JVM (Casebook and, with the Java client, the load) and by PostgreSQL's processes
 * between two readings: a phase's cost per request, steadier than its latency on a shared, noisy machine. Linux only
 * (PostgreSQL's time is read from /proc, in the kernel's clock ticks of 10 ms).
 */
final class CpuMeter {
    private static final double TICK_NANOS = 10_000_000;

    private final long javaStart = javaNanos();
    private final long postgresStart = postgresNanos();

    /** "Casebook 412 µs, PostgreSQL 210 µs of processor per request" since this meter was made. */
    String perRequest(double requests) {
        if (requests <= 0) {
            return "no requests";
        }
        return String.format(
                "processor per request: this JVM %.0f µs, PostgreSQL %.0f µs",
                (javaNanos() - javaStart) / requests / 1000, (postgresNanos() - postgresStart) / requests / 1000);
    }

    /** "this JVM 212.4 s, PostgreSQL 190.2 s of processor" since this meter was made. */
    String total() {
        return String.format(
                "this JVM %.1f s, PostgreSQL %.1f s",
                (javaNanos() - javaStart) / 1e9, (postgresNanos() - postgresStart) / 1e9);
    }

    private static long javaNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }

    private static long postgresNanos() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes
                            .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                            .mapToLong(CpuMeter::postgresTicks)
                            .sum()
                    * (long) TICK_NANOS;
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    /**
     * utime + stime of a PostgreSQL process, and for the server's first process also that of the children it has
     * reaped (autovacuum workers come and go); 0 for any other process, or one that ended meanwhile.
     */
    private static boolean isPostgres(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            return stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).startsWith("postgres");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static long postgresTicks(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            int close = stat.lastIndexOf(')');
            if (!stat.substring(stat.indexOf('(') + 1, close).startsWith("postgres")) {
                return 0;
            }
            String[] fields = stat.substring(close + 2).split(" ");
            long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            // The postmaster is the one PostgreSQL process whose parent is not PostgreSQL.
            return isPostgres(Long.parseLong(fields[1]))
                    ? own
                    : own + Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
