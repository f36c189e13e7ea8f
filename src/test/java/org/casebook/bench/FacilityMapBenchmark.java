package org.casebook.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;
import org.casebook.CasebookApplication;
import org.casebook.access.CurrentUser;
import org.casebook.facility.FacilityChanged;
import org.casebook.facility.FacilityImport;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a test: the public facility GeoJSON and map page with N published facilities under concurrent load, side by side
 * in one run with a static copy of the same GeoJSON served by the same JVM, so the ratio says what Casebook's own work
 * costs. Closed loop, as {@link PublicPageBenchmark}.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.casebook.bench.FacilityMapBenchmark -Dexec.args="10000 16 15"
 * </pre>
 *
 * The facilities are made through the GeoJSON import (checks, revisions), 5,000 per file, then published and given a
 * mix of statuses with one SQL update, past the revisions (a throwaway database).
 */
public final class FacilityMapBenchmark {
    private FacilityMapBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        EarlierRuns.removeLeftovers("casebook-bench-facilities");
        Path tmp = Files.createTempDirectory("casebook-bench-facilities");
        Path staticDir = Files.createDirectories(tmp.resolve("static/css"));
        List<String> settings = List.of(
                "--casebook.embedded-database.directory=" + tmp.resolve("postgres"),
                "--casebook.embedded-database.durable=false",
                "--casebook.demo-data.enabled=false",
                "--casebook.ledger.key-directory=" + tmp.resolve("keys"),
                "--casebook.evidence.directory=" + tmp.resolve("evidence"),
                "--casebook.evidence.master-key-file=" + tmp.resolve("keys/evidence.json"),
                "--casebook.secrets.key-file=" + tmp.resolve("keys/secrets.json"),
                "--casebook.secrets.match-key-file=" + tmp.resolve("keys/match.json"),
                "--casebook.search.directory=" + tmp.resolve("search"),
                "--logging.level.root=WARN",
                "--server.port=0",
                "--spring.web.resources.static-locations=classpath:/static/,file:" + tmp.resolve("static") + "/");
        try (ConfigurableApplicationContext context =
                new SpringApplicationBuilder(CasebookApplication.class).run(settings.toArray(String[]::new))) {
            FacilityImport imports = context.getBean(FacilityImport.class);
            Random random = new Random(20190213);
            long made = System.nanoTime();
            for (int from = 0; from < count; from += FacilityImport.MAX_FEATURES_PER_FILE) {
                String file = collection(from, Math.min(count, from + FacilityImport.MAX_FEATURES_PER_FILE), random);
                CurrentUser.asSystem("benchmark", () -> imports.run(file, true, "benchmark"));
            }
            System.out.printf("%,d facilities imported in %.1f s%n", count, (System.nanoTime() - made) / 1e9);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            jdbc.sql("""
                            update facility set publication = 'published',
                            published_status = (array['active', 'contested', 'closed', 'possibly_closed',
                                                       'unconfirmed'])[1 + id % 5]""").update();
            jdbc.sql("analyze").update();
            context.publishEvent(new FacilityChanged(0));
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            String base = "http://localhost:" + port;
            HttpClient client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            String[] gzip = {"Accept-Encoding", "gzip"};
            String geoJson = client.send(
                            HttpRequest.newBuilder(URI.create(base + "/api/public/v1/facilities"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            byte[] packed = client.send(
                            HttpRequest.newBuilder(URI.create(base + "/api/public/v1/facilities"))
                                    .headers(gzip)
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray())
                    .body();
            // The baseline sends the same bytes as the GeoJSON answer does to a browser (which accepts gzip).
            Files.write(staticDir.resolve("bench-facilities.json.gz"), packed);
            System.out.printf(
                    "%,d published facilities; %d connections, %d s per phase; GeoJSON %,d bytes, %,d gzipped%n",
                    count, connections, seconds, geoJson.length(), packed.length);
            IntFunction<String> still = i -> base + "/css/bench-facilities.json.gz";
            IntFunction<String> all = i -> base + "/api/public/v1/facilities";
            IntFunction<String> active = i -> base + "/api/public/v1/facilities?status=active";
            IntFunction<String> page = i -> base + "/facilities?sort=name";
            PublicPageBenchmark.run(client, "warm-up", all, connections, Math.max(5, seconds / 2), gzip);
            PublicPageBenchmark.run(client, "warm-up (page)", page, connections, Math.max(5, seconds / 2), gzip);
            for (int round = 1; round <= 2; round++) {
                PublicPageBenchmark.Result s =
                        PublicPageBenchmark.run(client, "static copy of the GeoJSON", still, connections, seconds);
                PublicPageBenchmark.Result g =
                        PublicPageBenchmark.run(client, "GeoJSON, all", all, connections, seconds, gzip);
                PublicPageBenchmark.Result f =
                        PublicPageBenchmark.run(client, "GeoJSON, status=active", active, connections, seconds, gzip);
                PublicPageBenchmark.Result m =
                        PublicPageBenchmark.run(client, "map page (table, sorted)", page, connections, seconds, gzip);
                System.out.printf(
                        Locale.ROOT,
                        "round %d: GeoJSON serves %.1f%% of the static copy's throughput; filtered %.1f%%; page %.1f%%%n",
                        round,
                        100 * g.perSecond() / s.perSecond(),
                        100 * f.perSecond() / s.perSecond(),
                        100 * m.perSecond() / s.perSecond());
            }
        }
    }

    /** Synthetic facilities scattered over the region, each named in Latin, Han and Arabic scripts. */
    private static String collection(int from, int to, Random random) {
        String[] kinds = {"reeducation_camp", "detention_centre", "prison", "forced_labour", "other"};
        List<String> features = new ArrayList<>();
        for (int i = from; i < to; i++) {
            double lat = 36 + random.nextDouble() * 9;
            double lon = 75 + random.nextDouble() * 20;
            features.add(String.format(
                    Locale.ROOT,
                    "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[%.5f,%.5f]},"
                            + "\"properties\":{\"names\":[{\"name\":\"Bench facility %d\",\"lang\":\"en\"},"
                            + "{\"name\":\"测试设施%d\",\"lang\":\"zh\"},{\"name\":\"سىناق ئورنى %d\",\"lang\":\"ug\"}],"
                            + "\"kind\":\"%s\",\"pointPrecisionM\":%d,\"synthetic\":true}}",
                    lon,
                    lat,
                    i,
                    i,
                    i,
                    kinds[i % kinds.length],
                    50 + random.nextInt(500)));
        }
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }
}
