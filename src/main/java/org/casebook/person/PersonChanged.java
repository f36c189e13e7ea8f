package org.casebook.person;

/** Published whenever a person, one of their names, or their derived status changes (search follows it). */
public record PersonChanged(long personId) {}
