package org.casebook.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiPredicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The extraction evaluation (a command, not a unit test): runs the extractor over the labelled articles in
 * ../shared/corpus (read from there, never copied) and the seed article, and prints precision, recall and F1 for
 * persons, quote speakers and status claims (subject + type + asserter + stance), with time per article and peak
 * heap. With --check it exits 1 when a figure falls below the floor recorded in ingest/evaluation/floors.properties.
 *
 * <pre>mvn -q exec:java -Dexec.mainClass=org.casebook.ingest.ExtractionEvaluation -Dexec.args="../shared/corpus --check"</pre>
 */
public final class ExtractionEvaluation {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> PUBLISHERS = Map.of(
            "guardian",
            "The Guardian",
            "aljazeera",
            "Al Jazeera",
            "taipeitimes",
            "Taipei Times",
            "globaltimes",
            "Global Times",
            "hongkongpost",
            "The Hong Kong Post");

    private ExtractionEvaluation() {}

    record Score(int truePositives, int proposed, int expected) {
        double precision() {
            return proposed == 0 ? 1 : (double) truePositives / proposed;
        }

        double recall() {
            return expected == 0 ? 1 : (double) truePositives / expected;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(Score other) {
            return new Score(truePositives + other.truePositives, proposed + other.proposed, expected + other.expected);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ExtractionEvaluation.class.getResourceAsStream("/ingest/evaluation/" + name)) {
            if (in == null) {
                throw new IOException("missing resource ingest/evaluation/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/corpus");
        boolean check = Arrays.asList(args).contains("--check");
        boolean verbose = Arrays.asList(args).contains("--verbose");
        List<JsonNode> labels = new ArrayList<>();
        try (InputStream seed =
                ExtractionEvaluation.class.getResourceAsStream("/ingest/evaluation/seed-article-labels.json")) {
            labels.add(JSON.readTree(seed));
        }
        for (String line : Files.readAllLines(corpus.resolve("articles/labels.jsonl"))) {
            if (!line.isBlank()) {
                labels.add(JSON.readTree(line));
            }
        }
        // Articles written for Casebook (invented people and events), kept with their labels in the repository.
        for (String line : resource("own-labels.jsonl").split("\n")) {
            if (!line.isBlank()) {
                labels.add(JSON.readTree(line));
            }
        }
        AtomicLong peak = new AtomicLong();
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (true) {
                peak.accumulateAndGet(
                        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long loadStarted = System.nanoTime();
        ArticleReader.pipeline();
        System.out.printf("pipeline loaded in %.1f s%n", (System.nanoTime() - loadStarted) / 1e9);
        Extractor extractor = new Extractor(new ArticleReader());
        Map<String, Score> totals = new LinkedHashMap<>(Map.of(
                "persons",
                new Score(0, 0, 0),
                "quote speakers",
                new Score(0, 0, 0),
                "status claims",
                new Score(0, 0, 0)));
        Map<String, Score> realOnly = new LinkedHashMap<>();
        long articleMillis = 0;
        for (JsonNode label : labels) {
            String file = label.get("file").asString();
            Path path = file.startsWith("../")
                    ? corpus.resolve(file.substring(3))
                    : corpus.resolve("articles").resolve(file);
            String publisher = label.has("publisher")
                    ? label.get("publisher").asString()
                    : PUBLISHERS.entrySet().stream()
                            .filter(e -> file.contains(e.getKey()))
                            .map(Map.Entry::getValue)
                            .findFirst()
                            .orElse("the article");
            String text = file.startsWith("own/") ? resource(file) : Files.readString(path);
            Extraction found = extractor.extract(
                    text, publisher, LocalDate.parse(label.get("published").asString()));
            articleMillis += found.millis();
            Score persons = persons(label, found);
            Score quotes = quotes(label, found);
            Score claims = claims(label, found);
            add(totals, persons, quotes, claims);
            if (!file.startsWith("own/")) {
                // Also without the articles we wrote ourselves: the real ones are the fairer measure.
                add(realOnly, persons, quotes, claims);
            }
            System.out.printf(
                    "%-60s %5d ms  persons %s  quotes %s  claims %s%n",
                    path.getFileName(), found.millis(), brief(persons), brief(quotes), brief(claims));
            if (verbose) {
                // For whoever improves the rules: what was proposed next to what was labelled.
                found.persons().forEach(pp -> System.out.printf("   person: %s | %s%n", pp.name(), pp.role()));
                found.organisations().forEach(o -> System.out.printf("   organisation: %s%n", o.name()));
                found.quotes()
                        .forEach(q -> System.out.printf(
                                "   quote: %s <- %s%n",
                                q.speaker(), q.text().length() > 60 ? q.text().substring(0, 60) : q.text()));
                found.attributions()
                        .forEach(a ->
                                System.out.printf("   attribution: %s | %s | %s%n", a.asserter(), a.cue(), a.stance()));
                found.claims()
                        .forEach(c -> System.out.printf(
                                "   proposed: %s | %s | %s | %s%s   <- %s%n",
                                c.subject(),
                                c.type(),
                                c.asserter(),
                                c.stance(),
                                (c.term() == null ? "" : " | term: " + c.term())
                                        + (c.charge() == null ? "" : " | charge: " + c.charge())
                                        + (c.facility() == null ? "" : " | at: " + c.facility()),
                                c.sentence().length() > 120 ? c.sentence().substring(0, 120) : c.sentence()));
                label.get("status_claims")
                        .forEach(c -> System.out.printf(
                                "   labelled: %s | %s | %s | %s%n",
                                c.get("subject"),
                                c.get("claim").asString(),
                                c.get("asserted_by").asString(),
                                c.get("stance").asString()));
            }
        }
        sampler.interrupt();
        System.out.printf(
                "%d articles, %.1f s per article on average, peak heap %d MiB%n",
                labels.size(), articleMillis / 1000.0 / labels.size(), peak.get() >> 20);
        Properties floors = new Properties();
        try (InputStream in = ExtractionEvaluation.class.getResourceAsStream("/ingest/evaluation/floors.properties")) {
            floors.load(in);
        }
        realOnly.forEach((what, score) -> System.out.printf(
                "%-15s precision %.3f  recall %.3f  F1 %.3f  (published articles only: %d of %d, %d labelled)%n",
                what,
                score.precision(),
                score.recall(),
                score.f1(),
                score.truePositives(),
                score.proposed(),
                score.expected()));
        boolean below = false;
        for (var e : totals.entrySet()) {
            Score s = e.getValue();
            System.out.printf(
                    "%-15s precision %.3f  recall %.3f  F1 %.3f  (%d right of %d proposed, %d labelled)%n",
                    e.getKey(), s.precision(), s.recall(), s.f1(), s.truePositives(), s.proposed(), s.expected());
        }
        for (var set : List.of(Map.entry("", totals), Map.entry("published.", realOnly))) {
            for (var e : set.getValue().entrySet()) {
                String key = set.getKey() + e.getKey().replace(' ', '.');
                for (String measure : List.of("precision", "recall")) {
                    double floor = Double.parseDouble(floors.getProperty(key + "." + measure, "0"));
                    double value = measure.equals("precision")
                            ? e.getValue().precision()
                            : e.getValue().recall();
                    if (value + 1e-9 < floor) {
                        System.out.printf("BELOW FLOOR: %s %s %.3f < %.3f%n", key, measure, value, floor);
                        below = true;
                    }
                }
            }
        }
        if (check && below) {
            System.exit(1);
        }
        System.exit(0);
    }

    private static void add(Map<String, Score> totals, Score persons, Score quotes, Score claims) {
        totals.merge("persons", persons, Score::plus);
        totals.merge("quote speakers", quotes, Score::plus);
        totals.merge("status claims", claims, Score::plus);
    }

    private static String brief(Score s) {
        return s.truePositives() + "/" + s.proposed() + "/" + s.expected();
    }

    static Score persons(JsonNode label, Extraction found) {
        List<String> expected = new ArrayList<>();
        label.get("persons").forEach(p -> expected.add(p.asString()));
        List<String> proposed =
                found.persons().stream().map(Extraction.PersonProposal::name).toList();
        return match(expected, proposed, ExtractionEvaluation::sameName);
    }

    static Score quotes(JsonNode label, Extraction found) {
        List<String[]> expected = new ArrayList<>();
        label.get("quotes")
                .forEach(q -> expected.add(new String[] {
                    q.get("speaker").asString(), q.get("text_start").asString()
                }));
        List<Extraction.QuoteProposal> proposed =
                found.quotes().stream().filter(q -> q.speaker() != null).toList();
        return match(
                expected, proposed, (e, q) -> normal(q.text()).contains(normal(e[1])) && sameName(e[0], q.speaker()));
    }

    static Score claims(JsonNode label, Extraction found) {
        List<JsonNode> expected = new ArrayList<>();
        label.get("status_claims").forEach(expected::add);
        return match(expected, found.claims(), (e, c) -> {
            JsonNode subject = e.get("subject");
            boolean subjectMatches = subject == null || subject.isNull()
                    ? c.subject() == null
                    : c.subject() != null && sameName(subject.asString().replace("'s family", ""), c.subject());
            return subjectMatches
                    && sameType(e.get("claim").asString(), c.type())
                    && sameAsserter(e.get("asserted_by").asString(), c.asserter())
                    && e.get("stance").asString().equals(c.stance());
        });
    }

    /** Greedy one-to-one matching: each label and each proposal counts once. */
    static <E, P> Score match(List<E> expected, List<P> proposed, BiPredicate<E, P> same) {
        List<P> left = new ArrayList<>(proposed);
        int hits = 0;
        for (E e : expected) {
            for (int i = 0; i < left.size(); i++) {
                if (same.test(e, left.get(i))) {
                    left.remove(i);
                    hits++;
                    break;
                }
            }
        }
        return new Score(hits, proposed.size(), expected.size());
    }

    static boolean sameName(String a, String b) {
        Set<String> x = Set.of(normal(a).split(" "));
        Set<String> y = Set.of(normal(b).split(" "));
        return x.containsAll(y) || y.containsAll(x);
    }

    static boolean sameType(String expected, String proposed) {
        Set<String> gone = Set.of("missing", "disappeared");
        return expected.equals(proposed) || gone.contains(expected) && gone.contains(proposed);
    }

    static boolean sameAsserter(String expected, String proposed) {
        if (expected.contains("(narrator)")) {
            return proposed.endsWith("(narrator)");
        }
        String core = expected.replaceAll("\\(.*\\)", "").strip();
        return !proposed.endsWith("(narrator)") && sameName(core, proposed);
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT)
                .replaceAll("[‘’'“”\"\\[\\]().,:;!?]", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
