package org.casebook;

import java.util.Arrays;
import java.util.stream.Stream;
import org.casebook.ledger.IntegrityProblem;
import org.casebook.ledger.Verification;
import org.casebook.web.StartRefusedAnalyzer;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** `casebook verify`: checks the whole store without starting the web server; exit 0 when clean, 1 otherwise. */
final class VerifyCommand {
    private VerifyCommand() {}

    static int run(String[] args) {
        try {
            return verify(args);
        } catch (RuntimeException e) {
            // A missing key or a database in use: say so in one line, not a stack trace.
            Throwable cause = StartRefusedAnalyzer.refusal(e).orElseGet(() -> {
                Throwable deepest = e;
                while (deepest.getCause() != null) {
                    deepest = deepest.getCause();
                }
                return deepest;
            });
            System.out.println("casebook verify could not start: " + cause.getMessage());
            return 2;
        }
    }

    private static int verify(String[] args) {
        // Command-line arguments outrank application.properties: verifying must never load demo data or make keys.
        String[] fixed = {
            "--casebook.demo-data.enabled=false",
            "--spring.main.banner-mode=off",
            "--casebook.ledger.sequence-every-ms=3600000",
            "--casebook.keys.create-missing=false"
        };
        String[] rest =
                Stream.concat(Arrays.stream(fixed), Arrays.stream(args).skip(1)).toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CasebookApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(rest)) {
            long[] lastPrinted = {0};
            Verification.Report report = context.getBean(Verification.class).run(p -> {
                long now = System.currentTimeMillis();
                if (now - lastPrinted[0] > 1000 || "done".equals(p.step())) {
                    lastPrinted[0] = now;
                    System.err.printf("%3d%%  %s (%d of %d)%n", p.percent(), p.step(), p.done(), p.total());
                }
            });
            for (IntegrityProblem problem : report.problems()) {
                System.out.println(problem);
            }
            System.out.printf(
                    "%s: %d entries and records checked in %d ms, %d problems%n",
                    report.clean() ? "CLEAN" : "PROBLEMS",
                    report.unitsChecked(),
                    report.took().toMillis(),
                    report.problems().size());
            return report.clean() ? 0 : 1;
        }
    }
}
