package org.casebook.bench;

import org.casebook.CasebookApplication;
import org.casebook.ledger.Ledger;
import org.casebook.ledger.Verification;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Load generator, not a test: writes N revisions straight into the revision table (the trigger queues them as
 * the application's writes do), times the sequencer appending them, then times `casebook verify` over the
 * whole ledger. Run with (see docs/benchmarks.md):
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.casebook.bench.LedgerBenchmark -Dexec.args=1000000
 */
public final class LedgerBenchmark {
    private LedgerBenchmark() {
    }

    public static void main(String[] args) {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CasebookApplication.class)
                .web(WebApplicationType.NONE)
                .run("--casebook.embedded-database.directory=", "--casebook.demo-data.enabled=false",
                        "--casebook.ledger.sequence-every-ms=86400000",
                        "--casebook.ledger.key-directory=" + System.getProperty("java.io.tmpdir") + "/casebook-bench-keys",
                        "--casebook.evidence.directory=" + System.getProperty("java.io.tmpdir") + "/casebook-bench-evidence",
                        "--casebook.evidence.master-key-file=" + System.getProperty("java.io.tmpdir") + "/casebook-bench-keys/evidence.json")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            Ledger ledger = context.getBean(Ledger.class);
            long t0 = System.nanoTime();
            jdbc.sql("""
                    insert into revision (record_type, record_id, version, action, actor, reason, recorded_at, content)
                    select 'claim', 10000000 + g, 1, 'create', 'benchmark', null, now(),
                           '{"asserter":"Benchmark asserter ' || g || '","id":' || g || ',"type":"detained","version":1}'
                    from generate_series(1, :n) g""").param("n", n).update();
            double insertSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("inserted %,d revisions (with queueing trigger) in %.1f s: %,.0f writes/s%n",
                    n, insertSeconds, n / insertSeconds);

            long t1 = System.nanoTime();
            long appended = ledger.sequencePending();
            double appendSeconds = (System.nanoTime() - t1) / 1e9;
            System.out.printf("sequenced %,d ledger entries in %.1f s: %,.0f appends/s (batches of 5000, one signed tree head each)%n",
                    appended, appendSeconds, appended / appendSeconds);

            long t2 = System.nanoTime();
            Verification.Report report = context.getBean(Verification.class).run(p -> { });
            double verifySeconds = (System.nanoTime() - t2) / 1e9;
            System.out.printf("verified %,d entries and records in %.1f s: %s (%d problems)%n",
                    report.unitsChecked(), verifySeconds, report.clean() ? "clean" : "NOT CLEAN", report.problems().size());
            Runtime rt = Runtime.getRuntime();
            System.out.printf("heap in use at the end: %d MiB of max %d MiB%n",
                    (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        }
    }
}
