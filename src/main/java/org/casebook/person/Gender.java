package org.casebook.person;

public enum Gender {
    female,
    male,
    other,
    unknown
}
