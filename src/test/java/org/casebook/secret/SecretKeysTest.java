package org.casebook.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casebook.TestAccounts;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.casebook.keys.KeyFile;
import org.casebook.keys.Keysets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The secrets key is never replaced silently: a missing or different key stops Casebook with a message. */
@SpringBootTest
class SecretKeysTest {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    List<SecretBox.SealedElsewhere> elsewhere;

    @Test
    void aMissingSecretsKeyIsNotMadeAnewOnceSecretsAreStored() throws Exception {
        TestAccounts.create(accounts, Role.admin);
        Path missing = Files.createTempDirectory("secrets-gone").resolve("secrets.json");
        assertThatThrownBy(() -> new SecretBox(missing.toString(), true, jdbc, elsewhere))
                .isInstanceOf(KeyFile.MissingKey.class)
                .hasMessageContaining("secret values key")
                .hasMessageContaining("Restore");
        assertThat(missing).doesNotExist();
    }

    @Test
    void anotherSecretsKeyIsRefusedBecauseItDoesNotOpenWhatIsStored() throws Exception {
        TestAccounts.create(accounts, Role.admin);
        Path other = Files.createTempDirectory("secrets-other").resolve("secrets.json");
        Keysets.aead("CASEBOOK_TEST_UNSET", other.toString(), "other", new Keysets.Missing(false, true));
        assertThatThrownBy(() -> new SecretBox(other.toString(), true, jdbc, elsewhere))
                .isInstanceOf(KeyFile.MissingKey.class)
                .hasMessageContaining("does not open this store's secret values");
    }
}
