package org.casebook.person;

public enum NameKind {
    primary,
    alias,
    transliteration
}
