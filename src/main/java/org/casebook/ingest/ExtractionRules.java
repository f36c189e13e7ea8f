package org.casebook.ingest;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The extraction rules under resources/ingest/rules: Semgrex patterns over the dependency parse and TokensRegex
 * patterns over the tokens, one rule per line (name, what it gives, pattern), so that a documenter can read and
 * extend them without touching Java. Each rule has cases in the tests' rule-cases.tsv; a rule without one fails the build.
 */
final class ExtractionRules {
    /** One line of a rule file: its name, the columns between name and pattern, and the pattern. */
    record GraphRule(String file, String name, List<String> gives, SemgrexPattern pattern) {}

    record TokensRule(String name, TokenSequencePattern pattern) {}

    /** One match: the cue word and the other named nodes (absent when an optional relation did not match). */
    record GraphMatch(GraphRule rule, IndexedWord cue, Map<String, IndexedWord> nodes) {
        IndexedWord node(String name) {
            return nodes.get(name);
        }
    }

    static final Map<String, List<GraphRule>> GRAPH =
            graphRules("attribution", "quote-speaker", "status", "subject", "details", "modifiers", "roles");
    static final Map<String, TokensRule> TOKENS = tokensRules();

    private ExtractionRules() {}

    static List<GraphRule> file(String name) {
        return GRAPH.get(name);
    }

    static GraphRule rule(String file, String name) {
        return GRAPH.get(file).stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rule " + name + " in " + file + ".semgrex"));
    }

    /** Every match of the rules of one file in a sentence's graph, in the order of the file, then of the graph. */
    static List<GraphMatch> matches(List<GraphRule> rules, SemanticGraph graph) {
        List<GraphMatch> out = new ArrayList<>();
        for (GraphRule rule : rules) {
            SemgrexMatcher m = rule.pattern().matcher(graph);
            while (m.find()) {
                Map<String, IndexedWord> nodes = new LinkedHashMap<>();
                for (String name : m.getNodeNames()) {
                    if (m.getNode(name) != null) {
                        nodes.put(name, m.getNode(name));
                    }
                }
                out.add(new GraphMatch(rule, m.getNode("cue"), nodes));
            }
        }
        return out;
    }

    /** Whether a Semgrex rule matches with this word as its cue. */
    static boolean matchesAt(GraphRule rule, SemanticGraph graph, IndexedWord cue) {
        return matches(List.of(rule), graph).stream().anyMatch(m -> cue.equals(m.cue()));
    }

    /** The words a rule's named node takes in its matches at this cue, in the order found, each once. */
    static List<IndexedWord> nodesAt(GraphRule rule, SemanticGraph graph, IndexedWord cue, String node) {
        return matches(List.of(rule), graph).stream()
                .filter(m -> cue.equals(m.cue()) && m.node(node) != null)
                .map(m -> m.node(node))
                .distinct()
                .toList();
    }

    /** The cue tokens (their 1-based indexes) where a TokensRegex rule matches in a sentence. */
    static List<Integer> cues(String rule, List<CoreLabel> tokens) {
        TokensRule r = TOKENS.get(rule);
        if (r == null) {
            throw new IllegalArgumentException("no rule " + rule + " in tokens.tokensregex");
        }
        List<Integer> out = new ArrayList<>();
        TokenSequenceMatcher m = r.pattern().matcher(tokens);
        while (m.find()) {
            List<? extends CoreMap> cue = m.groupNodes("$cue");
            if (cue != null) {
                cue.forEach(t -> out.add(((CoreLabel) t).index()));
            }
        }
        return out;
    }

    /** The tokens of one named group ("$role") of a TokensRegex rule's match whose cue is this token; empty if none. */
    static List<CoreLabel> group(String rule, List<CoreLabel> tokens, CoreLabel cue, String group) {
        TokenSequenceMatcher m = TOKENS.get(rule).pattern().matcher(tokens);
        while (m.find()) {
            List<? extends CoreMap> cues = m.groupNodes("$cue");
            if (cues != null && !cues.isEmpty() && ((CoreLabel) cues.getFirst()).index() == cue.index()) {
                List<? extends CoreMap> found = m.groupNodes(group);
                return found == null
                        ? List.of()
                        : found.stream().map(t -> (CoreLabel) t).toList();
            }
        }
        return List.of();
    }

    private static Map<String, List<GraphRule>> graphRules(String... files) {
        Map<String, List<GraphRule>> map = new LinkedHashMap<>();
        for (String file : files) {
            List<GraphRule> rules = new ArrayList<>();
            for (String[] row : rows(file + ".semgrex")) {
                rules.add(new GraphRule(
                        file,
                        row[0],
                        Arrays.asList(row).subList(1, row.length - 1),
                        compile(file, row, () -> SemgrexPattern.compile(row[row.length - 1]))));
            }
            map.put(file, List.copyOf(rules));
        }
        return map;
    }

    private static Map<String, TokensRule> tokensRules() {
        Map<String, TokensRule> map = new LinkedHashMap<>();
        for (String[] row : rows("tokens.tokensregex")) {
            map.put(row[0], new TokensRule(row[0], compile("tokens", row, () -> TokenSequencePattern.compile(row[1]))));
        }
        return map;
    }

    private static <T> T compile(String file, String[] row, Supplier<T> compiler) {
        try {
            return compiler.get();
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "rule " + row[0] + " in " + file + " does not compile: " + e.getMessage(), e);
        }
    }

    private static List<String[]> rows(String file) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = ExtractionRules.class.getResourceAsStream("/ingest/rules/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource ingest/rules/" + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] row = line.strip().split("\t");
                    if (row.length < 2) {
                        throw new IllegalStateException("rule line without a pattern in " + file + ": " + line);
                    }
                    rows.add(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
