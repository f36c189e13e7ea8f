package org.casebook.account;

import java.time.Instant;
import org.casebook.access.Role;

/** An account as the service uses it; the password hash and the sealed TOTP key never leave AccountService. */
public record Account(
        long id,
        String username,
        Role role,
        boolean secondFactorEnrolled,
        int failedLogins,
        Instant lockedUntil,
        boolean disabled,
        Instant createdAt) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
