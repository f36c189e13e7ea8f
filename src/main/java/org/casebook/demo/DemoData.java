package org.casebook.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casebook.access.CurrentUser;
import org.casebook.claim.ClaimCommand;
import org.casebook.claim.ClaimEdits;
import org.casebook.claim.ClaimService;
import org.casebook.facility.Facility;
import org.casebook.facility.FacilityEdits;
import org.casebook.facility.FacilityService;
import org.casebook.intake.PersonIntake;
import org.casebook.person.NameCommand;
import org.casebook.person.Person;
import org.casebook.person.PersonCommand;
import org.casebook.person.PersonEdits;
import org.casebook.person.PersonNames;
import org.casebook.person.PersonService;
import org.casebook.place.Place;
import org.casebook.place.PlaceCommand;
import org.casebook.place.PlaceService;
import org.casebook.prooflife.LifeRequestCommand;
import org.casebook.prooflife.LifeRequestService;
import org.casebook.records.Publication;
import org.casebook.source.Source;
import org.casebook.source.SourceCommand;
import org.casebook.source.SourceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data set into an empty database: the case of Abdurehim Heyit as the seed article (13 Feb 2019)
 * reports it, and clearly synthetic persons for everything else. Switch off with casebook.demo-data.enabled=false.
 */
@Component
class DemoData implements ApplicationRunner {
    static final String ACTOR = "demo-data";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final boolean enabled;
    private final Path seedArticle;
    private final PersonService persons;
    private final PersonEdits personEdits;
    private final PersonNames names;
    private final PersonIntake intake;
    private final SourceService sources;
    private final ClaimService claims;
    private final ClaimEdits claimEdits;
    private final PlaceService places;
    private final TransactionTemplate transaction;
    private final LifeRequestService lifeRequests;
    private final SyntheticFacilities facilities;

    DemoData(
            @Value("${casebook.demo-data.enabled}") boolean enabled,
            @Value("${casebook.demo-data.seed-article}") String seedArticle,
            PersonService persons,
            PersonEdits personEdits,
            PersonNames names,
            PersonIntake intake,
            SourceService sources,
            ClaimService claims,
            ClaimEdits claimEdits,
            PlaceService places,
            TransactionTemplate transaction,
            LifeRequestService lifeRequests,
            FacilityEdits facilityEdits,
            FacilityService facilityRecords) {
        this.enabled = enabled;
        this.seedArticle = Path.of(seedArticle);
        this.persons = persons;
        this.personEdits = personEdits;
        this.names = names;
        this.intake = intake;
        this.sources = sources;
        this.claims = claims;
        this.claimEdits = claimEdits;
        this.places = places;
        this.transaction = transaction;
        this.lifeRequests = lifeRequests;
        this.facilities = new SyntheticFacilities(facilityEdits, facilityRecords, sources, claimEdits, claims);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || persons.count() > 0) {
            return;
        }
        // One transaction: a failed load leaves the database empty, so the next start tries again.
        CurrentUser.asSystem(ACTOR, () -> transaction.executeWithoutResult(status -> load()));
        log.info("Loaded the demo data set: {} persons", persons.count());
    }

    void load() {
        Places placeIds = places();
        seedArticleCase(placeIds.xinjiang());
        new SyntheticPersons(persons, intake, sources, claimEdits).load(placeIds.hometowns());
        List<Long> first = persons.idsAfter(0, 2);
        List<Facility> made = facilities.load(
                placeIds.hometowns(),
                first.size() < 2 ? null : persons.get(first.get(1)).publicId());
        publishAll();
        facilities.publish(made);
    }

    /**
     * The demo's records are public knowledge (the seed article) or synthetic, so all of them are published, the
     * way an editor would after review: sources first, then persons and names, then claims.
     */
    private void publishAll() {
        for (int page = 0; ; page++) {
            var found = sources.list(null, null, null, page, 100);
            found.items().forEach(s -> sources.setPublication(s.id(), Publication.published, s.version(), ACTOR));
            if (!found.hasNext()) {
                break;
            }
        }
        long after = 0;
        for (List<Long> ids = persons.idsAfter(after, 500); !ids.isEmpty(); ids = persons.idsAfter(after, 500)) {
            for (long id : ids) {
                Person person = persons.get(id);
                personEdits.setPublication(id, Publication.published, person.version(), ACTOR);
                persons.names(id)
                        .forEach(n -> names.setNamePublication(n.id(), Publication.published, n.version(), ACTOR));
                claims.forPerson(id)
                        .forEach(c -> claimEdits.setPublication(c.id(), Publication.published, c.version(), ACTOR));
            }
            after = ids.getLast();
        }
        lifeRequests.all().forEach(r -> lifeRequests.setPublication(r.id(), Publication.published, r.version(), ACTOR));
    }

    record Places(long xinjiang, List<Long> hometowns) {}

    private Places places() {
        Place china =
                places.create(new PlaceCommand("China", List.of("中国"), "country", null, null, null, null, null), ACTOR);
        Place xinjiang = places.create(
                new PlaceCommand(
                        "Xinjiang Uyghur Autonomous Region",
                        List.of("شىنجاڭ ئۇيغۇر ئاپتونوم رايونى", "新疆维吾尔自治区", "Синьцзян-Уйгурский автономный район"),
                        "region",
                        china.id(),
                        41.1,
                        85.2,
                        null,
                        null),
                ACTOR);
        List<Long> hometowns = new ArrayList<>();
        String[][] prefectures = {
            {"Kashgar", "قەشقەر", "喀什", "39.47", "75.99"},
            {"Hotan", "خوتەن", "和田", "37.11", "79.92"},
            {"Ürümqi", "ئۈرۈمچى", "乌鲁木齐", "43.83", "87.62"},
            {"Ghulja", "غۇلجا", "伊宁", "43.91", "81.28"},
            {"Aksu", "ئاقسۇ", "阿克苏", "41.17", "80.26"},
            {"Turpan", "تۇرپان", "吐鲁番", "42.95", "89.19"}
        };
        for (String[] p : prefectures) {
            hometowns.add(places.create(
                            new PlaceCommand(
                                    p[0],
                                    List.of(p[1], p[2]),
                                    "prefecture",
                                    xinjiang.id(),
                                    Double.parseDouble(p[3]),
                                    Double.parseDouble(p[4]),
                                    null,
                                    null),
                            ACTOR)
                    .id());
        }
        return new Places(xinjiang.id(), hometowns);
    }

    /** Only what the seed article says; its text is read from shared/ at run time, never copied into the code. */
    private void seedArticleCase(long xinjiang) {
        Source article = sources.create(
                new SourceCommand(
                        "news_article",
                        "China rejects mass detention of Muslims in Xinjiang",
                        null,
                        null,
                        "2019-02-13",
                        "en",
                        "media",
                        "B",
                        seedArticleText(),
                        false,
                        null,
                        null),
                ACTOR);
        Person heyit = intake.addConfirmed(
                new PersonCommand(
                        "male",
                        null,
                        null,
                        "Uyghur",
                        null,
                        "poet and musician",
                        "Uyghur poet and musician. Turkey reported his death in custody; Chinese state media answered with a "
                                + "26-second video saying he is alive.",
                        false,
                        // His names as public sources write them: the Uyghur from his encyclopaedia entry, the
                        // Chinese from the embassy's statement quoted by BBC Chinese (11 Feb 2019) with its earlier
                        // transliteration, the Uyghur Cyrillic from RFA's Uyghur service (15 Feb 2019), the Russian
                        // from the Russian-language press, the Turkish from the Turkish press.
                        List.of(
                                new NameCommand("Abdurehim Heyit", "primary", "en", null, null),
                                new NameCommand("ئابدۇرېھىم ھېيىت", "transliteration", "ug", null, null),
                                new NameCommand("阿不都日衣木·艾衣提", "transliteration", "zh-Hans", null, null),
                                new NameCommand("黑伊特", "alias", "zh-Hans", null, null),
                                new NameCommand("Абдурәһим Һейт", "transliteration", "ug-Cyrl", null, null),
                                new NameCommand("Абдурехим Хейит", "transliteration", "ru", null, null),
                                new NameCommand("Abdurrehim Heyit", "alias", "tr", null, null)),
                        null,
                        null,
                        null),
                ACTOR);
        // Turkey's statement citing reports of his death (9 Feb 2019) is the demand the state-media video answered
        // ("after Turkey cited reports of his death"): recorded as the request, the video as its answer, not yet
        // assessed while activists dispute it.
        lifeRequests.create(
                new LifeRequestCommand(
                        heyit.publicId(),
                        "government",
                        "Turkey, Ministry of Foreign Affairs",
                        "other",
                        "People's Republic of China",
                        "2019-02-09",
                        "public statement citing reports of his death in custody",
                        null,
                        "answered",
                        "2019-02-10",
                        "video",
                        null,
                        null,
                        null,
                        false,
                        null,
                        null),
                ACTOR);
        claim(
                heyit,
                null,
                "died",
                "unknown",
                null,
                article,
                "Turkey",
                "foreign_government",
                "asserts",
                "Turkey cited reports of his death in custody",
                3,
                "Reported before the state-media video of Sunday 10 Feb 2019 (\"earlier this week\"); "
                        + "a strongly worded condemnation of \"human rights violations\" in Xinjiang.");
        claim(
                heyit,
                null,
                "alive",
                "day",
                "2019-02-10",
                article,
                "China Radio International's Turkish language service",
                "state_media",
                "asserts",
                "good health",
                3,
                "26-second video posted online late Sunday; a man in a grey sweater identifies himself as Heyit.");
        claim(
                heyit,
                null,
                "alive",
                "day",
                "2019-02-10",
                article,
                "Chinese Ambassador to Ankara Deng Li",
                "state",
                "asserts",
                "the latest video showed Heyit is alive and confessing himself that he violated \"national security.\"",
                3,
                "Said at a press conference in Ankara, answering questions about Heyit's status.");
        claim(
                heyit,
                null,
                "alive",
                "day",
                "2019-02-10",
                article,
                "Uighur diaspora activists",
                "ngo",
                "disputes",
                "his testimony may have been coerced and that digital alteration could not be ruled out",
                6,
                "Dispute the video: body language and unnatural speech patterns.");
        claim(
                null,
                xinjiang,
                "detained",
                "unknown",
                null,
                article,
                "Chinese Ambassador to Ankara Deng Li",
                "state",
                "denies",
                "In these vocational courses, people in the region learn Chinese as an official language and "
                        + "the rule of law principle.",
                6,
                "Rejected claims of mass detention camps and strict surveillance; called them vocational courses. "
                        + "Did not confirm the number of camps or of people obliged to attend.");
        claim(
                null,
                xinjiang,
                "held_at",
                "unknown",
                null,
                article,
                "China",
                "state",
                "denies",
                "so-called \"detention\" facilities",
                6,
                "Denied the existence of the facilities for months before calling them vocational training centers.");
    }

    private void claim(
            Person subject,
            Long subjectPlace,
            String type,
            String precision,
            String date,
            Source source,
            String asserter,
            String party,
            String stance,
            String quote,
            int credibility,
            String details) {
        claimEdits.create(
                new ClaimCommand(
                        subject == null ? null : subject.publicId(),
                        subjectPlace,
                        type,
                        null,
                        null,
                        null,
                        details,
                        precision,
                        date,
                        null,
                        source.id(),
                        asserter,
                        party,
                        stance,
                        quote,
                        credibility,
                        "unverified",
                        null,
                        false,
                        null,
                        null),
                ACTOR);
    }

    private String seedArticleText() {
        try {
            return Files.isReadable(seedArticle) ? Files.readString(seedArticle, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            log.warn("Could not read the seed article at {}; the demo source is loaded without its text", seedArticle);
            return null;
        }
    }
}
