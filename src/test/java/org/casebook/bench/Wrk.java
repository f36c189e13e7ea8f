package org.casebook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load generator wrk (Debian: apt-get install wrk), run as a process of its own: written in C, it costs the two
 * cores far less per request than a Java client in the server's JVM, so more of the machine measures Casebook. Each
 * request takes a path at random from a list, as the Java generator does.
 */
final class Wrk {
    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|99)(?:\\.0+)?%\\s+([\\d.]+)(us|ms|s)\\s*$");
    private static final Pattern RATE = Pattern.compile("^Requests/sec:\\s+([\\d.]+)");
    private static final Pattern BAD = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)|Socket errors:(.*)");
    private static final String SCRIPT = """
            local paths = {}
            function init(args)
              for line in io.lines(args[1]) do paths[#paths + 1] = line end
              math.randomseed(20190213 + #paths)
            end
            function request()
              return wrk.format("GET", paths[math.random(#paths)])
            end
            """;

    private Wrk() {}

    /** wrk on this machine's PATH, if it is installed. */
    static Optional<Path> find() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path wrk = Path.of(dir.isEmpty() ? "." : dir, "wrk");
            if (Files.isExecutable(wrk)) {
                return Optional.of(wrk);
            }
        }
        return Optional.empty();
    }

    static PublicPageBenchmark.Result run(
            Path wrk, String name, String base, List<String> paths, int connections, int seconds)
            throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("casebook-wrk");
        try {
            Path script = Files.writeString(dir.resolve("paths.lua"), SCRIPT);
            Path list = Files.write(dir.resolve("paths.txt"), paths);
            Process process = new ProcessBuilder(
                            wrk.toString(),
                            "-t2",
                            "-c" + connections,
                            "-d" + seconds + "s",
                            "--timeout",
                            "10s",
                            "--latency",
                            "-s",
                            script.toString(),
                            base,
                            "--",
                            list.toString())
                    .redirectErrorStream(true)
                    .start();
            List<String> lines = new ArrayList<>(
                    new String(process.getInputStream().readAllBytes()).lines().toList());
            if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("wrk failed: " + String.join("\n", lines));
            }
            double p50 = 0, p99 = 0, rate = 0;
            long errors = 0;
            for (String line : lines) {
                Matcher m = PERCENTILE.matcher(line);
                if (m.matches()) {
                    double ms = millis(Double.parseDouble(m.group(2)), m.group(3));
                    if (m.group(1).equals("50")) {
                        p50 = ms;
                    } else {
                        p99 = ms;
                    }
                }
                Matcher r = RATE.matcher(line);
                if (r.find()) {
                    rate = Double.parseDouble(r.group(1));
                }
                Matcher bad = BAD.matcher(line);
                if (bad.find()) {
                    errors += bad.group(1) != null ? Long.parseLong(bad.group(1)) : socketErrors(bad.group(2));
                }
            }
            PublicPageBenchmark.Result result = new PublicPageBenchmark.Result(rate, p50, p99, errors);
            System.out.printf(
                    "%-30s %8.0f requests/s   p50 %7.1f ms   p99 %7.1f ms   errors %d   (wrk)%n",
                    name, rate, p50, p99, errors);
            return result;
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    private static double millis(double value, String unit) {
        return switch (unit) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    /** "connect 0, read 0, write 0, timeout 3": the sum. */
    private static long socketErrors(String counts) {
        long sum = 0;
        for (String part : counts.split(",")) {
            String[] words = part.strip().split("\\s+");
            sum += Long.parseLong(words[words.length - 1]);
        }
        return sum;
    }
}
