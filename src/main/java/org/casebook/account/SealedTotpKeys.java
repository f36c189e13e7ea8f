package org.casebook.account;

import java.util.Optional;
import org.casebook.secret.SecretBox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Accounts' TOTP keys are sealed with the secrets key, so the box checks its key against the newest of them. */
@Component
class SealedTotpKeys implements SecretBox.SealedElsewhere {
    private final JdbcClient jdbc;

    SealedTotpKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<SecretBox.Sealed> newestSealed() {
        return jdbc.sql("select id, totp_secret from account where totp_secret is not null order by id desc limit 1")
                .query((rs, n) ->
                        new SecretBox.Sealed(rs.getString(2), AccountService.TOTP_PLACE + "/" + rs.getLong(1)))
                .optional();
    }
}
