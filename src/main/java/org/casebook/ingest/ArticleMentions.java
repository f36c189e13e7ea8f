package org.casebook.ingest;

import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is who in one annotated article: the persons named (full names first, a one-letter misspelling the same
 * person, titles and roles from rules/tokens.tokensregex and rules/roles.semgrex), the organisations, coreference
 * chains tied to a named person by their mentions, and what a word of a sentence refers to ({@link #resolve}).
 */
final class ArticleMentions {
    static final Set<String> PRONOUN_TAGS = Set.of("PRP", "PRP$", "WP", "WP$");

    private final CoreDocument doc;
    /** Canonical person names in order of first mention, each with its role and mentions. */
    private final Map<String, Extraction.PersonProposal> persons = new LinkedHashMap<>();
    /** (sentence, token index) of a token inside a person mention → canonical name. */
    private final Map<Long, String> personTokens = new HashMap<>();
    /** (sentence, token index) of a token inside a coreference mention → the chain's person, if it has one. */
    private final Map<Long, String> corefPersons = new HashMap<>();

    private List<Extraction.OrganisationProposal> organisations;

    ArticleMentions(CoreDocument doc) {
        this.doc = doc;
        indexPersons();
        indexCoreference();
    }

    boolean isPerson(String name) {
        return persons.containsKey(name);
    }

    static int index(CoreSentence s) {
        return s.tokens().getFirst().sentIndex();
    }

    private static long key(int sentence, int token) {
        return ((long) sentence << 32) | token;
    }

    private void indexPersons() {
        List<CoreEntityMention> mentions = new ArrayList<>();
        for (CoreSentence s : doc.sentences()) {
            for (CoreEntityMention m : s.entityMentions()) {
                if ("PERSON".equals(m.entityType())
                        && !PRONOUN_TAGS.contains(m.tokens().getFirst().tag())) {
                    mentions.add(m);
                }
            }
        }
        // Full names first, so that "Heyit" attaches to "Abdurehim Heyit".
        List<String> names = new ArrayList<>();
        mentions.stream()
                .map(CoreEntityMention::text)
                .sorted((a, b) -> b.split(" ").length - a.split(" ").length)
                .forEach(name -> {
                    if (names.stream().noneMatch(n -> contains(n, name) || misspelt(n, name))) {
                        names.add(name);
                    }
                });
        Map<String, List<Extraction.Span>> spans = new LinkedHashMap<>();
        Map<String, String> roles = new HashMap<>();
        for (CoreEntityMention m : mentions) {
            String canonical = names.stream()
                    .filter(n -> contains(n, m.text()) || misspelt(n, m.text()))
                    .findFirst()
                    .orElse(m.text());
            spans.computeIfAbsent(canonical, k -> new ArrayList<>())
                    .add(new Extraction.Span(
                            m.charOffsets().first(), m.charOffsets().second()));
            if (roles.get(canonical) == null) {
                roles.put(canonical, role(m));
            }
            for (CoreLabel t : m.tokens()) {
                personTokens.put(key(t.sentIndex(), t.index()), canonical);
            }
        }
        spans.forEach((name, list) -> persons.put(name, new Extraction.PersonProposal(name, roles.get(name), list)));
    }

    /** "Chinese Ambassador to Ankara Deng Li": capitalised words (and "to", "of") right before the name. */
    private String role(CoreEntityMention m) {
        List<CoreLabel> title = ExtractionRules.group(
                "title-before-name", m.sentence().tokens(), m.tokens().getFirst(), "$role");
        if (!title.isEmpty()) {
            return doc.text()
                    .substring(title.getFirst().beginPosition(), title.getLast().endPosition());
        }
        // Or an apposition: "Abdurehim Heyit, a Uighur poet and musician" (rules/roles.semgrex).
        SemanticGraph graph = m.sentence().dependencyParse();
        IndexedWord head = graph.getNodeByIndexSafe(m.tokens().getLast().index());
        if (head != null) {
            List<IndexedWord> roles =
                    ExtractionRules.nodesAt(ExtractionRules.rule("roles", "apposition"), graph, head, "role");
            if (!roles.isEmpty()) {
                return phrase(m.sentence(), roles.getFirst(), true);
            }
        }
        return null;
    }

    private void indexCoreference() {
        for (CorefChain chain : doc.corefChains().values()) {
            String person = null;
            for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
                for (int t = m.startIndex; t < m.endIndex && person == null; t++) {
                    person = personTokens.get(key(m.sentNum - 1, t));
                }
            }
            if (person == null) {
                continue;
            }
            for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
                for (int t = m.startIndex; t < m.endIndex; t++) {
                    corefPersons.putIfAbsent(key(m.sentNum - 1, t), person);
                }
            }
        }
    }

    /** A person's name for a word, through names and coreference; else the words of its noun phrase; null for a lone pronoun. */
    String resolve(CoreSentence s, IndexedWord w) {
        String named = personTokens.get(key(index(s), w.index()));
        if (named != null) {
            return named; // "said Rachel Harris, a long-time friend of Tursun": the name, not its apposition
        }
        // "her daughter, Ziba Murat, said", "his sister Gulnar Kamil said": the name beside the word is the speaker.
        for (SemanticGraphEdge e : s.dependencyParse().outgoingEdgeList(w)) {
            String rel = e.getRelation().toString();
            String beside = rel.equals("appos")
                    ? personOf(s, e.getDependent())
                    : rel.equals("dep") || rel.equals("flat")
                            ? personTokens.get(key(index(s), e.getDependent().index()))
                            : null;
            if (beside != null) {
                return beside;
            }
        }
        String person = personAt(s, w.index());
        if (person != null && !relativeOf(s, w, person)) {
            return person;
        }
        if (PRONOUN_TAGS.contains(w.tag())
                || Set.of("it", "they", "this", "some", "which", "who")
                        .contains(w.word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        String word = w.word().toLowerCase(Locale.ROOT);
        if (Character.isUpperCase(w.word().charAt(0))) {
            // "Rushan said", where the tagger missed the name: a word of exactly one person's name.
            List<String> byName = persons.keySet().stream()
                    .filter(n -> Arrays.asList(n.toLowerCase(Locale.ROOT).split("\\s+"))
                            .contains(word))
                    .toList();
            if (byName.size() == 1) {
                return byName.getFirst();
            }
        }
        for (CoreEntityMention m : s.entityMentions()) {
            if (m.tokens().stream().anyMatch(t -> t.index() == w.index())
                    && Set.of("ORGANIZATION", "LOCATION", "COUNTRY", "MISC").contains(m.entityType())) {
                return m.text();
            }
        }
        if (Character.isLowerCase(w.word().charAt(0))) {
            // "the conservatory wrote": the one organisation named in the article with that word in its name.
            List<String> byOrganisation = organisationNames().stream()
                    .filter(o -> Arrays.asList(o.toLowerCase(Locale.ROOT).split("\\s+"))
                            .contains(word))
                    .toList();
            if (byOrganisation.size() == 1) {
                return byOrganisation.getFirst();
            }
        }
        String phrase = phrase(s, w, false);
        // "said the ambassador": a word of a named person's title or name, if only one person has it.
        List<String> byRole = persons.values().stream()
                .filter(p -> (p.role() != null
                                && Arrays.asList(p.role()
                                                .toLowerCase(Locale.ROOT)
                                                .split("\\s+"))
                                        .contains(word))
                        || Arrays.asList(p.name().toLowerCase(Locale.ROOT).split("\\s+"))
                                .contains(word))
                .map(Extraction.PersonProposal::name)
                .toList();
        if (byRole.size() == 1) {
            return byRole.getFirst();
        }
        return phrase.split(" ").length == 1
                        && Character.isLowerCase(phrase.charAt(0))
                        && !Set.of("activists", "media", "relatives", "family", "police", "government", "ministry")
                                .contains(phrase)
                ? null
                : phrase;
    }

    List<String> organisationNames() {
        return organisations().stream()
                .map(Extraction.OrganisationProposal::name)
                .toList();
    }

    /** The word with its compound and adjective modifiers ("Chinese state media", "Uighur diaspora activists"). */
    static String phrase(CoreSentence s, IndexedWord w, boolean wholeSubtree) {
        SemanticGraph graph = s.dependencyParse();
        Set<Integer> indexes = new TreeSet<>();
        indexes.add(w.index());
        if (wholeSubtree) {
            graph.descendants(w).forEach(d -> indexes.add(d.index()));
        } else {
            for (SemanticGraphEdge e : graph.outgoingEdgeList(w)) {
                String rel = e.getRelation().toString();
                if (rel.equals("compound")
                        || rel.equals("amod")
                        || rel.equals("flat")
                        || rel.startsWith("compound:")
                        || rel.equals("nummod")) {
                    indexes.add(e.getDependent().index());
                }
            }
        }
        List<CoreLabel> tokens = s.tokens();
        StringBuilder out = new StringBuilder();
        for (int i : indexes) {
            String word = tokens.get(i - 1).word();
            if (!wholeSubtree
                    || !(i == indexes.iterator().next()
                            && Set.of("a", "an", "the").contains(word.toLowerCase(Locale.ROOT)))) {
                out.append(out.isEmpty() ? "" : " ").append(word);
            }
        }
        return out.toString().replace(" ,", ",").replace(" 's", "'s");
    }

    List<Extraction.PersonProposal> persons() {
        return List.copyOf(persons.values());
    }

    /** Organisations named, each with its mentions; the same name twice is one organisation. */
    List<Extraction.OrganisationProposal> organisations() {
        if (organisations == null) {
            Map<String, List<Extraction.Span>> byName = new LinkedHashMap<>();
            for (CoreEntityMention m : doc.entityMentions()) {
                if ("ORGANIZATION".equals(m.entityType())) {
                    byName.computeIfAbsent(m.text(), k -> new ArrayList<>())
                            .add(new Extraction.Span(
                                    m.charOffsets().first(), m.charOffsets().second()));
                }
            }
            List<Extraction.OrganisationProposal> out = new ArrayList<>();
            byName.forEach((name, spans) -> out.add(new Extraction.OrganisationProposal(name, spans)));
            organisations = List.copyOf(out);
        }
        return organisations;
    }

    /**
     * "The family of Alim Tursun", "his sister": the word is someone's relation, not them, though coreference may
     * put it in their chain.
     */
    private boolean relativeOf(CoreSentence s, IndexedWord w, String person) {
        for (SemanticGraphEdge e : s.dependencyParse().outgoingEdgeList(w)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("nmod:of") || rel.equals("nmod:poss"))
                    && person.equals(personAt(s, e.getDependent().index()))) {
                return true;
            }
        }
        return false;
    }

    /** The person a token names, directly or through coreference. */
    String personAt(CoreSentence s, int token) {
        String p = personTokens.get(key(index(s), token));
        return p != null ? p : corefPersons.get(key(index(s), token));
    }

    String personOf(CoreSentence s, IndexedWord w) {
        String p = personAt(s, w.index());
        if (p == null) {
            // "the engineer Maria Lopez": the title is the head, the name hangs from it.
            for (SemanticGraphEdge e : s.dependencyParse().outgoingEdgeList(w)) {
                String rel = e.getRelation().toString();
                if (rel.equals("dep") || rel.equals("appos") || rel.equals("flat") || rel.startsWith("compound")) {
                    p = personTokens.get(key(index(s), e.getDependent().index()));
                    if (p != null) {
                        break;
                    }
                }
            }
        }
        return p;
    }

    /** "Memet Abudla" for "Memet Abdula" in the same article: a typo, not another person. */
    static boolean misspelt(String a, String b) {
        if (a.split(" ").length != b.split(" ").length || a.length() < 8 || a.equals(b)) {
            return false;
        }
        // One edit, a swap of neighbours counting as one: "Abudla"/"Abdula" yes, "Rushan"/"Rishat" no.
        return edits(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT)) <= 1;
    }

    private static int edits(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static boolean contains(String full, String part) {
        List<String> fullWords = Arrays.asList(full.toLowerCase(Locale.ROOT).split("\\s+"));
        return Arrays.stream(part.toLowerCase(Locale.ROOT).split("\\s+")).allMatch(fullWords::contains);
    }
}
