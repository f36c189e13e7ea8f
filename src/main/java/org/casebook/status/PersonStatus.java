package org.casebook.status;

/** A person's status as derived from claims by the rules in docs/status-rules.md; never entered by hand. */
public enum PersonStatus {
    unknown,
    missing,
    detained,
    released,
    alive,
    deceased,
    contested
}
