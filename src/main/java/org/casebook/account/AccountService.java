package org.casebook.account;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.casebook.access.CurrentUser;
import org.casebook.access.Role;
import org.casebook.audit.AuditLog;
import org.casebook.keys.Codes;
import org.casebook.records.InvalidInput;
import org.casebook.records.RecordNotFound;
import org.casebook.secret.SecretBox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts, sign-in with Argon2id passwords and TOTP, recovery codes, lockout and personal access tokens.
 * Nothing here logs a password, code, token or TOTP key; the audit log gets the event and the account name only.
 */
@Service
public class AccountService {
    static final int MAX_FAILURES = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(15);
    /** Where an account's TOTP key is sealed (with the account's id after a slash). */
    static final String TOTP_PLACE = "account/totp";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    private final JdbcClient jdbc;
    private final SecretBox box;
    private final AuditLog audit;
    private final Clock clock;
    private final Argon2PasswordEncoder passwords = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    // Hashing a password for an unknown name too keeps the answer time from telling which names exist.
    private final String decoyHash = passwords.encode("decoy-" + RANDOM.nextLong());
    private final int maxFailures;

    AccountService(
            JdbcClient jdbc,
            SecretBox box,
            AuditLog audit,
            Clock clock,
            @Value("${casebook.accounts.max-failures:5}") int maxFailures) {
        this.jdbc = jdbc;
        this.box = box;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
    }

    public record NewAccount(Account account, String password) {}

    public record FirstAdmin(Account account, String password, String totpSecret, List<String> recoveryCodes) {}

    /** The command-line step that creates the first admin, with a password and second factor ready to use. */
    @Transactional
    public FirstAdmin createFirstAdmin(String username) {
        if (jdbc.sql("select count(*) from account where role = 'admin' and not disabled")
                        .query(Long.class)
                        .single()
                > 0) {
            throw new InvalidInput(
                    "username",
                    "an admin account already exists; ask that admin to create accounts",
                    "app.error.adminExists");
        }
        NewAccount created = CurrentUser.asSystem("setup", () -> insert(username, Role.admin));
        String secret = Totp.newSecret();
        jdbc.sql("update account set totp_secret = :secret where id = :id")
                .param(
                        "secret",
                        box.seal(secret, TOTP_PLACE + "/" + created.account().id()))
                .param("id", created.account().id())
                .update();
        List<String> codes = newRecoveryCodes(created.account().id());
        audit.recordAs("setup", "account.create", "account/" + username, "first admin");
        return new FirstAdmin(get(created.account().id()), created.password(), secret, codes);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public NewAccount create(String username, Role role) {
        NewAccount created = insert(username, role);
        audit.record("account.create", "account/" + created.account().username(), "role " + role);
        return created;
    }

    private NewAccount insert(String username, Role role) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z0-9][a-z0-9._-]{1,39}")) {
            throw new InvalidInput(
                    "username",
                    "2 to 40 characters: lower-case letters, digits, dot, dash, underscore",
                    "app.error.username");
        }
        if (find(name).isPresent()) {
            throw new InvalidInput("username", "already taken", "app.error.usernameTaken");
        }
        String password = randomText(20);
        long id = jdbc.sql("""
                        insert into account (username, role, password_hash, created_at)
                        values (:username, :role, :hash, :now) returning id""")
                .param("username", name)
                .param("role", role.name())
                .param("hash", passwords.encode(password))
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        return new NewAccount(get(id), password);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Account changeRole(long id, Role role) {
        Account before = get(id);
        jdbc.sql("update account set role = :role where id = :id")
                .param("role", role.name())
                .param("id", id)
                .update();
        audit.record("account.role", "account/" + before.username(), before.role() + " -> " + role);
        return get(id);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Account setDisabled(long id, boolean disabled) {
        Account before = get(id);
        jdbc.sql("update account set disabled = :disabled where id = :id")
                .param("disabled", disabled)
                .param("id", id)
                .update();
        if (disabled) {
            jdbc.sql("update access_token set revoked_at = :now where account_id = :id and revoked_at is null")
                    .param("now", Timestamp.from(clock.instant()))
                    .param("id", id)
                    .update();
        }
        audit.record(disabled ? "account.disable" : "account.enable", "account/" + before.username(), null);
        return get(id);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Account unlock(long id) {
        Account before = get(id);
        jdbc.sql("update account set failed_logins = 0, locked_until = null where id = :id")
                .param("id", id)
                .update();
        audit.record("account.unlock", "account/" + before.username(), null);
        return get(id);
    }

    /** For a lost phone: the account enrols a new second factor at its next sign-in. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public NewAccount resetCredentials(long id) {
        Account before = get(id);
        String password = randomText(20);
        jdbc.sql("update account set password_hash = :hash, totp_secret = null, totp_last_step = 0 where id = :id")
                .param("hash", passwords.encode(password))
                .param("id", id)
                .update();
        jdbc.sql("update recovery_code set used_at = :now where account_id = :id and used_at is null")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
        audit.record("account.reset", "account/" + before.username(), "new password, second factor cleared");
        return new NewAccount(get(id), password);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<Account> list() {
        return jdbc.sql("select * from account order by username")
                .query(AccountService::map)
                .list();
    }

    public Account get(long id) {
        return jdbc.sql("select * from account where id = :id")
                .param("id", id)
                .query(AccountService::map)
                .optional()
                .orElseThrow(() -> new RecordNotFound("account", id));
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("select * from account where username = :u")
                .param("u", username)
                .query(AccountService::map)
                .optional();
    }

    @Transactional
    public LoginResult checkPassword(String username, String password) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        Optional<Account> found = name.length() > 40 ? Optional.empty() : find(name);
        String hash = found.map(a -> jdbc.sql("select password_hash from account where id = :id")
                        .param("id", a.id())
                        .query(String.class)
                        .single())
                .orElse(decoyHash);
        boolean matches = password != null && password.length() <= 200 && passwords.matches(password, hash);
        if (found.isEmpty()) {
            audit.recordAs("anonymous", "login.failed", "account/" + printable(name), "no such account");
            return new LoginResult.Refused();
        }
        Account account = found.get();
        Instant now = clock.instant();
        if (account.disabled()) {
            audit.recordAs(account.username(), "login.failed", "account/" + account.username(), "disabled");
            return new LoginResult.Refused();
        }
        if (account.lockedAt(now)) {
            audit.recordAs(account.username(), "login.failed", "account/" + account.username(), "locked");
            return new LoginResult.Locked();
        }
        if (!matches) {
            return failure(account, "wrong password");
        }
        if (account.secondFactorEnrolled() || account.role().needsSecondFactor()) {
            return new LoginResult.NeedsCode(account.id(), !account.secondFactorEnrolled());
        }
        return succeed(account);
    }

    /** A TOTP code or an unused recovery code, for an account whose password was just accepted. */
    @Transactional
    public LoginResult checkCode(long accountId, String code) {
        Account account = lock(accountId);
        Instant now = clock.instant();
        if (account.disabled() || account.lockedAt(now) || !account.secondFactorEnrolled()) {
            return account.lockedAt(now) ? new LoginResult.Locked() : new LoginResult.Refused();
        }
        var row = jdbc.sql("select totp_secret, totp_last_step from account where id = :id")
                .param("id", accountId)
                .query()
                .singleRow();
        String secret = box.open((String) row.get("totp_secret"), TOTP_PLACE + "/" + accountId);
        long step = Totp.matchingStep(secret, code, now, ((Number) row.get("totp_last_step")).longValue());
        if (step >= 0) {
            jdbc.sql("update account set totp_last_step = :step where id = :id")
                    .param("step", step)
                    .param("id", accountId)
                    .update();
            return succeed(account);
        }
        if (code != null && useRecoveryCode(accountId, code)) {
            audit.recordAs(account.username(), "login.recovery_code", "account/" + account.username(), null);
            return succeed(account);
        }
        return failure(account, "wrong code");
    }

    /** Confirms enrolment: the code must come from the new key, so the person has it in their authenticator. */
    @Transactional
    public Optional<List<String>> enrol(long accountId, String secret, String code) {
        Account account = lock(accountId);
        long step = Totp.matchingStep(secret, code, clock.instant(), 0);
        if (step < 0 || account.disabled()) {
            failure(account, "wrong enrolment code");
            return Optional.empty();
        }
        jdbc.sql("update account set totp_secret = :secret, totp_last_step = :step where id = :id")
                .param("secret", box.seal(secret, TOTP_PLACE + "/" + accountId))
                .param("step", step)
                .param("id", accountId)
                .update();
        List<String> codes = newRecoveryCodes(accountId);
        audit.recordAs(account.username(), "account.second_factor", "account/" + account.username(), "enrolled");
        return Optional.of(codes);
    }

    @Transactional
    public void changePassword(String username, String current, String replacement) {
        Account account = find(username)
                .orElseThrow(() -> new InvalidInput("password", "unknown account", "app.error.unknownAccount"));
        String hash = jdbc.sql("select password_hash from account where id = :id")
                .param("id", account.id())
                .query(String.class)
                .single();
        if (current == null || !passwords.matches(current, hash)) {
            throw new InvalidInput("currentPassword", "is not your current password", "app.error.currentPassword");
        }
        if (replacement == null || replacement.length() < 12 || replacement.length() > 200) {
            throw new InvalidInput("newPassword", "must be 12 to 200 characters", "app.error.passwordLength");
        }
        jdbc.sql("update account set password_hash = :hash where id = :id")
                .param("hash", passwords.encode(replacement))
                .param("id", account.id())
                .update();
        audit.record("account.password", "account/" + account.username(), "changed");
    }

    private LoginResult succeed(Account account) {
        jdbc.sql("update account set failed_logins = 0, locked_until = null where id = :id")
                .param("id", account.id())
                .update();
        audit.recordAs(account.username(), "login", "account/" + account.username(), null);
        return new LoginResult.SignedIn(account.id(), account.username(), account.role());
    }

    private LoginResult failure(Account account, String why) {
        int failures = account.failedLogins() + 1;
        Instant lockUntil = failures >= maxFailures ? clock.instant().plus(LOCKOUT) : null;
        jdbc.sql("update account set failed_logins = :f, locked_until = :until where id = :id")
                .param("f", lockUntil == null ? failures : 0)
                .param("until", lockUntil == null ? null : Timestamp.from(lockUntil))
                .param("id", account.id())
                .update();
        audit.recordAs(
                account.username(),
                "login.failed",
                "account/" + account.username(),
                why + (lockUntil == null ? "" : "; locked for " + LOCKOUT.toMinutes() + " minutes"));
        return lockUntil == null ? new LoginResult.Refused() : new LoginResult.Locked();
    }

    private boolean useRecoveryCode(long accountId, String code) {
        String normalized = code.strip().toLowerCase(Locale.ROOT).replace("-", "");
        return jdbc.sql("""
                        update recovery_code set used_at = :now
                        where id = (select id from recovery_code where account_id = :id and code_hash = :hash
                                    and used_at is null limit 1)""")
                        .param("now", Timestamp.from(clock.instant()))
                        .param("id", accountId)
                        .param("hash", sha256(normalized))
                        .update()
                == 1;
    }

    private List<String> newRecoveryCodes(long accountId) {
        jdbc.sql("update recovery_code set used_at = :now where account_id = :id and used_at is null")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", accountId)
                .update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String code = randomText(10);
            codes.add(code.substring(0, 5) + "-" + code.substring(5));
            jdbc.sql("insert into recovery_code (account_id, code_hash) values (:id, :hash)")
                    .param("id", accountId)
                    .param("hash", sha256(code))
                    .update();
        }
        return codes;
    }

    private Account lock(long id) {
        return jdbc.sql("select * from account where id = :id for update")
                .param("id", id)
                .query(AccountService::map)
                .optional()
                .orElseThrow(() -> new RecordNotFound("account", id));
    }

    static String randomText(int length) {
        return Codes.random(ALPHABET, length);
    }

    static String sha256(String text) {
        return Codes.hash(text);
    }

    private static String printable(String s) {
        String cleaned = s.replaceAll("\\p{Cntrl}", "");
        return cleaned.length() > 40 ? cleaned.substring(0, 40) : cleaned;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        return new Account(
                rs.getLong("id"),
                rs.getString("username"),
                Role.valueOf(rs.getString("role")),
                rs.getString("totp_secret") != null,
                rs.getInt("failed_logins"),
                instant(rs, "locked_until"),
                rs.getBoolean("disabled"),
                instant(rs, "created_at"));
    }
}
