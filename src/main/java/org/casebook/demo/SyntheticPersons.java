package org.casebook.demo;

import java.util.ArrayList;
import java.util.List;
import org.casebook.claim.ClaimCommand;
import org.casebook.claim.ClaimEdits;
import org.casebook.intake.PersonIntake;
import org.casebook.person.NameCommand;
import org.casebook.person.Person;
import org.casebook.person.PersonCommand;
import org.casebook.person.PersonService;
import org.casebook.source.Source;
import org.casebook.source.SourceCommand;
import org.casebook.source.SourceService;

/**
 * Made-up persons, each flagged synthetic, so the pages show every status and every script without exposing
 * anybody real. Names are common Uyghur given names, written as a given name plus a father's name.
 */
final class SyntheticPersons {
    static final int COUNT = 56;

    /** Latin (Uyghur Latin script), Uyghur Arabic, Cyrillic, Chinese transcription. */
    private static final String[][] MALE = {
        {"Memet", "مەمەت", "Мәмәт", "买买提"},
        {"Abdulla", "ئابدۇللا", "Абдулла", "阿不都拉"},
        {"Tursun", "تۇرسۇن", "Турсун", "吐尔逊"},
        {"Ehmet", "ئەخمەت", "Әхмәт", "艾合买提"},
        {"Nurmemet", "نۇرمەمەت", "Нурмәмәт", "努尔买买提"},
        {"Qurban", "قۇربان", "Қурбан", "库尔班"},
        {"Erkin", "ئەركىن", "Әркин", "艾尔肯"},
        {"Yasin", "ياسىن", "Ясин", "亚森"},
        {"Alim", "ئالىم", "Алим", "阿里木"}
    };

    private static final String[][] FEMALE = {
        {"Gulnar", "گۈلنار", "Гүлнар", "古丽娜尔"}, {"Aygul", "ئايگۈل", "Айгүл", "阿依古丽"},
        {"Zulpiye", "زۇلپىيە", "Зулпийә", "祖力皮亚"}, {"Patigul", "پاتىگۈل", "Патигүл", "帕提古丽"},
        {"Mihray", "مىھراي", "Миһрай", "米合拉依"}, {"Sajide", "ساجىدە", "Сажидә", "沙吉旦"}
    };

    private final PersonService persons;
    private final PersonIntake intake;
    private final SourceService sources;
    private final ClaimEdits claims;

    SyntheticPersons(PersonService persons, PersonIntake intake, SourceService sources, ClaimEdits claims) {
        this.persons = persons;
        this.intake = intake;
        this.sources = sources;
        this.claims = claims;
    }

    void load(List<Long> hometowns) {
        Source testimony = source("testimony", "Synthetic testimony collection (demo)", "family", "C");
        Source stateMedia = source("state_media", "Synthetic state-media broadcast (demo)", "state_media", "E");
        Source leak = source("leak", "Synthetic leaked detainee list (demo)", "unknown", "B");
        Source ngo = source("ngo_report", "Synthetic NGO report (demo)", "ngo", "B");
        Source video = source("social_media", "Synthetic proof-of-life video (demo)", "family", "F");

        for (int i = 0; i < COUNT; i++) {
            boolean female = i % 3 == 1;
            String[] given = female ? FEMALE[i % FEMALE.length] : MALE[i % MALE.length];
            String[] father = MALE[(i / 2 + 3) % MALE.length];
            List<NameCommand> names = new ArrayList<>();
            names.add(new NameCommand(given[0] + " " + father[0], "primary", "ug-Latn", null, null));
            names.add(new NameCommand(given[1] + " " + father[1], "alias", "ug-Arab", null, null));
            if (i % 2 == 0) {
                names.add(new NameCommand(given[2] + " " + father[2], "transliteration", "ug-Cyrl", null, null));
            }
            if (i % 3 == 0) {
                names.add(new NameCommand(given[3] + "·" + father[3], "transliteration", "zh", null, null));
            }
            int born = 1950 + (i * 7) % 50;
            Person person = intake.addConfirmed(
                    new PersonCommand(
                            female ? "female" : "male",
                            born,
                            i % 4 == 0 ? born + 9 : born,
                            "Uyghur",
                            hometowns.get(i % hometowns.size()),
                            occupation(i),
                            "Synthetic demo record: not a real person.",
                            true,
                            names,
                            null,
                            null,
                            null),
                    DemoData.ACTOR);
            story(person, i, testimony, stateMedia, leak, ngo, video);
        }
    }

    /** Each pattern leads to a different derived status, so the list filters have something to find. */
    private void story(Person p, int i, Source testimony, Source stateMedia, Source leak, Source ngo, Source video) {
        int year = 2017 + i % 3;
        String month = String.format("%d-%02d", year, 1 + i % 12);
        switch (i % 9) {
            case 0 ->
                claim(p, "detained", "month", month, testimony, "A relative (name withheld)", "family", "asserts", 6);
            case 1 -> {
                claim(
                        p,
                        "detained",
                        "year",
                        String.valueOf(year),
                        testimony,
                        "A relative (name withheld)",
                        "family",
                        "asserts",
                        6);
                claim(p, "released", "day", (year + 2) + "-06-15", ngo, "Synthetic NGO", "ngo", "asserts", 2);
            }
            case 2 ->
                claim(
                        p,
                        "no_contact",
                        "month",
                        month,
                        testimony,
                        "A sibling abroad (name withheld)",
                        "family",
                        "asserts",
                        6);
            case 3 -> {
                claim(p, "detained", "month", month, testimony, "A relative (name withheld)", "family", "asserts", 6);
                claims.create(
                        new ClaimCommand(
                                p.publicId(),
                                null,
                                "sentenced",
                                null,
                                (10 + i % 10) + " years",
                                "\"separatism\"",
                                null,
                                "year",
                                String.valueOf(year + 1),
                                null,
                                leak.id(),
                                "Leaked court list",
                                "unknown",
                                "asserts",
                                null,
                                2,
                                "corroborated",
                                null,
                                true,
                                null,
                                null),
                        DemoData.ACTOR);
            }
            case 4 -> {
                claim(p, "detained", "year", String.valueOf(year), ngo, "Synthetic NGO", "ngo", "asserts", 2);
                claim(
                        p,
                        "died",
                        "month",
                        (year + 3) + "-03",
                        testimony,
                        "A relative (name withheld)",
                        "family",
                        "asserts",
                        3);
            }
            case 5 -> {
                claim(p, "detained", "month", month, testimony, "A relative (name withheld)", "family", "asserts", 6);
                claim(
                        p,
                        "detained",
                        "unknown",
                        null,
                        stateMedia,
                        "Synthetic state broadcaster",
                        "state_media",
                        "denies",
                        3);
            }
            case 6 -> {
                claim(
                        p,
                        "detained",
                        "year",
                        String.valueOf(year),
                        testimony,
                        "A relative (name withheld)",
                        "family",
                        "asserts",
                        6);
                claim(
                        p,
                        "alive",
                        "day",
                        (year + 3) + "-09-01",
                        video,
                        "A relative (name withheld)",
                        "family",
                        "asserts",
                        6);
                claim(
                        p,
                        "travel_restricted",
                        "year",
                        String.valueOf(year - 1),
                        testimony,
                        "A relative (name withheld)",
                        "family",
                        "asserts",
                        6);
            }
            case 7 -> {
                claim(p, "detained", "year", String.valueOf(year), ngo, "Synthetic NGO", "ngo", "asserts", 2);
                claim(
                        p,
                        "alive",
                        "day",
                        (year + 2) + "-05-20",
                        stateMedia,
                        "Synthetic state broadcaster",
                        "state_media",
                        "asserts",
                        3);
                claim(p, "alive", "day", (year + 2) + "-05-20", ngo, "Synthetic NGO", "ngo", "disputes", 6);
            }
            default -> {
                // No claims yet: the status stays unknown, as for a report that has just arrived.
            }
        }
    }

    private void claim(
            Person p,
            String type,
            String precision,
            String date,
            Source source,
            String asserter,
            String party,
            String stance,
            int credibility) {
        claims.create(
                new ClaimCommand(
                        p.publicId(),
                        null,
                        type,
                        null,
                        null,
                        null,
                        null,
                        precision,
                        date,
                        null,
                        source.id(),
                        asserter,
                        party,
                        stance,
                        null,
                        credibility,
                        "unverified",
                        null,
                        true,
                        null,
                        null),
                DemoData.ACTOR);
    }

    private Source source(String kind, String title, String party, String reliability) {
        return source(sources, kind, title, party, reliability, null);
    }

    /** A synthetic source of the demo data; a testimony is published anonymously, as relatives' testimonies are. */
    static Source source(
            SourceService sources, String kind, String title, String party, String reliability, String publishedOn) {
        return sources.create(
                new SourceCommand(
                        kind,
                        title,
                        "Casebook demo data",
                        null,
                        publishedOn,
                        "en",
                        party,
                        reliability,
                        "Synthetic source for demonstration; it describes no real event.",
                        true,
                        null,
                        null,
                        kind.equals("testimony") ? "publish_anonymously" : null),
                DemoData.ACTOR);
    }

    private static String occupation(int i) {
        String[] occupations = {"teacher", "farmer", "shopkeeper", "student", "doctor", "driver", "imam", "engineer"};
        return occupations[i % occupations.length];
    }
}
