package org.casebook.prooflife;

/** Whom a request is addressed to. */
public enum AddresseeKind {
    embassy,
    ministry,
    un_body,
    other
}
