package org.casebook.person;

import org.casebook.status.PersonStatus;

/** Filters of the person list; every field may be absent. */
public record PersonQuery(String q, PersonStatus status, Gender gender, int page, int size) {}
