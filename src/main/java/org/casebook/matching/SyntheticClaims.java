package org.casebook.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The claims and sources of a generated population (synthetic: not real persons or sources). Each record gets one or
 * two claims from a handful of sources of different kinds, as a documenter's data set would have them: leaked lists
 * say detained, relatives' reports say no contact or disappeared, court notices say sentenced, state media say
 * released or alive. Drawn from the record's own index and the seed, so a resumed load draws the same claims.
 */
final class SyntheticClaims {
    /** A source every generated claim cites by its key. */
    record SourceSpec(String key, String kind, String title, String publisher, String party) {}

    record ClaimSpec(
            int record,
            String sourceKey,
            String type,
            String date,
            String term,
            String charge,
            String asserter,
            String party,
            String stance) {}

    static final List<SourceSpec> SOURCES = List.of(
            new SourceSpec("leak", "leak", "Leaked detainee list (synthetic)", "unknown", "unknown"),
            new SourceSpec(
                    "relatives",
                    "ngo_report",
                    "Relatives' reports to a diaspora association (synthetic)",
                    "Diaspora association (synthetic)",
                    "ngo"),
            new SourceSpec(
                    "court", "court_record", "County court notices (synthetic)", "County court (synthetic)", "state"),
            new SourceSpec(
                    "state_media",
                    "state_media",
                    "State television rebuttals (synthetic)",
                    "State television (synthetic)",
                    "state_media"),
            new SourceSpec("press", "news_article", "Press reports (synthetic)", "News agency (synthetic)", "media"));

    private SyntheticClaims() {}

    static String title(SourceSpec source, long seed) {
        return source.title() + " (seed " + seed + ")";
    }

    static List<ClaimSpec> forRecord(int record, long seed) {
        Random random = new Random(seed * 1_000_003L + record);
        List<ClaimSpec> claims = new ArrayList<>(2);
        int count = random.nextInt(10) < 7 ? 1 : 2;
        for (int i = 0; i < count; i++) {
            String date = (2017 + random.nextInt(3)) + "-%02d".formatted(1 + random.nextInt(12));
            claims.add(
                    switch (random.nextInt(10)) {
                        case 0, 1, 2 ->
                            new ClaimSpec(
                                    record,
                                    "leak",
                                    "detained",
                                    date,
                                    null,
                                    null,
                                    "Leaked detainee list",
                                    "unknown",
                                    "asserts");
                        case 3, 4 ->
                            new ClaimSpec(
                                    record,
                                    "relatives",
                                    "no_contact",
                                    date,
                                    null,
                                    null,
                                    "Relatives",
                                    "family",
                                    "asserts");
                        case 5 ->
                            new ClaimSpec(
                                    record,
                                    "relatives",
                                    "disappeared",
                                    date,
                                    null,
                                    null,
                                    "Relatives",
                                    "family",
                                    "asserts");
                        case 6 ->
                            new ClaimSpec(
                                    record,
                                    "court",
                                    "sentenced",
                                    date,
                                    (5 + random.nextInt(16)) + " years",
                                    random.nextBoolean() ? "separatism" : "extremism",
                                    "County court",
                                    "state",
                                    "asserts");
                        case 7 ->
                            new ClaimSpec(
                                    record,
                                    "state_media",
                                    "released",
                                    date,
                                    null,
                                    null,
                                    "State television",
                                    "state_media",
                                    "asserts");
                        case 8 ->
                            new ClaimSpec(
                                    record,
                                    "state_media",
                                    "detained",
                                    date,
                                    null,
                                    null,
                                    "State television",
                                    "state_media",
                                    "denies");
                        default ->
                            new ClaimSpec(
                                    record, "press", "detained", date, null, null, "News agency", "media", "asserts");
                    });
        }
        return claims;
    }
}
