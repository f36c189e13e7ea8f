package org.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import org.casebook.ledger.IntegrityProblem;
import org.casebook.ledger.Ledger;
import org.casebook.ledger.Verification;
import org.casebook.ledger.proof.Hex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The quiet edits an insider with database access made without `verify` noticing (issue 20, finding 5), each made
 * here the same way, found and named, then undone.
 */
@SpringBootTest
class QuietEditsTest {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Verification verification;

    @Autowired
    Ledger ledger;

    Intruder intruder;

    @BeforeEach
    void setUp() {
        intruder = new Intruder(jdbc, transaction, verification);
        ledger.sequencePending();
    }

    @Test
    void aDeletedClaimRowIsNamed() {
        long claim = jdbc.sql("select max(id) from claim").query(Long.class).single();
        intruder.tampered(
                new String[] {
                    "create table kept_claim as select * from claim where id = " + claim,
                    "delete from claim where id = " + claim
                },
                new String[] {"insert into claim select * from kept_claim", "drop table kept_claim"},
                problems -> assertThat(problems).anySatisfy(p -> {
                    assertThat(p.kind()).isEqualTo("removed");
                    assertThat(p.what()).isEqualTo("claim " + claim);
                    assertThat(p.detail()).contains("its row is gone");
                    // The ledger page words the same problem in its reader's language.
                    LocaleContextHolder.setLocale(Locale.forLanguageTag("ug"));
                    try {
                        assertThat(p.kindShown()).isEqualTo("ئۆچۈرۈلگەن");
                        assertThat(p.detailShown()).startsWith("خاتىرىنىڭ v").contains("قۇرى يوقالغان");
                        assertThat(p.whatShown()).endsWith(" " + claim).doesNotStartWith("claim");
                    } finally {
                        LocaleContextHolder.resetLocaleContext();
                    }
                }));
    }

    @Test
    void aChangedDerivedStatusIsNamed() {
        var person = jdbc.sql(
                        "select public_id, derived_status from person where derived_status <> 'released' order by id limit 1")
                .query()
                .singleRow();
        intruder.tampered(
                "update person set derived_status = 'released' where public_id = '" + person.get("public_id") + "'",
                "update person set derived_status = '" + person.get("derived_status") + "' where public_id = '"
                        + person.get("public_id") + "'",
                problems -> assertThat(problems).singleElement().satisfies(p -> {
                    assertThat(p.kind()).isEqualTo("altered");
                    assertThat(p.what()).isEqualTo("status of person " + person.get("public_id"));
                    assertThat(p.detail())
                            .contains("stored as released")
                            .contains("claims give " + person.get("derived_status"));
                }));
    }

    @Test
    void aFacilityStatusChangedAroundTheApplicationIsNamed() {
        var facility = jdbc.sql(
                        "select public_id, published_status from facility where derived_status = 'contested' order by id limit 1")
                .query()
                .singleRow();
        String id = (String) facility.get("public_id");
        intruder.tampered(
                "update facility set published_status = 'closed' where public_id = '" + id + "'",
                "update facility set published_status = '" + facility.get("published_status") + "' where public_id = '"
                        + id + "'",
                problems -> assertThat(problems).singleElement().satisfies(p -> {
                    assertThat(p.kind()).isEqualTo("altered");
                    assertThat(p.what()).isEqualTo("status of facility " + id);
                }));
    }

    /** Without a seal, or with the seal of the revision before it (a seal covers its revision's id and content). */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aRevisionInsertedAroundTheApplicationIsNeverLoggedAndIsNamed(boolean copiesASeal) {
        var latest = jdbc.sql(
                        "select * from revision where record_type = 'claim' and record_id = 1 order by version desc limit 1")
                .query()
                .singleRow();
        int version = (Integer) latest.get("version");
        String content =
                ((String) latest.get("content")).replace("\"version\":" + version, "\"version\":" + (version + 1));
        String asserter = jdbc.sql("select asserter from claim where id = 1")
                .query(String.class)
                .single();
        long forged = transaction.execute(s -> {
            long id = jdbc.sql("""
                            insert into revision (record_type, record_id, version, action, actor, reason, recorded_at, content, seal)
                            values ('claim', 1, :version, 'update', 'editor', null, now(), :content, :seal) returning id""")
                    .param("version", version + 1)
                    .param("seal", copiesASeal ? (byte[]) latest.get("seal") : null, Types.BINARY)
                    .param("content", content)
                    .query(Long.class)
                    .single();
            jdbc.sql("update claim set version = :version where id = 1")
                    .param("version", version + 1)
                    .update();
            return id;
        });
        try {
            ledger.sequencePending();
            assertThat(ledger.leafFor("revision", forged))
                    .as("the forged revision was not logged")
                    .isEmpty();
            List<IntegrityProblem> problems = intruder.verify();
            assertThat(problems).anySatisfy(p -> {
                assertThat(p.kind()).isEqualTo("forged");
                assertThat(p.what()).isEqualTo("claim 1 v" + (version + 1) + " (revision " + forged + ")");
                assertThat(p.detail()).contains(copiesASeal ? "seal does not hold" : "no seal");
            });
            assertThat(problems).anySatisfy(p -> assertThat(p.detail()).contains("the ledger refused to log it"));
        } finally {
            intruder.run(
                    "delete from ledger_refused where ref_id = " + forged,
                    "delete from ledger_queue where " + forged + " = any(ref_ids) and entry_type = 'revision'",
                    "delete from revision where id = " + forged,
                    "update claim set version = " + version + ", asserter = '" + asserter.replace("'", "''")
                            + "' where id = 1");
        }
        assertThat(intruder.verify()).isEmpty();
    }

    @Test
    void aDeletedLatestTreeHeadIsNamed() {
        var head = jdbc.sql("select * from tree_head order by tree_size desc limit 1")
                .query()
                .singleRow();
        long size = (Long) head.get("tree_size");
        intruder.tampered(
                "delete from tree_head where tree_size = " + size,
                "insert into tree_head (tree_size, root_hash, issued_at, signature) values (" + size + ", decode('"
                        + Hex.of((byte[]) head.get("root_hash")) + "', 'hex'), timestamptz '"
                        + ((Timestamp) head.get("issued_at")).toInstant() + "', decode('"
                        + Hex.of((byte[]) head.get("signature")) + "', 'hex'))",
                problems -> assertThat(problems).anySatisfy(p -> {
                    assertThat(p.kind()).isEqualTo("removed");
                    assertThat(p.what()).isEqualTo("signed tree head of size " + size);
                }));
    }

    @Test
    void aChangedStoredNodeIsNamed() {
        byte[] hash = jdbc.sql("select hash from ledger_node where level = 4 and node_index = 1")
                .query(byte[].class)
                .single();
        intruder.tampered(
                "update ledger_node set hash = sha256('forged'::bytea) where level = 4 and node_index = 1",
                "update ledger_node set hash = decode('" + Hex.of(hash)
                        + "', 'hex') where level = 4 and node_index = 1",
                problems -> assertThat(problems).anySatisfy(p -> {
                    assertThat(p.kind()).isEqualTo("altered");
                    assertThat(p.what()).startsWith("ledger subtree hash at level 4, index 1 (entries 16–31)");
                    assertThat(p.detail()).contains("proofs through it will not verify");
                }));
    }

    @Test
    void aDeletedStoredNodeIsNamedAndLowerOnesAreNotExpected() {
        assertThat(jdbc.sql("select count(*) from ledger_node where level < 4")
                        .query(Long.class)
                        .single())
                .as("subtrees of fewer than 16 leaves are hashed again from their leaves, not stored")
                .isZero();
        byte[] hash = jdbc.sql("select hash from ledger_node where level = 4 and node_index = 0")
                .query(byte[].class)
                .single();
        intruder.tampered(
                "delete from ledger_node where level = 4 and node_index = 0",
                "insert into ledger_node (level, node_index, hash) values (4, 0, decode('" + Hex.of(hash)
                        + "', 'hex'))",
                problems -> assertThat(problems).anySatisfy(p -> {
                    assertThat(p.kind()).isEqualTo("removed");
                    assertThat(p.what()).startsWith("ledger subtree hash at level 4, index 0 (entries 0–15)");
                }));
    }

    @Test
    void aLowerNodeKeptFromAnOlderStoreIsStillChecked() {
        intruder.tampered(
                "insert into ledger_node (level, node_index, hash) values (1, 2, sha256('forged'::bytea))",
                "delete from ledger_node where level = 1 and node_index = 2",
                problems -> assertThat(problems).anySatisfy(p -> {
                    assertThat(p.kind()).isEqualTo("altered");
                    assertThat(p.what()).startsWith("ledger subtree hash at level 1, index 2 (entries 4–5)");
                    assertThat(p.detail())
                            .contains("changed around the application")
                            .doesNotContain("proofs through it");
                }));
    }

    @Test
    void aWipedAuditLogIsNamed() {
        jdbc.sql(
                        "insert into audit_event (at, actor, action, target, detail) values (now(), 'tests', 'test', null, 'kept')")
                .update();
        ledger.sequencePending();
        long events =
                jdbc.sql("select count(*) from audit_event").query(Long.class).single();
        intruder.tampered(
                new String[] {"create table kept_audit as select * from audit_event", "delete from audit_event"},
                new String[] {"insert into audit_event select * from kept_audit", "drop table kept_audit"},
                problems -> assertThat(problems.stream()
                                .filter(p ->
                                        p.kind().equals("removed") && p.what().startsWith("audit ")))
                        .hasSize((int) events));
    }

    @Test
    void verificationGoesOnPastAMissingLeafAndNamesItsRecord() {
        var leaf = jdbc.sql("select * from ledger_leaf where leaf_index = 5")
                .query()
                .singleRow();
        long revision = (Long) leaf.get("ref_id");
        var row = jdbc.sql("select record_type, record_id, version from revision where id = " + revision)
                .query()
                .singleRow();
        long claim = jdbc.sql("select max(id) from claim").query(Long.class).single();
        String asserter = jdbc.sql("select asserter from claim where id = " + claim)
                .query(String.class)
                .single();
        intruder.tampered(
                new String[] {
                    "delete from ledger_leaf where leaf_index = 5",
                    "update claim set asserter = 'Nobody' where id = " + claim
                },
                new String[] {
                    "insert into ledger_leaf (leaf_index, entry_type, ref_id, leaf_hash) values (5, '"
                            + leaf.get("entry_type") + "', " + revision + ", decode('"
                            + Hex.of((byte[]) leaf.get("leaf_hash")) + "', 'hex'))",
                    "update claim set asserter = '" + asserter.replace("'", "''") + "' where id = " + claim
                },
                problems -> {
                    assertThat(problems).anySatisfy(p -> {
                        assertThat(p.kind()).isEqualTo("removed");
                        assertThat(p.what()).isEqualTo("ledger entry 5");
                        assertThat(p.detail())
                                .contains("it logged " + row.get("record_type") + " " + row.get("record_id") + " v"
                                        + row.get("version") + " (revision " + revision + ")");
                    });
                    assertThat(problems)
                            .as("what lies after the gap is checked too")
                            .anySatisfy(p -> assertThat(p.what()).isEqualTo("claim " + claim));
                    assertThat(problems).noneSatisfy(p -> assertThat(p.kind()).isEqualTo("added"));
                });
    }
}
