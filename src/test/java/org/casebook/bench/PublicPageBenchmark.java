package org.casebook.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.casebook.CasebookApplication;
import org.casebook.access.CurrentUser;
import org.casebook.matching.GenerateCommand;
import org.casebook.search.SearchIndex;
import org.casebook.search.SearchIndexer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a test: the public person page and the public search under concurrent load, side by side in one run with a
 * static copy of the same person page served by the same JVM (Spring's static resources), so the ratio says what
 * Casebook's own work costs on this machine. Closed loop: C connections each send their next request when the last
 * one answered, for S seconds per phase after a warm-up; latencies of every request are kept.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.casebook.bench.PublicPageBenchmark -Dexec.args="100000 64 20"
 * (a fourth argument "search" or "person" runs only that page's phases, to profile them; "all" runs every phase;
 * a fifth gives the number of measured rounds, 2 unless given)
 * </pre>
 *
 * The generated persons are loaded through `generate --load` and then published with one SQL update per table,
 * past the revisions (a benchmark's throwaway database: `verify` would rightly object to it).
 */
public final class PublicPageBenchmark {
    private PublicPageBenchmark() {}

    public static void main(String[] args) throws Exception {
        int persons = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        // "search" or "person" runs only that page's phases (to profile them); anything else runs every phase.
        String only = args.length > 3 ? args[3] : "";
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 2;
        EarlierRuns.removeLeftovers("casebook-bench-public");
        Path tmp = Files.createTempDirectory("casebook-bench-public");
        Path staticDir = Files.createDirectories(tmp.resolve("static/css"));
        List<String> settings = List.of(
                "--casebook.embedded-database.directory=" + tmp.resolve("postgres"),
                "--casebook.embedded-database.durable=false",
                "--casebook.ledger.key-directory=" + tmp.resolve("keys"),
                "--casebook.evidence.directory=" + tmp.resolve("evidence"),
                "--casebook.evidence.master-key-file=" + tmp.resolve("keys/evidence.json"),
                "--casebook.secrets.key-file=" + tmp.resolve("keys/secrets.json"),
                "--casebook.secrets.match-key-file=" + tmp.resolve("keys/match.json"),
                "--casebook.search.directory=" + tmp.resolve("search"));
        List<String> generate = new ArrayList<>(List.of(
                "generate", String.valueOf(persons), tmp.resolve("generated").toString(), "--load"));
        generate.addAll(settings);
        GenerateCommand.run(generate.toArray(String[]::new), CasebookApplication.class);

        List<String> web = new ArrayList<>(settings);
        web.add("--logging.level.root=WARN");
        web.add("--server.port=0");
        // Further arguments are settings for the server under load (--spring.threads.virtual.enabled=true, …).
        web.addAll(Arrays.asList(args).subList(Math.min(args.length, 4), args.length));
        web.add("--spring.web.resources.static-locations=classpath:/static/,file:" + tmp.resolve("static") + "/");
        try (ConfigurableApplicationContext context =
                new SpringApplicationBuilder(CasebookApplication.class).run(web.toArray(String[]::new))) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            for (String table : List.of("source", "person", "person_name", "claim")) {
                jdbc.sql("update " + table + " set publication = 'published' where publication <> 'published'")
                        .update();
            }
            // The tables as autovacuum leaves them after such a mass change (dead rows gone, statistics new), not
            // as they are in the minute after it, while it works.
            jdbc.sql("vacuum (analyze)").update();
            jdbc.sql("explain analyze select * from person where public_id in ('CB-000010', 'CB-000020')"
                            + " and publication = 'published' and not retracted and merged_into is null")
                    .query(String.class)
                    .list()
                    .forEach(line -> System.out.println("  " + line));
            SearchIndexer indexer = context.getBean(SearchIndexer.class);
            CurrentUser.asSystem("benchmark", () -> indexer.startRebuild(true));
            // The mass update queued every person for re-indexing too: measure once the index is quiet again, as
            // it is between documenters' edits (each commit opens a new reader), and merged, as a quiet index is.
            SearchIndex index = context.getBean(SearchIndex.class);
            while (indexer.progress() != null
                    || jdbc.sql("select count(*) from search_pending")
                                    .query(Long.class)
                                    .single()
                            > 0
                    || index.split()) {
                Thread.sleep(1000);
            }
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            String base = "http://localhost:" + port;
            List<String> ids = jdbc.sql("select public_id from person order by id")
                    .query(String.class)
                    .list();
            List<String> names = jdbc.sql("select text from person_name order by id limit 5000")
                    .query(String.class)
                    .list();
            String sample = ids.get(ids.size() / 2);
            HttpClient client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            String html = client.send(
                            HttpRequest.newBuilder(URI.create(base + "/persons/" + sample))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            Files.writeString(staticDir.resolve("bench-person.html"), html);
            System.out.printf(
                    "%,d persons published and indexed; %d connections, %d s per phase; person page %,d bytes%n",
                    ids.size(), connections, seconds, html.length());

            List<String> staticPage = List.of("/css/bench-person.html");
            List<String> personPages = ids.stream().map(id -> "/persons/" + id).toList();
            List<String> searches = names.stream()
                    .map(n -> "/search?q=" + URLEncoder.encode(n, StandardCharsets.UTF_8))
                    .toList();
            // The same names, matched by any one of their words as the search did before names had to answer every
            // word: the figure to compare with.
            List<String> anyWord = searches.stream()
                    .map(path -> path + "&" + SearchIndex.ANY_WORD + "=any")
                    .toList();
            Optional<Path> wrk = Wrk.find();
            System.out.println(wrk.map(w -> "load generator: " + w)
                    .orElse("load generator: Java's HttpClient in this JVM (apt-get install wrk for a lighter one)"));
            Random random = new Random(20190213);
            Phase phase = (name, paths, time) -> {
                CpuMeter meter = new CpuMeter();
                Result result = wrk.isPresent()
                        ? Wrk.run(wrk.get(), name, base, paths, connections, time)
                        : run(client, name, i -> base + paths.get(random.nextInt(paths.size())), connections, time);
                System.out.println("    " + meter.perRequest(result.perSecond() * time));
                return result;
            };
            // Long enough for the JIT to finish compiling the pages' code: with half a phase, the compiler's own
            // threads still took a third of the processor in round 1 (CpuMeter's figures).
            int warmUp = Math.max(10, seconds * 2);
            if (only.equals("search")) {
                phase.run("warm-up (search)", searches, warmUp);
                for (int round = 1; round <= rounds; round++) {
                    phase.run("search by name", searches, seconds);
                    phase.run("search, any word of the name", anyWord, seconds);
                }
                return;
            }
            if (only.equals("person")) {
                phase.run("warm-up (person pages)", personPages, warmUp);
                for (int round = 1; round <= rounds; round++) {
                    phase.run("static copy of a person page", staticPage, seconds);
                    phase.run("person page", personPages, seconds);
                }
                return;
            }
            phase.run("warm-up (person pages)", personPages, warmUp);
            phase.run("warm-up (search)", searches, warmUp);
            for (int round = 1; round <= rounds; round++) {
                Result still = phase.run("static copy of a person page", staticPage, seconds);
                Result page = phase.run("person page", personPages, seconds);
                Result found = phase.run("search by name", searches, seconds);
                phase.run("search, any word of the name", anyWord, seconds);
                System.out.printf(
                        "round %d: person page serves %.1f%% of the static copy's throughput (%.0f vs %.0f requests/s);"
                                + " search %.1f%%%n",
                        round,
                        100 * page.perSecond() / still.perSecond(),
                        page.perSecond(),
                        still.perSecond(),
                        100 * found.perSecond() / still.perSecond());
            }
        }
    }

    /** One phase of load: requests to paths picked at random, for a number of seconds. */
    private interface Phase {
        Result run(String name, List<String> paths, int seconds) throws IOException, InterruptedException;
    }

    record Result(double perSecond, double p50, double p99, long errors) {}

    static Result run(HttpClient client, String name, IntFunction<String> next, int connections, int seconds)
            throws InterruptedException {
        return run(client, name, next, connections, seconds, new String[0]);
    }

    /** @param headers names and values sent with every request (Accept-Encoding, as browsers send it) */
    static Result run(
            HttpClient client, String name, IntFunction<String> next, int connections, int seconds, String... headers)
            throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong errors = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < connections; c++) {
                long[] mine = new long[50_000];
                int[] count = new int[1];
                latencies.add(mine);
                counts.add(count);
                pool.submit(() -> {
                    while (!stop.get()) {
                        long t0 = System.nanoTime();
                        try {
                            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(next.apply(count[0])));
                            if (headers.length > 0) {
                                request.headers(headers);
                            }
                            HttpResponse<Void> response =
                                    client.send(request.build(), HttpResponse.BodyHandlers.discarding());
                            if (response.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        if (count[0] < mine.length) {
                            mine[count[0]++] = System.nanoTime() - t0;
                        }
                    }
                });
            }
            Thread.sleep(seconds * 1000L);
            stop.set(true);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        int total = counts.stream().mapToInt(c -> c[0]).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < latencies.size(); c++) {
            System.arraycopy(latencies.get(c), 0, all, at, counts.get(c)[0]);
            at += counts.get(c)[0];
        }
        Arrays.sort(all);
        Result result = new Result(
                total / elapsed,
                all.length == 0 ? 0 : all[all.length / 2] / 1e6,
                all.length == 0 ? 0 : all[(int) (all.length * 0.99)] / 1e6,
                errors.get());
        System.out.printf(
                "%-30s %8.0f requests/s   p50 %7.1f ms   p99 %7.1f ms   errors %d%n",
                name, result.perSecond(), result.p50(), result.p99(), result.errors());
        return result;
    }
}
