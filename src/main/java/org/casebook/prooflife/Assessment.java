package org.casebook.prooflife;

/** What the assessment of an answer found. */
public enum Assessment {
    credible,
    not_credible,
    inconclusive
}
