package org.casebook.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.casebook.access.CurrentUser;
import org.casebook.access.Role;
import org.casebook.audit.AuditLog;
import org.casebook.records.InvalidInput;
import org.casebook.records.RecordNotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: each belongs to one account, is shown once, is kept only as a hash, and acts for its account only on
 * /api (a read token as a viewer); revoking it takes effect on the next request.
 */
@Service
public class AccessTokens {
    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final AuditLog audit;
    private final Clock clock;

    AccessTokens(JdbcClient jdbc, AccountService accounts, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    public record NewToken(long id, String token) {}

    public record TokenInfo(
            long id, String name, String scope, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {}

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public NewToken createToken(String name, String scope) {
        Account account = accounts.find(CurrentUser.name())
                .orElseThrow(
                        () -> new InvalidInput("name", "only accounts can hold tokens", "app.error.tokensAccounts"));
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new InvalidInput("name", "give the token a name of 1 to 100 characters", "app.error.tokenName");
        }
        if (!"read".equals(scope) && !"write".equals(scope)) {
            throw new InvalidInput("scope", "must be read or write", "error.oneOf", "values", "read, write");
        }
        String token = "cb_" + AccountService.randomText(40);
        long id = jdbc.sql("""
                        insert into access_token (account_id, name, token_hash, scope, created_at)
                        values (:account, :name, :hash, :scope, :now) returning id""")
                .param("account", account.id())
                .param("name", name.strip())
                .param("hash", AccountService.sha256(token))
                .param("scope", scope)
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        audit.record("token.create", "account/" + account.username(), "token " + id + " scope " + scope);
        return new NewToken(id, token);
    }

    @PreAuthorize("isAuthenticated()")
    public List<TokenInfo> tokens() {
        return jdbc.sql("""
                        select t.* from access_token t join account a on a.id = t.account_id
                        where a.username = :u order by t.id""")
                .param("u", CurrentUser.name())
                .query((rs, n) -> new TokenInfo(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("scope"),
                        AccountService.instant(rs, "created_at"),
                        AccountService.instant(rs, "last_used_at"),
                        AccountService.instant(rs, "revoked_at")))
                .list();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void revokeToken(long id) {
        int changed = jdbc.sql("""
                        update access_token set revoked_at = :now
                        where id = :id and revoked_at is null and account_id = (select id from account where username = :u)""")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .param("u", CurrentUser.name())
                .update();
        if (changed == 0) {
            throw new RecordNotFound("token", id);
        }
        audit.record("token.revoke", "account/" + CurrentUser.name(), "token " + id);
    }

    public record TokenHolder(String username, Role role, String scope) {
        /** A read token acts as a viewer whatever its holder's role. */
        public Role effectiveRole() {
            return "read".equals(scope) ? Role.viewer : role;
        }
    }

    public Optional<TokenHolder> tokenHolder(String token) {
        if (token == null || !token.startsWith("cb_") || token.length() > 100) {
            return Optional.empty();
        }
        Optional<TokenHolder> holder = jdbc.sql("""
                        select a.username, a.role, t.scope, t.id from access_token t join account a on a.id = t.account_id
                        where t.token_hash = :hash and t.revoked_at is null and not a.disabled""")
                .param("hash", AccountService.sha256(token))
                .query((rs, n) -> new TokenHolder(
                        rs.getString("username"), Role.valueOf(rs.getString("role")), rs.getString("scope")))
                .optional();
        holder.ifPresent(h -> jdbc.sql("update access_token set last_used_at = :now where token_hash = :hash")
                .param("now", Timestamp.from(clock.instant()))
                .param("hash", AccountService.sha256(token))
                .update());
        return holder;
    }
}
