package org.casebook.source;

public enum SourceKind {
    testimony,
    state_media,
    official_document,
    news_article,
    ngo_report,
    leak,
    satellite_imagery,
    social_media,
    court_record,
    other
}
