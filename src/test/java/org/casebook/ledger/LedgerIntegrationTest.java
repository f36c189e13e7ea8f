package org.casebook.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.casebook.HttpApi;
import org.casebook.Intruder;
import org.casebook.TestAccounts;
import org.casebook.account.AccountService;
import org.casebook.ledger.proof.Hex;
import org.casebook.ledger.proof.Merkle;
import org.casebook.ledger.proof.ProofCheck;
import org.casebook.ledger.proof.TreeHead;
import org.casebook.ledger.proof.VerifierMain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LedgerIntegrationTest {
    @Autowired
    AccountService testAccounts;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Ledger ledger;

    @Autowired
    Verification verification;

    @Autowired
    TransactionTemplate transaction;

    HttpApi api;

    @BeforeEach
    void setUp() {
        api = TestAccounts.adminApi(testAccounts, port);
        ledger.sequencePending();
    }

    static List<byte[]> hashes(JsonNode array) {
        List<byte[]> out = new ArrayList<>();
        array.forEach(h -> out.add(Hex.parse(h.asString())));
        return out;
    }

    @Test
    void everyRevisionIsLoggedUnderASignedTreeHead() {
        long revisions =
                jdbc.sql("select count(*) from revision").query(Long.class).single();
        assertThat(ledger.size()).isGreaterThanOrEqualTo(revisions);
        JsonNode key = api.get("/api/public/v1/ledger/key").json();
        JsonNode head = api.get("/api/v1/ledger/tree-head").json();
        TreeHead treeHead = new TreeHead(
                head.get("treeSize").asLong(),
                Hex.parse(head.get("rootHash").asString()),
                Instant.parse(head.get("issuedAt").asString()),
                Hex.parse(head.get("signature").asString()));
        assertThat(treeHead.signatureHolds(Hex.parse(key.get("publicKey").asString())))
                .isTrue();
        TreeHead forged =
                new TreeHead(treeHead.size() + 1, treeHead.rootHash(), treeHead.issuedAt(), treeHead.signature());
        assertThat(forged.signatureHolds(Hex.parse(key.get("publicKey").asString())))
                .isFalse();
    }

    @Test
    void inclusionProofFromTheApiChecksWithTheStandaloneVerifier() {
        JsonNode proof = api.get("/api/v1/ledger/proof/inclusion?recordType=claim&recordId=1&version=1")
                .json();
        byte[] entry = api.get(
                        "/api/v1/ledger/entries/" + proof.get("leafIndex").asLong())
                .body()
                .getBytes(StandardCharsets.UTF_8);
        assertThat(Hex.of(Merkle.leafHash(entry)))
                .isEqualTo(proof.get("leafHash").asString());
        assertThat(new String(entry, StandardCharsets.UTF_8))
                .contains("\"recordType\":\"claim\"")
                .contains("\"asserter\":\"Turkey\"");
        ProofCheck.Result result = ProofCheck.inclusion(
                Hex.parse(proof.get("leafHash").asString()),
                proof.get("leafIndex").asLong(),
                proof.get("treeSize").asLong(),
                Hex.parse(proof.get("rootHash").asString()),
                hashes(proof.get("proof")));
        assertThat(result.holds()).isTrue();

        List<String> args = new ArrayList<>(List.of(
                "verify-inclusion",
                "--leaf-hash",
                proof.get("leafHash").asString(),
                "--index",
                proof.get("leafIndex").asString(),
                "--size",
                proof.get("treeSize").asString(),
                "--root",
                proof.get("rootHash").asString(),
                "--proof",
                String.join(
                        ",",
                        proof.get("proof").valueStream().map(JsonNode::asString).toList())));
        assertThat(cli(args)).startsWith("0 VALID");
        args.set(4, String.valueOf(proof.get("leafIndex").asLong() + 1));
        assertThat(cli(args)).startsWith("1 INVALID");
        args.set(2, "not-hex");
        assertThat(cli(args)).startsWith("2 MALFORMED");
    }

    @Test
    void proofsBuiltFromStorageAreTheProofsOverTheLeaves() {
        List<byte[]> leaves = jdbc.sql("select leaf_hash from ledger_leaf order by leaf_index")
                .query(byte[].class)
                .list();
        assertThat(leaves.size())
                .as("enough entries for stored and unstored subtrees")
                .isGreaterThan(70);
        Merkle.Subtrees inMemory = Merkle.over(leaves);
        List<Long> sizes =
                new ArrayList<>(List.of(1L, 2L, 3L, 5L, 8L, 15L, 16L, 17L, 31L, 32L, 33L, 48L, 63L, 64L, 65L));
        sizes.add((long) leaves.size());
        for (long size : sizes) {
            for (long index : new long[] {0, 1, size / 2, size - 3, size - 2, size - 1}) {
                if (index >= 0 && index < size) {
                    assertThat(ledger.inclusionProof(index, size))
                            .as("inclusion of %d in %d", index, size)
                            .containsExactlyElementsOf(Merkle.inclusionProof(inMemory, index, size));
                }
            }
            for (long first : sizes) {
                if (first <= size) {
                    assertThat(ledger.consistencyProof(first, size))
                            .as("consistency of %d with %d", first, size)
                            .containsExactlyElementsOf(Merkle.consistencyProof(inMemory, first, size));
                }
            }
        }
    }

    @Test
    void consistencyProofBetweenTwoTreeHeadsChecks() {
        long first = ledger.treeHeads().getFirst().size();
        api.post(
                "/api/v1/sources",
                Map.of("kind", "other", "title", "Consistency " + System.nanoTime(), "party", "unknown"));
        ledger.sequencePending();
        long second = ledger.latestTreeHead().orElseThrow().size();
        assertThat(second).isGreaterThan(first);
        JsonNode proof = api.get("/api/v1/ledger/proof/consistency?first=" + first + "&second=" + second)
                .json();
        List<String> args = List.of(
                "verify-consistency",
                "--size1",
                String.valueOf(first),
                "--size2",
                String.valueOf(second),
                "--root1",
                proof.get("firstRoot").asString(),
                "--root2",
                proof.get("secondRoot").asString(),
                "--proof",
                String.join(
                        ",",
                        proof.get("proof").valueStream().map(JsonNode::asString).toList()));
        assertThat(cli(args)).startsWith("0 VALID");
        List<String> swapped = new ArrayList<>(args);
        swapped.set(6, args.get(8));
        swapped.set(8, args.get(6));
        assertThat(cli(swapped)).startsWith("1 INVALID");
    }

    static String cli(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = VerifierMain.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8));
        return code + " " + out.toString(StandardCharsets.UTF_8);
    }

    private void tampered(String tamper, String restore, Consumer<List<IntegrityProblem>> expect) {
        new Intruder(jdbc, transaction, verification).tampered(tamper, restore, expect);
    }

    private void tampered(String[] tamper, String[] restore, Consumer<List<IntegrityProblem>> expect) {
        new Intruder(jdbc, transaction, verification).tampered(tamper, restore, expect);
    }

    @Test
    void aClaimRowChangedInSqlIsReportedPrecisely() {
        int version = jdbc.sql("select version from claim where id = 1")
                .query(Integer.class)
                .single();
        tampered(
                "update claim set asserter = 'Nobody' where id = 1",
                "update claim set asserter = 'Turkey' where id = 1",
                problems -> {
                    assertThat(problems)
                            .filteredOn(p -> p.what().equals("claim 1"))
                            .singleElement()
                            .satisfies(p -> {
                                assertThat(p.kind()).isEqualTo("altered");
                                assertThat(p.detail())
                                        .contains("latest revision v" + version)
                                        .contains("asserter");
                            });
                    // The status explanation names the asserter, so the stored one no longer follows from the claims.
                    assertThat(problems)
                            .extracting(IntegrityProblem::what)
                            .containsExactlyInAnyOrder("claim 1", "status of person CB-000001");
                });
    }

    @Test
    void aRevisionChangedInSqlIsReportedAsAlteredAfterLogging() {
        long id = jdbc.sql("select id from revision where record_type = 'claim' and record_id = 2 and version = 1")
                .query(Long.class)
                .single();
        String content = jdbc.sql("select content from revision where id = " + id)
                .query(String.class)
                .single();
        tampered(
                "update revision set content = replace(content, 'good health', 'bad health') where id = " + id,
                "update revision set content = '" + content.replace("'", "''") + "' where id = " + id,
                problems -> assertThat(problems).anySatisfy(p -> {
                    assertThat(p.kind()).isEqualTo("altered");
                    assertThat(p.what()).isEqualTo("claim 2 v1 (revision " + id + ")");
                    assertThat(p.detail()).contains("changed after it was logged at ledger entry");
                }));
    }

    @Test
    void aDeletedRevisionIsReportedAsRemoved() {
        Map<String, Object> row = jdbc.sql(
                        "select * from revision where record_type = 'source' and record_id = 1 and version = 1")
                .query()
                .singleRow();
        long id = (Long) row.get("id");
        String restore =
                "insert into revision (id, record_type, record_id, version, action, actor, reason, recorded_at, content, seal) "
                        + "select " + id + ", 'source', 1, 1, 'create', '" + row.get("actor") + "', null, timestamptz '"
                        + ((Timestamp) row.get("recorded_at")).toInstant() + "', '"
                        + ((String) row.get("content")).replace("'", "''")
                        + "', decode('" + Hex.of((byte[]) row.get("seal")) + "', 'hex')";
        tampered(
                "delete from revision where id = " + id,
                restore,
                problems -> assertThat(problems).anySatisfy(p -> {
                    assertThat(p.kind()).isEqualTo("removed");
                    assertThat(p.what()).isEqualTo("revision " + id);
                    assertThat(p.detail()).contains("no longer exists");
                }));
    }

    @Test
    void swappedLedgerEntriesAreReportedAsReordered() {
        String[] swap = {
            "update ledger_leaf set leaf_index = -1 where leaf_index = 3",
            "update ledger_leaf set leaf_index = 3 where leaf_index = 4",
            "update ledger_leaf set leaf_index = 4 where leaf_index = -1"
        };
        tampered(swap, swap, problems -> {
            assertThat(problems)
                    .filteredOn(p -> p.kind().equals("reordered"))
                    .hasSize(2)
                    .anySatisfy(p ->
                            assertThat(p.detail()).contains("found at ledger entry 3 but it was logged at entry 4"))
                    .anySatisfy(p ->
                            assertThat(p.detail()).contains("found at ledger entry 4 but it was logged at entry 3"));
            assertThat(problems).anySatisfy(p -> assertThat(p.detail()).contains("no longer hash to the signed root"));
        });
    }
}
