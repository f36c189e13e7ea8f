package org.casebook.ledger;

/** The kinds of record whose every version is kept. Names are the codes stored and shown in URLs. */
public enum RecordType {
    person,
    person_name,
    place,
    source,
    claim,
    life_request,
    facility
}
