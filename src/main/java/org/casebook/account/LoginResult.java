package org.casebook.account;

import org.casebook.access.Role;

/** What a sign-in step decided. Refusals carry one message for every cause, so they do not tell which part was wrong. */
public sealed interface LoginResult {
    record Refused() implements LoginResult {}

    record Locked() implements LoginResult {}

    /** The password was right; the second factor comes next (or enrolment, for an editor or admin without one). */
    record NeedsCode(long accountId, boolean mustEnrol) implements LoginResult {}

    record SignedIn(long accountId, String username, Role role) implements LoginResult {}
}
