package org.casebook.claim;

public enum DatePrecision {
    day,
    month,
    year,
    range,
    unknown
}
