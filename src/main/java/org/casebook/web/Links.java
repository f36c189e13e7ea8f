package org.casebook.web;

/**
 * Where each record's page is, in one place: pages, redirects and templates build their links here, so a route
 * changes in one line. Sub-pages append to these ("/edit", "/retract").
 */
public final class Links {
    private Links() {}

    public static String person(String publicId) {
        return "/app/persons/" + publicId;
    }

    public static String source(long id) {
        return "/app/sources/" + id;
    }

    public static String claim(long id) {
        return "/app/claims/" + id;
    }

    public static String evidence(String sha256) {
        return "/app/evidence/" + sha256;
    }

    public static String report(long id) {
        return "/app/reports/" + id;
    }

    public static String history(String recordType, long recordId, int version) {
        return "/app/history/" + recordType + "/" + recordId + "/" + version;
    }

    /** The public site's page of a published person. */
    public static String publicPerson(String publicId) {
        return "/persons/" + publicId;
    }

    /** The public site's page of a published source. */
    /** A file an editor made public; its thumbnail is this address with /thumbnail. */
    public static String publicEvidence(String sha256) {
        return "/evidence/" + sha256;
    }

    public static String publicSource(long id) {
        return "/sources/" + id;
    }

    public static String article(long id) {
        return "/app/ingest/" + id;
    }

    /** The secret fields of a record, for editors (opening them is audited). */
    public static String secrets(String recordType, long recordId) {
        return "/app/secrets/" + recordType + "/" + recordId;
    }

    public static String duplicate(long candidateId) {
        return "/app/duplicates/" + candidateId;
    }

    public static String facility(String publicId) {
        return "/app/facilities/" + publicId;
    }

    public static String publicFacility(String publicId) {
        return "/facilities/" + publicId;
    }
}
