package org.casebook.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.casebook.CasebookApplication;
import org.casebook.ledger.Ledger;
import org.casebook.ledger.RecordType;
import org.casebook.ledger.Revision;
import org.casebook.ledger.RevisionLog;
import org.casebook.ledger.Verification;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Load generator, not a test: writes N sealed revisions into the revision table with COPY (the trigger queues them
 * as the application's writes do), times the sequencer appending them, then times `casebook verify` over the
 * whole ledger. The claims behind these revisions have no rows, so since verification names records whose rows
 * are gone it reports each of them; the figures of interest are the times. Run with (see docs/benchmarks.md):
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.casebook.bench.LedgerBenchmark -Dexec.args=1000000
 */
public final class LedgerBenchmark {
    private LedgerBenchmark() {}

    public static void main(String[] args) {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CasebookApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--casebook.embedded-database.directory=",
                        "--casebook.demo-data.enabled=false",
                        "--casebook.ledger.sequence-every-ms=86400000",
                        "--casebook.ledger.key-directory=" + System.getProperty("java.io.tmpdir")
                                + "/casebook-bench-keys",
                        "--casebook.evidence.directory=" + System.getProperty("java.io.tmpdir")
                                + "/casebook-bench-evidence",
                        "--casebook.evidence.master-key-file=" + System.getProperty("java.io.tmpdir")
                                + "/casebook-bench-keys/evidence.json")) {
            Ledger ledger = context.getBean(Ledger.class);
            RevisionLog revisions = context.getBean(RevisionLog.class);
            TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
            DataSource dataSource = context.getBean(DataSource.class);
            long t0 = System.nanoTime();
            // Sealed as the application seals every revision (the sequencer refuses unsealed ones), written with COPY.
            for (long from = 1; from <= n; from += 10_000) {
                List<RevisionLog.NewRevision> batch = new ArrayList<>();
                for (long g = from; g < Math.min(n + 1, from + 10_000); g++) {
                    batch.add(new RevisionLog.NewRevision(
                            RecordType.claim,
                            10_000_000 + g,
                            1,
                            Revision.Action.create,
                            "benchmark",
                            null,
                            Map.of("asserter", "Benchmark asserter " + g, "id", g, "type", "detained", "version", 1)));
                }
                transaction.executeWithoutResult(t -> revisions.appendMany(dataSource, batch));
            }
            double insertSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(
                    "inserted %,d revisions (with queueing trigger) in %.1f s: %,.0f writes/s%n",
                    n, insertSeconds, n / insertSeconds);

            long t1 = System.nanoTime();
            long appended = ledger.sequencePending();
            double appendSeconds = (System.nanoTime() - t1) / 1e9;
            System.out.printf(
                    "sequenced %,d ledger entries in %.1f s: %,.0f appends/s (batches of 5000, one signed tree head each)%n",
                    appended, appendSeconds, appended / appendSeconds);

            long t2 = System.nanoTime();
            Verification.Report report = context.getBean(Verification.class).run(p -> {});
            double verifySeconds = (System.nanoTime() - t2) / 1e9;
            System.out.printf(
                    "verified %,d entries and records in %.1f s: %s (%d problems)%n",
                    report.unitsChecked(),
                    verifySeconds,
                    report.clean() ? "clean" : "NOT CLEAN",
                    report.problems().size());
            Runtime rt = Runtime.getRuntime();
            System.out.printf(
                    "heap in use at the end: %d MiB of max %d MiB%n",
                    (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        }
    }
}
