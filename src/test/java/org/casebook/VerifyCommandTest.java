package org.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VerifyCommandTest {
    @Autowired
    AccountService testAccounts;

    @LocalServerPort
    int port;

    @Test
    void theCommandLineReportsACleanStoreWithExitZero() {
        VerifyCommandAccess.Result result = VerifyCommandAccess.run();
        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).contains("CLEAN").contains("0 problems");
    }

    @Test
    void theLedgerPageRunsAVerificationAndShowsItsResult() throws Exception {
        WebSession web = TestAccounts.session(testAccounts, Role.admin, port);
        assertThat(web.get("/app/ledger").body()).contains("Verify everything now");
        web.postForm("/app/ledger/verify", "");
        String page = "";
        for (int i = 0; i < 100 && !page.contains("Last run"); i++) {
            Thread.sleep(100);
            page = web.get("/app/ledger").body();
        }
        assertThat(page).contains("Last run: clean");
    }
}
