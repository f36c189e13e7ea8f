package org.casebook.ingest;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** What the rules find in one sentence by itself: status cues, a claim's details, a group, the nearest date. */
final class SentenceCues {
    private SentenceCues() {}

    /** A claim's term, charge or facility as written (rules/details.semgrex), or null. */
    static String detail(CoreSentence s, IndexedWord cue, String rule, String articleText) {
        List<IndexedWord> found =
                ExtractionRules.nodesAt(ExtractionRules.rule("details", rule), s.dependencyParse(), cue, "detail");
        if (found.isEmpty()) {
            return null;
        }
        IndexedWord head = found.getFirst();
        String text;
        if (rule.equals("term")) {
            text = ArticleMentions.phrase(s, head, false);
        } else {
            // The head's whole phrase as written, without its preposition and article ("the crime of bribery").
            SemanticGraph graph = s.dependencyParse();
            TreeSet<Integer> indexes = new TreeSet<>();
            indexes.add(head.index());
            graph.descendants(head).forEach(d -> indexes.add(d.index()));
            for (SemanticGraphEdge e : graph.outgoingEdgeList(head)) {
                if (e.getRelation().toString().equals("case")
                        || e.getRelation().toString().equals("det")) {
                    indexes.remove(e.getDependent().index());
                }
            }
            List<CoreLabel> tokens = s.tokens();
            int start = tokens.get(indexes.first() - 1).beginPosition();
            int end = tokens.get(indexes.last() - 1).endPosition();
            text = articleText.substring(start, end);
        }
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** A word stating a person's fate (rules/status.semgrex), with the words its pattern found as its subject. */
    record StatusCue(ExtractionRules.GraphRule rule, IndexedWord word, List<IndexedWord> subjects) {
        String type() {
            return rule.gives().get(0);
        }

        boolean subjectFromRuleOnly() {
            return rule.gives().get(2).equals("none");
        }

        String requires() {
            return rule.gives().get(3).equals("-") ? null : rule.gives().get(3);
        }
    }

    /** The status cues of a sentence in token order, each with the subjects its subject rule finds. */
    static List<StatusCue> statusCues(CoreSentence s) {
        SemanticGraph graph = s.dependencyParse();
        Map<Integer, StatusCue> byWord = new TreeMap<>();
        for (ExtractionRules.GraphMatch m : ExtractionRules.matches(ExtractionRules.file("status"), graph)) {
            byWord.computeIfAbsent(
                    m.cue().index(),
                    i -> new StatusCue(
                            m.rule(),
                            m.cue(),
                            ExtractionRules.nodesAt(
                                    ExtractionRules.rule(
                                            "subject", m.rule().gives().get(1)),
                                    graph,
                                    m.cue(),
                                    "subject")));
        }
        return List.copyOf(byWord.values());
    }

    static boolean mentionsGroup(CoreSentence s) {
        return !ExtractionRules.cues("group", s.tokens()).isEmpty();
    }

    static String groupText(CoreSentence s) {
        List<Integer> group = ExtractionRules.cues("group", s.tokens());
        return group.isEmpty()
                ? "a group"
                : s.tokens().get(group.getFirst() - 1).word();
    }

    /** The date nearest the cue, as SUTime resolved it against the article's date: ISO day, month or year. */
    static String date(CoreSentence s, CoreLabel cue) {
        String best = null;
        int distance = Integer.MAX_VALUE;
        for (CoreLabel t : s.tokens()) {
            String normalized = t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            if (!"DATE".equals(t.ner()) || normalized == null) {
                continue;
            }
            String iso = Arrays.stream(new String[] {"\\d{4}-\\d{2}-\\d{2}", "\\d{4}-\\d{2}", "\\d{4}"})
                    .filter(p -> normalized.matches(p))
                    .findFirst()
                    .map(p -> normalized)
                    .orElse(null);
            if (iso != null && Math.abs(t.index() - cue.index()) < distance) {
                best = iso;
                distance = Math.abs(t.index() - cue.index());
            }
        }
        return best;
    }
}
