package org.casebook.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.casebook.CasebookApplication;
import org.casebook.access.CurrentUser;
import org.casebook.database.BulkCopy;
import org.casebook.database.PlannerStatistics;
import org.casebook.intake.ListImport;
import org.casebook.intake.ListImportRun;
import org.casebook.intake.ListImports;
import org.casebook.ledger.Ledger;
import org.casebook.search.PendingChanges;
import org.casebook.source.SourceCommand;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Load generator, not a test: generates a list of N rows (a name, a birth year, a gender, a national ID number, a
 * status with its date), imports it end to end on a fresh embedded database (upload into the evidence store,
 * row count, then every chunk: checks, possible matches, persons, names, sealed numbers, claims, statuses,
 * revisions, outcomes), then writes the same rows with PostgreSQL's own COPY into the same tables (person,
 * person_name, secret_value, claim), side by side in one run. Run with (see docs/benchmarks.md):
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.casebook.bench.ImportBenchmark -Dexec.args=100000
 */
public final class ImportBenchmark {
    private static final String[] GIVEN = {
        "Abdurehim", "Gulnar", "Memet", "Ayshem", "Tursun", "Reyhan", "Ilham", "Zulfiye", "Kamil", "Mihray", "Ablet",
        "Nurmemet", "Patigul", "Erkin", "Rahile", "Dilnur", "Yalqun", "Hasiyet", "Perhat", "Zumret", "Adil", "Shirin"
    };

    private ImportBenchmark() {}

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String tmp = System.getProperty("java.io.tmpdir");
        EarlierRuns.removeLeftovers("casebook-bench-import");
        Path data = Files.createTempDirectory("casebook-bench-import");
        Path list = Files.createTempFile(data, "list", ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(list, StandardCharsets.UTF_8)) {
            out.write("name,birth_year,gender,national_id,status,date\n");
            for (int i = 0; i < n; i++) {
                out.write(
                        name(i) + "," + (1940 + i % 60) + "," + (i % 2 == 0 ? "f" : "m") + ",KZ" + (10_000_000_000L + i)
                                + ",detained," + LocalDate.of(2017, 1, 1).plusDays(i % 900) + "\n");
            }
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CasebookApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--casebook.embedded-database.directory=" + data.resolve("postgres"),
                        "--casebook.search.directory=" + data.resolve("search"),
                        "--casebook.demo-data.enabled=false",
                        "--logging.level.root=WARN",
                        "--casebook.ledger.key-directory=" + tmp + "/casebook-bench-keys",
                        "--casebook.evidence.directory=" + tmp + "/casebook-bench-evidence",
                        "--casebook.evidence.master-key-file=" + tmp + "/casebook-bench-keys/evidence.json")) {
            ListImports imports = context.getBean(ListImports.class);
            ListImportRun run = context.getBean(ListImportRun.class);
            long t0 = System.nanoTime();
            ListImport uploaded = CurrentUser.asSystem("bench", () -> {
                try (InputStream in = Files.newInputStream(list)) {
                    return imports.create(
                            in,
                            "bench.csv",
                            new SourceCommand(
                                    "leak",
                                    "Benchmark list",
                                    "Bench police",
                                    null,
                                    null,
                                    null,
                                    "state",
                                    null,
                                    null,
                                    true,
                                    null,
                                    null),
                            null,
                            null,
                            null,
                            null,
                            "bench");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            double uploadSeconds = (System.nanoTime() - t0) / 1e9;
            CpuMeter meter = new CpuMeter();
            long t1 = System.nanoTime();
            ListImport done = CurrentUser.asSystem("bench", () -> run.runHere(uploaded.id(), Integer.MAX_VALUE));
            double importSeconds = (System.nanoTime() - t1) / 1e9;
            String importCpu = meter.total();
            // The search index catches up beside the import: how long it still needed once the import had ended.
            long t2 = System.nanoTime();
            long indexed = context.getBean(PendingChanges.class).catchUp();
            double indexSeconds = (System.nanoTime() - t2) / 1e9;
            long t3 = System.nanoTime();
            long logged = context.getBean(Ledger.class).sequencePending();
            double ledgerSeconds = (System.nanoTime() - t3) / 1e9;
            double quietSeconds = waitForQuiet(context.getBean(JdbcClient.class));
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf(
                    "upload of %,d rows (%,d bytes, stored encrypted, rows counted) in %.1f s%n",
                    n, Files.size(list), uploadSeconds);
            System.out.printf(
                    "import %s: %,d rows in %.1f s: %,.0f rows/s; end to end %.1f s; outcomes %s; heap in use after %d MiB, max %d MiB%n",
                    done.state(),
                    done.rowsRead(),
                    importSeconds,
                    done.rowsRead() / importSeconds,
                    uploadSeconds + importSeconds,
                    CurrentUser.asSystem("bench", () -> imports.counts(uploaded.id())),
                    heap >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf(
                    "search index caught up %.1f s after the import (%,d changes), %.1f s after the upload began%n",
                    indexSeconds, indexed, uploadSeconds + importSeconds + indexSeconds);
            System.out.printf(
                    "import's processor time: %s; ledger then logged %,d entries in %.1f s; autovacuum done %.1f s later%n",
                    importCpu, logged, ledgerSeconds, quietSeconds);
            double copySeconds = copy(context, n, uploaded.sourceId());
            System.out.printf(
                    "COPY of the same %,d rows into person, person_name, secret_value, claim: %.1f s: %,.0f rows/s;"
                            + " import/COPY throughput ratio %.3f%n",
                    n, copySeconds, n / copySeconds, copySeconds / importSeconds);
            // What one refresh of the planner's statistics costs at this size (a load stops refreshing past 128,000
            // rows).
            long t4 = System.nanoTime();
            context.getBean(PlannerStatistics.class).refresh();
            System.out.printf(
                    "one refresh of the planner's statistics afterwards: %.1f s%n", (System.nanoTime() - t4) / 1e9);
        } finally {
            Files.deleteIfExists(list);
        }
    }

    /** Names from 22 given names in three parts: 10,648 forms, then numbered as lists number namesakes. */
    private static String name(int i) {
        String base = GIVEN[i % 22] + " " + GIVEN[(i / 22) % 22] + " " + GIVEN[(i / 484) % 22];
        return i < 10_648 ? base : base + " " + (i / 10_648);
    }

    /**
     * Waits until no autovacuum worker runs and writes a checkpoint, so that the COPY measured next shares the machine
     * with nothing the import left behind; returns the seconds waited.
     */
    private static double waitForQuiet(JdbcClient jdbc) {
        long t = System.nanoTime();
        while (jdbc.sql("select count(*) from pg_stat_activity where backend_type = 'autovacuum worker'")
                                .query(Long.class)
                                .single()
                        > 0
                && System.nanoTime() - t < 300_000_000_000L) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        jdbc.sql("checkpoint").update();
        return (System.nanoTime() - t) / 1e9;
    }

    /** The same rows straight into the same tables with COPY, ids far above the imported ones. */
    private static double copy(ConfigurableApplicationContext context, int n, long sourceId) {
        DataSource data = context.getBean(DataSource.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long base = 1L << 40;
        List<List<Object>> persons = new ArrayList<>(n);
        List<List<Object>> names = new ArrayList<>(n);
        List<List<Object>> secrets = new ArrayList<>(n);
        List<List<Object>> claims = new ArrayList<>(n);
        byte[] sealed = new byte[64];
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < n; i++) {
            long id = base + i;
            String name = name(i);
            persons.add(Arrays.asList(
                    id,
                    "CB-C" + i,
                    i % 2 == 0 ? "female" : "male",
                    1940 + i % 60,
                    1940 + i % 60,
                    null,
                    null,
                    null,
                    null,
                    true,
                    "draft",
                    1));
            names.add(Arrays.asList(id, id, name, name.toLowerCase(), "Latn", "primary", null, "draft", 1));
            secrets.add(Arrays.asList("person", id, "national_id", sealed, "k" + i, "bench", now));
            claims.add(Arrays.asList(
                    id,
                    id,
                    null,
                    "detained",
                    null,
                    null,
                    null,
                    null,
                    null,
                    "day",
                    LocalDate.of(2017, 1, 1).plusDays(i % 900),
                    null,
                    sourceId,
                    "Bench police",
                    "state",
                    "asserts",
                    "detained",
                    6,
                    "unverified",
                    null,
                    true,
                    "draft",
                    1));
        }
        CpuMeter meter = new CpuMeter();
        long t = System.nanoTime();
        BulkCopy.into(
                data,
                "person",
                List.of(
                        "id",
                        "public_id",
                        "gender",
                        "birth_year_from",
                        "birth_year_to",
                        "ethnicity",
                        "hometown_place_id",
                        "occupation",
                        "notes",
                        "synthetic",
                        "publication",
                        "version"),
                persons);
        BulkCopy.into(
                data,
                "person_name",
                List.of("id", "person_id", "text", "folded", "script", "kind", "language", "publication", "version"),
                names);
        BulkCopy.into(
                data,
                "secret_value",
                List.of("record_type", "record_id", "field", "sealed", "match_key", "set_by", "set_at"),
                secrets);
        BulkCopy.into(
                data,
                "claim",
                List.of(
                        "id",
                        "person_id",
                        "subject_place_id",
                        "type",
                        "place_id",
                        "facility_id",
                        "sentence_term",
                        "charge",
                        "details",
                        "date_precision",
                        "date_from",
                        "date_to",
                        "source_id",
                        "asserter",
                        "asserter_party",
                        "stance",
                        "quote",
                        "credibility",
                        "verification",
                        "notes",
                        "synthetic",
                        "publication",
                        "version"),
                claims);
        double seconds = (System.nanoTime() - t) / 1e9;
        System.out.printf("COPY's processor time: %s%n", meter.total());
        jdbc.sql("select 1").query(Integer.class).single();
        return seconds;
    }
}
