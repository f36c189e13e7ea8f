package org.casebook.claim;

public enum Verification {
    unverified,
    corroborated,
    verified,
    disputed,
    refuted
}
