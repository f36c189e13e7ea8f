package org.casebook.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import org.casebook.VerifyCommandAccess;
import org.casebook.keys.KeyFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ledger's keys are checked against the store at start; a lost key is never replaced silently. */
@SpringBootTest
class LedgerKeysTest {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    Ledger ledger;

    @Value("${casebook.ledger.key-directory}")
    String keyDirectory;

    @Test
    void aMissingSigningKeyIsNotMadeAnewWhileTheLedgerHasSignedHeads() throws Exception {
        ledger.sequencePending();
        Path empty = Files.createTempDirectory("keys-gone");
        assertThatThrownBy(() -> new LedgerKeys(empty.toString(), true, jdbc))
                .isInstanceOf(KeyFile.MissingKey.class)
                .hasMessageContaining("is missing")
                .hasMessageContaining("Restore");
        assertThat(empty.resolve("tree-head-signing.pk8")).doesNotExist();
    }

    @Test
    void aReplacedPrivateKeyAloneIsRefused() throws Exception {
        Path copy = Files.createTempDirectory("keys-private-replaced");
        Files.copy(Path.of(keyDirectory, "tree-head-signing.pub"), copy.resolve("tree-head-signing.pub"));
        Files.write(
                copy.resolve("tree-head-signing.pk8"),
                KeyPairGenerator.getInstance("Ed25519")
                        .generateKeyPair()
                        .getPrivate()
                        .getEncoded());
        assertThatThrownBy(() -> new LedgerKeys(copy.toString(), true, jdbc))
                .isInstanceOf(KeyFile.MissingKey.class)
                .hasMessageContaining("is not the half of its public key");
    }

    @Test
    void anotherKeyPairIsRefusedBecauseItDidNotSignTheHeads() throws Exception {
        ledger.sequencePending();
        Path other = Files.createTempDirectory("keys-other");
        var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Files.write(other.resolve("tree-head-signing.pub"), pair.getPublic().getEncoded());
        Files.write(other.resolve("tree-head-signing.pk8"), pair.getPrivate().getEncoded());
        assertThatThrownBy(() -> new LedgerKeys(other.toString(), true, jdbc))
                .isInstanceOf(KeyFile.MissingKey.class)
                .hasMessageContaining("did not sign this ledger's tree heads");
    }

    @Test
    void aMissingOrOtherSealKeyIsRefused() throws Exception {
        Path empty = Files.createTempDirectory("seal-gone");
        assertThatThrownBy(() -> new RevisionSeals(empty.toString(), true, jdbc))
                .isInstanceOf(KeyFile.MissingKey.class)
                .hasMessageContaining("revision seal key");
        Files.write(empty.resolve("revision-seal.key"), new byte[32]);
        assertThatThrownBy(() -> new RevisionSeals(empty.toString(), true, jdbc))
                .isInstanceOf(KeyFile.MissingKey.class)
                .hasMessageContaining("is not the key that sealed");
    }

    @Test
    void verifyNeverWritesKeys() throws Exception {
        Path empty = Files.createTempDirectory("verify-keys");
        VerifyCommandAccess.Result result = VerifyCommandAccess.run("--casebook.ledger.key-directory=" + empty);
        assertThat(result.exit()).as(result.output()).isEqualTo(2);
        assertThat(result.output()).contains("could not start").contains("key");
        try (var files = Files.list(empty)) {
            assertThat(files).isEmpty();
        }
    }
}
