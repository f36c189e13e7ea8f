package org.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import org.casebook.ledger.IntegrityProblem;
import org.casebook.ledger.Verification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Someone with direct access to the database: runs SQL with triggers off, lets a test see what verification finds,
 * then puts everything back so the shared test database stays clean for the next test.
 */
public record Intruder(JdbcClient jdbc, TransactionTemplate transaction, Verification verification) {

    public List<IntegrityProblem> verify() {
        return verification.run(p -> {}).problems();
    }

    public void run(String... statements) {
        transaction.executeWithoutResult(s -> {
            jdbc.sql("set local session_replication_role = replica").update();
            for (String statement : statements) {
                jdbc.sql(statement).update();
            }
        });
    }

    public void tampered(String tamper, String restore, Consumer<List<IntegrityProblem>> expect) {
        tampered(new String[] {tamper}, new String[] {restore}, expect);
    }

    public void tampered(String[] tamper, String[] restore, Consumer<List<IntegrityProblem>> expect) {
        assertThat(verify()).as("clean before tampering").isEmpty();
        run(tamper);
        try {
            expect.accept(verify());
        } finally {
            run(restore);
        }
        assertThat(verify()).as("clean after restoring").isEmpty();
    }
}
