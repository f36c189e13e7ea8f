package org.casebook;

import org.casebook.account.AccessTokens;
import org.springframework.stereotype.Component;

/** Hands the running application's token service to {@link TestAccounts}, whose helpers are static. */
@Component
class TestAccountsWiring {
    TestAccountsWiring(AccessTokens tokens) {
        TestAccounts.tokens = tokens;
    }
}
