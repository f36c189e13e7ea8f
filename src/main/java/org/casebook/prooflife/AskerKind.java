package org.casebook.prooflife;

/** Who asks for proof of life. A relative is never named in the record. */
public enum AskerKind {
    relative,
    organisation,
    government
}
