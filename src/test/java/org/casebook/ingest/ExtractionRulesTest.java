package org.casebook.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule under resources/ingest/rules against its cases in rule-cases.tsv, each sentence parsed by the same
 * CoreNLP pipeline the extractor uses; and a rule without a case that matches fails.
 */
class ExtractionRulesTest {
    record Case(String file, String rule, String sentence, String expected) {
        @Override
        public String toString() {
            return file + "/" + rule + ": " + sentence + " → " + expected;
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = ExtractionRulesTest.class.getResourceAsStream("/ingest/rule-cases.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] c = line.split("\t");
                    cases.add(new Case(c[0], c[1], c[2], c[3].strip()));
                }
            }
        }
        return cases;
    }

    private static final Map<String, CoreSentence> PARSED = new ConcurrentHashMap<>();

    private static CoreSentence parse(String sentence) {
        return PARSED.computeIfAbsent(
                sentence, s -> new ArticleReader().read(s, null).sentences().getFirst());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theRuleFindsWhatItsCaseSays(Case c) {
        CoreSentence s = parse(c.sentence());
        List<String> found = c.file().equals("tokens")
                ? List.of(ExtractionRules.cues(c.rule(), s.tokens()).stream()
                        .map(i -> "cue=" + s.tokens().get(i - 1).word())
                        .collect(Collectors.joining(" ")))
                : ExtractionRules.matches(List.of(ExtractionRules.rule(c.file(), c.rule())), s.dependencyParse())
                        .stream()
                        .map(m -> describe(m, c.expected()))
                        .toList();
        if (c.expected().equals("none")) {
            assertThat(found.stream().filter(f -> !f.isEmpty()))
                    .as(s.dependencyParse().toList())
                    .isEmpty();
        } else {
            assertThat(found).as(s.dependencyParse().toList()).contains(c.expected());
        }
    }

    /** The match's nodes named in the expectation, in its order, so that a match is compared on what the case names. */
    private static String describe(ExtractionRules.GraphMatch m, String expected) {
        if (expected.equals("none")) {
            return "cue=" + m.cue().word();
        }
        Map<String, String> nodes = new LinkedHashMap<>();
        for (String part : expected.split(" ")) {
            String name = part.substring(0, part.indexOf('='));
            IndexedWord w = m.node(name);
            nodes.put(name, w == null ? "-" : w.word());
        }
        return nodes.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }

    @Test
    void everyRuleHasACaseWhereItMatches() throws IOException {
        Map<String, Set<String>> covered = new TreeMap<>();
        cases().stream()
                .filter(c -> !c.expected().equals("none"))
                .forEach(c ->
                        covered.computeIfAbsent(c.file(), f -> new TreeSet<>()).add(c.rule()));
        List<String> rules = new ArrayList<>();
        ExtractionRules.GRAPH.forEach((file, list) -> list.forEach(r -> rules.add(file + "/" + r.name())));
        ExtractionRules.TOKENS.keySet().forEach(r -> rules.add("tokens/" + r));
        assertThat(rules).hasSizeGreaterThan(10).allSatisfy(rule -> {
            String[] parts = rule.split("/");
            assertThat(covered.getOrDefault(parts[0], Set.of()))
                    .as("cases for " + rule)
                    .contains(parts[1]);
        });
        assertThat(Arrays.asList("attribution", "quote-speaker", "status", "subject", "details", "modifiers", "roles"))
                .allSatisfy(f -> assertThat(ExtractionRules.file(f)).isNotEmpty());
    }
}
