package org.casebook.place;

public enum PlaceLevel {
    country,
    region,
    prefecture,
    county,
    township,
    village,
    other
}
