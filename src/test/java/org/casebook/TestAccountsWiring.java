package org.casebook;

import jakarta.annotation.PreDestroy;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.casebook.account.AccessTokens;
import org.springframework.stereotype.Component;

/**
 * Hands the running application's token service to {@link TestAccounts}, whose helpers are static. Applications
 * started inside a test (`casebook verify` run in-process) come and go; the newest one still open serves.
 */
@Component
class TestAccountsWiring {
    private static final Deque<AccessTokens> OPEN = new ConcurrentLinkedDeque<>();
    private final AccessTokens tokens;

    TestAccountsWiring(AccessTokens tokens) {
        this.tokens = tokens;
        OPEN.push(tokens);
    }

    @PreDestroy
    void closed() {
        OPEN.remove(tokens);
    }

    static AccessTokens tokens() {
        AccessTokens newest = OPEN.peek();
        if (newest == null) {
            throw new IllegalStateException("no application is running to make the test account's token");
        }
        return newest;
    }
}
