package org.casebook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.casebook.access.CurrentUser;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.casebook.account.Totp;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Real accounts for tests, made through the same service as the admin pages: a fresh name each time (the test
 * database lives as long as the JVM), a known password and TOTP key, and a personal access token.
 */
public final class TestAccounts {
    private TestAccounts() {}

    public record TestAccount(String username, Role role, String password, String totpSecret, String token) {
        /** A code for the next 30-second step, which sign-in accepts once even right after enrolment. */
        public String nextCode() {
            return Totp.code(totpSecret, Totp.step(Instant.now()) + 1);
        }
    }

    public static TestAccount create(AccountService accounts, Role role) {
        return create(accounts, role, "write");
    }

    public static TestAccount create(AccountService accounts, Role role, String tokenScope) {
        String name = "t-" + role + "-" + UUID.randomUUID().toString().substring(0, 8);
        AccountService.NewAccount created = CurrentUser.asSystem("tests", () -> accounts.create(name, role));
        String secret = null;
        if (role.needsSecondFactor()) {
            secret = Totp.newSecret();
            accounts.enrol(created.account().id(), secret, Totp.code(secret, Totp.step(Instant.now())));
        }
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                name, null, List.of(new SimpleGrantedAuthority(role.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            String token =
                    TestAccountsWiring.tokens().createToken("tests", tokenScope).token();
            return new TestAccount(name, role, created.password(), secret, token);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** A browser-like session of a new account of this role, signed in through the pages (second factor too). */
    public static WebSession session(AccountService accounts, Role role, int port) {
        return session(create(accounts, role), port);
    }

    public static WebSession session(TestAccount account, int port) {
        WebSession web = new WebSession(port);
        WebSession.Page in = web.signIn(
                account.username(), account.password(), account.totpSecret() == null ? null : account.nextCode());
        if (!in.uri().contains("/app")) {
            throw new IllegalStateException("could not sign in as " + account.username() + ": " + in.uri());
        }
        web.get("/app/account");
        return web;
    }

    /** An admin's API client, for tests about something other than permissions. */
    public static HttpApi adminApi(AccountService accounts, int port) {
        return new HttpApi(port, create(accounts, Role.admin).token());
    }
}
