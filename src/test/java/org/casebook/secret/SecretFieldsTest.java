package org.casebook.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.casebook.access.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Secret fields: sealed at rest, bound to their record and field, a new value appended, reading audited. */
@SpringBootTest
class SecretFieldsTest {
    @Autowired
    SecretFields secrets;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SecretBox box;

    @Test
    void aValueIsSealedBoundToItsPlaceAndEveryReadingIsAudited() {
        long record = 900_000_000L + System.nanoTime() % 1_000_000;
        String contact = "wechat id " + System.nanoTime();
        secrets.put("source", record, Map.of("testifier_contact", contact));
        assertThat(jdbc.sql("select count(*) from secret_value where record_id = :r and strpos(sealed, :c) > 0")
                        .param("r", record)
                        .param("c", contact)
                        .query(Long.class)
                        .single())
                .as("never stored in the clear")
                .isZero();
        assertThat(secrets.present("source", record)).containsExactly("testifier_contact");

        long viewings = jdbc.sql("select count(*) from audit_event where action = 'secret.view' and target = :t")
                .param("t", "source/" + record)
                .query(Long.class)
                .single();
        assertThat(CurrentUser.asSystem("tests", () -> secrets.reveal("source", record)))
                .containsEntry("testifier_contact", contact);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'secret.view' and target = :t")
                        .param("t", "source/" + record)
                        .query(Long.class)
                        .single())
                .isEqualTo(viewings + 1);

        secrets.put("source", record, Map.of("testifier_contact", "changed"));
        assertThat(CurrentUser.asSystem("tests", () -> secrets.reveal("source", record)))
                .containsEntry("testifier_contact", "changed");
        assertThat(jdbc.sql("select count(*) from secret_value where record_id = :r")
                        .param("r", record)
                        .query(Long.class)
                        .single())
                .as("the earlier value is kept, sealed")
                .isEqualTo(2);

        // A sealed value moved to another record or field does not open there: the place is its associated data.
        String sealed = box.seal(contact, "source/" + record + "/testifier_contact");
        assertThat(box.open(sealed, "source/" + record + "/testifier_contact")).isEqualTo(contact);
        for (String elsewhere :
                new String[] {"source/" + (record + 1) + "/testifier_contact", "source/" + record + "/notes"}) {
            try {
                box.open(sealed, elsewhere);
                throw new AssertionError("a value moved to " + elsewhere + " must not open");
            } catch (IllegalStateException e) {
                assertThat(e.getMessage()).contains("does not open").doesNotContain(contact);
            }
        }
    }
}
