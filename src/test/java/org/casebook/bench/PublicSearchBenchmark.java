package org.casebook.bench;

import java.util.List;
import org.casebook.CasebookApplication;
import org.casebook.claim.PublishedClaims;
import org.casebook.person.PublishedPerson;
import org.casebook.person.PublishedPersons;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Not a test: the public search page's statuses for a page of 20 hits, read one person at a time (as before) and
 * all at once (as now), alternating in one run so both see the same machine, and the ratio of their times.
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.casebook.bench.PublicSearchBenchmark
 */
public final class PublicSearchBenchmark {
    private PublicSearchBenchmark() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        String tmp = System.getProperty("java.io.tmpdir");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CasebookApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--casebook.embedded-database.directory=",
                        "--casebook.embedded-database.durable=false",
                        "--casebook.ledger.key-directory=" + tmp + "/casebook-bench-keys-search",
                        "--casebook.evidence.directory=" + tmp + "/casebook-bench-evidence",
                        "--casebook.evidence.master-key-file=" + tmp + "/casebook-bench-keys-search/evidence.json",
                        "--casebook.secrets.key-file=" + tmp + "/casebook-bench-keys-search/secrets.json",
                        "--casebook.secrets.match-key-file=" + tmp + "/casebook-bench-keys-search/match.json",
                        "--casebook.search.directory=" + tmp + "/casebook-bench-search-" + System.nanoTime(),
                        "--logging.level.root=WARN")) {
            PublishedClaims claims = context.getBean(PublishedClaims.class);
            List<String> page = context.getBean(PublishedPersons.class).list(0, 20).items().stream()
                    .map(PublishedPerson::publicId)
                    .toList();
            long oneByOne = 0;
            long together = 0;
            for (int round = 0; round < rounds; round++) {
                long t0 = System.nanoTime();
                page.forEach(claims::status);
                long t1 = System.nanoTime();
                claims.statuses(page);
                long t2 = System.nanoTime();
                if (round >= rounds / 10) {
                    oneByOne += t1 - t0;
                    together += t2 - t1;
                }
            }
            int measured = rounds - rounds / 10;
            System.out.printf(
                    "page of %d hits, %d rounds after %d warm-up: one by one %.2f ms, together %.2f ms,"
                            + " ratio %.1f%n",
                    page.size(),
                    measured,
                    rounds / 10,
                    oneByOne / 1e6 / measured,
                    together / 1e6 / measured,
                    (double) oneByOne / together);
        }
    }
}
