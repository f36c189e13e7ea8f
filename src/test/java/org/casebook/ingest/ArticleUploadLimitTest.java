package org.casebook.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.casebook.TestAccounts;
import org.casebook.WebSession;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The article form promises files up to 10 MB, and the body limit (1 MiB elsewhere) lets such a file through on that
 * route; a larger one is refused before it is read (issue 21, "Also").
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArticleUploadLimitTest {
    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void theFormStatesItsLimitAndTheBodyLimitAgrees() {
        WebSession web = TestAccounts.session(accounts, Role.contributor, port);
        assertThat(web.get("/app/ingest").body()).contains("at most 10 MB");
        // Not a readable PDF, so nothing is read at length; what matters is that the size is not what refuses it.
        WebSession.Page twoMegabytes = web.postFile("/app/ingest", "file", "scan.pdf", new byte[2 << 20]);
        assertThat(twoMegabytes.status())
                .as(twoMegabytes.body())
                .isNotEqualTo(413)
                .isLessThan(500);
        web.get("/app/ingest");
        WebSession.Page tooLarge = web.postFile("/app/ingest", "file", "scan.pdf", new byte[12 << 20]);
        assertThat(tooLarge.status()).isEqualTo(413);
    }
}
