package org.casebook.matching;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.access.CurrentUser;
import org.casebook.claim.ClaimCommand;
import org.casebook.claim.ClaimEdits;
import org.casebook.database.PlannerStatistics;
import org.casebook.person.NameCommand;
import org.casebook.person.Person;
import org.casebook.person.PersonCommand;
import org.casebook.person.PersonEdits;
import org.casebook.person.PersonService;
import org.casebook.place.Place;
import org.casebook.place.PlaceCommand;
import org.casebook.place.PlaceService;
import org.casebook.search.SearchIndexer;
import org.casebook.source.Source;
import org.casebook.source.SourceCommand;
import org.casebook.source.SourceService;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * `casebook generate N DIR [SEED] [--load]`: writes N synthetic persons to DIR/persons.tsv, their claims to
 * DIR/claims.tsv, the sources those cite to DIR/sources.tsv, and the ground truth (which records are the same
 * person) to DIR/truth.tsv, beside each other. With --load it also writes them into the database through the bulk
 * paths ({@link PersonEdits#createMany}, {@link ClaimEdits#createMany}), flagged synthetic, in batches that each
 * commit whole with their claims; an interrupted load goes on from the last batch written when run again, then the
 * search index is rebuilt with progress shown.
 */
public final class GenerateCommand {
    static final int BATCH = 10_000;
    private static final Pattern RECORD = Pattern.compile("^Generated record (\\d+) \\(seed (\\d+)\\)");

    private GenerateCommand() {}

    public static int run(String[] args, Class<?> application) throws IOException {
        List<String> positional =
                Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        if (positional.size() < 3) {
            System.out.println("usage: generate N DIR [SEED] [--load]");
            return 2;
        }
        int n = Integer.parseInt(positional.get(1));
        Path dir = Files.createDirectories(Path.of(positional.get(2)));
        long seed = positional.size() > 3 ? Long.parseLong(positional.get(3)) : 20190213;
        long start = System.nanoTime();
        List<SyntheticPopulation.Record> records = new SyntheticPopulation(seed).generate(n);
        try (BufferedWriter persons = Files.newBufferedWriter(dir.resolve("persons.tsv"), StandardCharsets.UTF_8);
                BufferedWriter truth = Files.newBufferedWriter(dir.resolve("truth.tsv"), StandardCharsets.UTF_8);
                BufferedWriter claims = Files.newBufferedWriter(dir.resolve("claims.tsv"), StandardCharsets.UTF_8);
                BufferedWriter sources = Files.newBufferedWriter(dir.resolve("sources.tsv"), StandardCharsets.UTF_8)) {
            persons.write("# synthetic: not real persons\nrecord\tname\tform\tgender\tbirth_year\thometown\n");
            truth.write("record\ttrue_person\n");
            claims.write(
                    "# synthetic: not real claims\nrecord\tsource\ttype\tdate\tterm\tcharge\tasserter\tparty\tstance\n");
            sources.write("# synthetic: not real sources\nsource\tkind\ttitle\tpublisher\tparty\n");
            for (SyntheticClaims.SourceSpec s : SyntheticClaims.SOURCES) {
                sources.write(s.key() + "\t" + s.kind() + "\t" + SyntheticClaims.title(s, seed) + "\t" + s.publisher()
                        + "\t" + s.party() + "\n");
            }
            for (SyntheticPopulation.Record r : records) {
                persons.write(r.index() + "\t" + r.name() + "\t" + r.form() + "\t" + r.gender() + "\t"
                        + (r.birthYear() == null ? "" : r.birthYear()) + "\t"
                        + (r.hometown() == null ? "" : r.hometown()) + "\n");
                truth.write(r.index() + "\t" + r.group() + "\n");
                for (SyntheticClaims.ClaimSpec c : SyntheticClaims.forRecord(r.index(), seed)) {
                    claims.write(c.record() + "\t" + c.sourceKey() + "\t" + c.type() + "\t" + c.date() + "\t"
                            + (c.term() == null ? "" : c.term()) + "\t" + (c.charge() == null ? "" : c.charge()) + "\t"
                            + c.asserter() + "\t" + c.party() + "\t" + c.stance() + "\n");
                }
            }
        }
        System.out.printf(
                "wrote %,d persons and their ground truth to %s in %.1f s%n",
                n, dir, (System.nanoTime() - start) / 1e9);
        if (!Arrays.asList(args).contains("--load")) {
            return 0;
        }
        List<String> spring = new ArrayList<>(List.of(
                "--casebook.demo-data.enabled=false", "--spring.main.banner-mode=off", "--logging.level.root=WARN"));
        Arrays.stream(args)
                .filter(a -> a.startsWith("--") && !a.equals("--load"))
                .forEach(spring::add);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(spring.toArray(String[]::new))) {
            return CurrentUser.asSystem(
                    "generate",
                    () -> load(
                            records,
                            seed,
                            new Services(
                                    context.getBean(PersonService.class),
                                    context.getBean(PersonEdits.class),
                                    context.getBean(PlaceService.class),
                                    context.getBean(SourceService.class),
                                    context.getBean(ClaimEdits.class),
                                    context.getBean(SearchIndexer.class),
                                    context.getBean(PlannerStatistics.class),
                                    new TransactionTemplate(context.getBean(PlatformTransactionManager.class)))));
        }
    }

    /** What loading writes through. */
    record Services(
            PersonService persons,
            PersonEdits personEdits,
            PlaceService places,
            SourceService sources,
            ClaimEdits claims,
            SearchIndexer indexer,
            PlannerStatistics statistics,
            TransactionTemplate transactions) {}

    static int load(List<SyntheticPopulation.Record> records, long seed, Services services) {
        PersonService persons = services.persons();
        SearchIndexer indexer = services.indexer();
        Map<String, Long> hometowns = hometowns(services.places());
        Map<String, Long> sourceIds = sources(services.sources(), seed);
        int from = persons.lastSyntheticNotes()
                .map(RECORD::matcher)
                .filter(Matcher::find)
                .filter(m -> Long.parseLong(m.group(2)) == seed)
                .map(m -> Integer.parseInt(m.group(1)) + 1)
                .orElse(0);
        if (from > 0) {
            System.out.printf("records 0 to %,d were loaded before; going on from there%n", from - 1);
        }
        long start = System.nanoTime();
        PlannerStatistics.Growth growth = services.statistics().growth(from);
        for (int at = from; at < records.size(); at += BATCH) {
            List<PersonCommand> batch = new ArrayList<>();
            for (SyntheticPopulation.Record r : records.subList(at, Math.min(records.size(), at + BATCH))) {
                batch.add(new PersonCommand(
                        r.gender(),
                        r.birthYear(),
                        r.birthYear(),
                        "Uyghur",
                        r.hometown() == null ? null : hometowns.get(r.hometown()),
                        null,
                        "Generated record %d (seed %d), written in form %s".formatted(r.index(), seed, r.form()),
                        true,
                        List.of(new NameCommand(r.name(), "primary", null, null, null)),
                        null,
                        null,
                        null));
            }
            int first = at;
            // A batch's persons and their claims commit together, so a resumed load never finds persons without claims.
            int claimCount = services.transactions().execute(tx -> {
                List<Person> created = services.personEdits().createMany(batch, "generate");
                List<ClaimCommand> claims = new ArrayList<>();
                for (int i = 0; i < created.size(); i++) {
                    for (SyntheticClaims.ClaimSpec c :
                            SyntheticClaims.forRecord(records.get(first + i).index(), seed)) {
                        claims.add(new ClaimCommand(
                                created.get(i).publicId(),
                                null,
                                c.type(),
                                null,
                                c.term(),
                                c.charge(),
                                null,
                                "month",
                                c.date(),
                                null,
                                sourceIds.get(c.sourceKey()),
                                c.asserter(),
                                c.party(),
                                c.stance(),
                                null,
                                6,
                                "unverified",
                                "Generated claim (seed %d)".formatted(seed),
                                true,
                                null,
                                null));
                    }
                }
                return services.claims().createMany(claims, "generate").size();
            });
            int done = Math.min(records.size(), at + BATCH);
            growth.wrote(done - at);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "[%,d/%,d] persons loaded with %,d claims, %.0f persons per second%n",
                    done, records.size(), claimCount, (done - from) / seconds);
        }
        indexer.startRebuild(true);
        SearchIndexer.Progress progress;
        while ((progress = indexer.progress()) != null) {
            System.out.printf(
                    "search index: %d%% (%,d of %,d)%n", progress.percent(), progress.done(), progress.total());
            sleep();
        }
        System.out.printf("loaded and indexed in %.1f s%n", (System.nanoTime() - start) / 1e9);
        return 0;
    }

    /** The generated sources of this seed, created once (a resumed load finds them by title). */
    private static Map<String, Long> sources(SourceService sources, long seed) {
        Map<String, Long> ids = new HashMap<>();
        for (SyntheticClaims.SourceSpec spec : SyntheticClaims.SOURCES) {
            String title = SyntheticClaims.title(spec, seed);
            Long id = sources.list(title, null, null, 0, 10).items().stream()
                    .filter(s -> s.title().equals(title))
                    .map(Source::id)
                    .findFirst()
                    .orElseGet(() -> sources.create(
                                    new SourceCommand(
                                            spec.kind(),
                                            title,
                                            spec.publisher(),
                                            null,
                                            null,
                                            "en",
                                            spec.party(),
                                            "F",
                                            null,
                                            true,
                                            null,
                                            null),
                                    "generate")
                            .id());
            ids.put(spec.key(), id);
        }
        return ids;
    }

    private static Map<String, Long> hometowns(PlaceService places) {
        Map<String, Long> ids = new HashMap<>();
        for (Place place : places.all()) {
            ids.putIfAbsent(place.name(), place.id());
        }
        for (String town : SyntheticPopulation.HOMETOWNS) {
            ids.computeIfAbsent(
                    town,
                    name -> places.create(
                                    new PlaceCommand(name, List.of(), "prefecture", null, null, null, null, null),
                                    "generate")
                            .id());
        }
        return ids;
    }

    private static void sleep() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
