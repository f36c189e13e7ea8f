package org.casebook.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Instant;
import org.casebook.PackagedServer;
import org.casebook.WebSession;
import org.junit.jupiter.api.Test;

/**
 * The first admin, as the README tells an operator to make one: `create-admin` on the packaged jar against a
 * fresh data folder, then the server started on that folder and a sign-in with the printed password and TOTP key.
 */
class CreateAdminPackagedTest {

    @Test
    void theFirstAdminIsMadeOnTheCommandLineAndCanSignIn() throws Exception {
        PackagedServer casebook = new PackagedServer(Files.createTempDirectory("casebook-first-admin"));
        PackagedServer.FirstAdmin created = casebook.createAdmin("ayse");
        assertThat(created.output()).contains("Recovery codes");

        PackagedServer.Run again = casebook.command("create-admin", "other");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.output()).contains("an admin account already exists");

        try {
            WebSession web = casebook.start();
            WebSession.Page in =
                    web.signIn("ayse", created.password(), Totp.code(created.totpKey(), Totp.step(Instant.now()) + 1));
            assertThat(in.uri()).endsWith("/app/persons");
            assertThat(in.body()).contains("ayse");
        } finally {
            casebook.stop();
        }
    }
}
