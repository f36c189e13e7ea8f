package org.casebook.status;

/** How the asserter stands to the claim: says it is so, says it is false, or challenges an account of it. */
public enum Stance {
    asserts,
    denies,
    disputes
}
