package org.casebook.person;

/** A record was merged into another, or the merge undone: both persons' derived status must be recomputed. */
public record PersonMerged(long merged, long into) {}
