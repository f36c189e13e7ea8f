package org.casebook.status;

/** What the claims about a facility say it is today (docs/status-rules.md, F1–F6). */
public enum FacilityStatus {
    unconfirmed,
    active,
    possibly_closed,
    closed,
    contested
}
