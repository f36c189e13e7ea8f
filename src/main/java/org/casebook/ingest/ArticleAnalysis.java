package org.casebook.ingest;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns one annotated article into proposals. CoreNLP gives tokens, named entities, dependency parses, coreference
 * chains and quote spans; {@link ArticleMentions} says who is who; the rules in resources/ingest/rules find the cues,
 * and this class combines their matches: who speaks each quote, who asserts each status claim and with which stance.
 */
final class ArticleAnalysis {
    /** Relations a claim may be nested under and still be what the cue verb's subject says. */
    private static final Set<String> BLOCKING = Set.of("advcl", "appos", "parataxis");

    private static final List<ExtractionRules.GraphRule> NAMED_SPEAKER = ExtractionRules.file("quote-speaker").stream()
            .filter(r -> r.gives().getFirst().equals("named"))
            .toList();
    private static final List<ExtractionRules.GraphRule> PRONOUN_SPEAKER =
            List.of(ExtractionRules.rule("quote-speaker", "speech-by-pronoun"));
    /** Modifiers after which a cue states no claim: hearsay in an aside, a demand. */
    private static final List<ExtractionRules.GraphRule> NOT_A_CLAIM = ExtractionRules.file("modifiers").stream()
            .filter(r -> r.gives().getFirst().equals("ignore"))
            .toList();

    private static final ExtractionRules.GraphRule NEGATION = ExtractionRules.rule("modifiers", "negated");

    private final CoreDocument doc;
    private final String narrator;
    private final ArticleMentions mentions;
    private List<Extraction.QuoteProposal> quotes;
    /** Per sentence: its attribution verbs by token index (rules/attribution.semgrex), worked out once. */
    private final Map<Integer, Map<Integer, ExtractionRules.GraphMatch>> attributionCues = new HashMap<>();
    /** Each sentence's end offset with the last person it names (by name, not pronoun) as speaking, for "…," he said. */
    private final List<Map.Entry<Integer, String>> speakers = new ArrayList<>();
    /** The same for organisations, for "…," it added. */
    private final List<Map.Entry<Integer, String>> speakingOrganisations = new ArrayList<>();

    ArticleAnalysis(CoreDocument doc, String publisher) {
        this.doc = doc;
        this.narrator = (publisher == null || publisher.isBlank() ? "the article" : publisher.strip()) + " (narrator)";
        this.mentions = new ArticleMentions(doc);
        indexSpeakers();
    }

    private void indexSpeakers() {
        for (CoreSentence s : doc.sentences()) {
            String last = null;
            String lastOrganisation = null;
            for (ExtractionRules.GraphMatch cue : attributionCues(s).values()) {
                IndexedWord subject = cue.node("speaker");
                String who = subject == null || ArticleMentions.PRONOUN_TAGS.contains(subject.tag())
                        ? null
                        : mentions.resolve(s, subject);
                if (who != null && mentions.isPerson(who)) {
                    last = who;
                } else if (who != null && mentions.organisationNames().contains(who)) {
                    lastOrganisation = who;
                }
            }
            if (last != null) {
                speakers.add(Map.entry(s.charOffsets().second(), last));
            }
            if (lastOrganisation != null) {
                speakingOrganisations.add(Map.entry(s.charOffsets().second(), lastOrganisation));
            }
        }
    }

    /** The attribution verbs of a sentence by token index, in token order; one match per verb, with its speaker if any. */
    private Map<Integer, ExtractionRules.GraphMatch> attributionCues(CoreSentence s) {
        return attributionCues.computeIfAbsent(ArticleMentions.index(s), i -> {
            Map<Integer, ExtractionRules.GraphMatch> byIndex = new TreeMap<>();
            for (ExtractionRules.GraphMatch m :
                    ExtractionRules.matches(ExtractionRules.file("attribution"), s.dependencyParse())) {
                byIndex.merge(m.cue().index(), m, (a, b) -> a.node("speaker") != null ? a : b);
            }
            return byIndex;
        });
    }

    /** The stance an attribution verb gives, or null when the word is not one. */
    private String stanceOf(CoreSentence s, IndexedWord word) {
        ExtractionRules.GraphMatch m = attributionCues(s).get(word.index());
        return m == null ? null : m.rule().gives().getFirst();
    }

    List<Extraction.PersonProposal> persons() {
        return mentions.persons();
    }

    List<Extraction.OrganisationProposal> organisations() {
        return mentions.organisations();
    }

    /** Computed once: the claims need them too (direct speech belongs to the person quoted). */
    List<Extraction.QuoteProposal> quotes() {
        if (quotes == null) {
            quotes = findQuotes();
        }
        return quotes;
    }

    private List<Extraction.QuoteProposal> findQuotes() {
        List<Extraction.QuoteProposal> out = new ArrayList<>();
        for (CoreQuote q : doc.quotes()) {
            String inner = q.text().replaceAll("^[\"“”']|[\"“”']$", "").strip();
            if (inner.split("\\s+").length < 4) {
                continue; // a scare quote ("detention"), not something someone said
            }
            int start = q.quoteCharOffsets().first();
            int end = q.quoteCharOffsets().second();
            String speaker = null;
            for (CoreSentence s : q.sentences()) {
                String pronoun = speaker == null ? pronounSpeaker(s, start, end) : null;
                if (pronoun != null) {
                    // "…," she said: the person last named as speaking, which in news beats coreference (it
                    // tied "she" after Rachel Harris's quote to the singer the article is about); "it" is an
                    // organisation.
                    speaker = lastBefore(pronoun.equalsIgnoreCase("it") ? speakingOrganisations : speakers, start);
                    if (speaker != null) {
                        break;
                    }
                }
                String named = speakerOutside(s, start, end);
                if (named != null) {
                    speaker = named;
                    break;
                }
            }
            if (speaker == null) {
                // A quote closing its sentence, its speaker in the next: "…?” Murat Harri Uyghur, an activist, posted.
                speaker = doc.sentences().stream()
                        .filter(s -> s.charOffsets().first() >= end)
                        .findFirst()
                        .filter(s -> doc.text()
                                .substring(end, s.charOffsets().first())
                                .matches("[ \\t]*"))
                        .map(s -> speakerOutside(s, start, end))
                        .orElse(null);
            }
            out.add(new Extraction.QuoteProposal(inner, speaker, new Extraction.Span(start, end)));
        }
        return out;
    }

    /** "…," he said: a speech verb whose subject is a pronoun outside the quote (rules/quote-speaker.semgrex). */
    private String pronounSpeaker(CoreSentence s, int quoteStart, int quoteEnd) {
        return ExtractionRules.matches(PRONOUN_SPEAKER, s.dependencyParse()).stream()
                .filter(m -> outside(s, m.node("speaker"), quoteStart, quoteEnd))
                .map(m -> m.node("speaker").word())
                .findFirst()
                .orElse(null);
    }

    private String lastSpeakerBefore(int offset) {
        return lastBefore(speakers, offset);
    }

    private static String lastBefore(List<Map.Entry<Integer, String>> speakers, int offset) {
        String last = null;
        for (Map.Entry<Integer, String> e : speakers) {
            if (e.getKey() > offset) {
                break;
            }
            last = e.getValue();
        }
        return last;
    }

    private String speakerOutside(CoreSentence s, int quoteStart, int quoteEnd) {
        for (ExtractionRules.GraphMatch m : ExtractionRules.matches(NAMED_SPEAKER, s.dependencyParse())) {
            if (outside(s, m.cue(), quoteStart, quoteEnd) && outside(s, m.node("speaker"), quoteStart, quoteEnd)) {
                String who = mentions.resolve(s, m.node("speaker"));
                if (who != null) {
                    return who;
                }
            }
        }
        return null;
    }

    private static boolean outside(CoreSentence s, IndexedWord w, int quoteStart, int quoteEnd) {
        CoreLabel t = s.tokens().get(w.index() - 1);
        return t.beginPosition() >= quoteEnd || t.endPosition() <= quoteStart;
    }

    List<Extraction.AttributionProposal> attributions() {
        List<Extraction.AttributionProposal> out = new ArrayList<>();
        for (CoreSentence s : doc.sentences()) {
            for (ExtractionRules.GraphMatch cue : attributionCues(s).values()) {
                subjectOf(s, cue.cue())
                        .ifPresent(who -> out.add(new Extraction.AttributionProposal(
                                who,
                                cue.cue().word(),
                                cue.rule().gives().getFirst(),
                                new Extraction.Span(
                                        s.charOffsets().first(), s.charOffsets().second()))));
            }
        }
        return out;
    }

    /** Whom an attribution verb's subject names: empty when the word is no attribution verb or has no subject. */
    private Optional<String> subjectOf(CoreSentence s, IndexedWord verb) {
        ExtractionRules.GraphMatch m = attributionCues(s).get(verb.index());
        return m == null || m.node("speaker") == null
                ? Optional.empty()
                : Optional.ofNullable(mentions.resolve(s, m.node("speaker")));
    }

    List<Extraction.ClaimProposal> claims() {
        List<Extraction.ClaimProposal> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Map<String, String> lastType = new HashMap<>();
        for (CoreSentence s : doc.sentences()) {
            SemanticGraph graph = s.dependencyParse();
            for (SentenceCues.StatusCue cue : SentenceCues.statusCues(s)) {
                IndexedWord word = cue.word();
                CoreLabel t = s.tokens().get(word.index() - 1);
                if (NOT_A_CLAIM.stream().anyMatch(r -> ExtractionRules.matchesAt(r, graph, word))) {
                    continue;
                }
                String subject = subject(s, cue);
                String subjectText = null;
                if (subject == null) {
                    if (!cue.type().equals("detained") || !SentenceCues.mentionsGroup(s)) {
                        continue;
                    }
                    subjectText = SentenceCues.groupText(s);
                }
                if (cue.requires() != null
                        && !ExtractionRules.cues(cue.requires(), s.tokens()).contains(t.index())) {
                    continue;
                }
                String[] asserted = asserter(s, word);
                String speaker = speakerOfQuoteAround(t.beginPosition());
                if (speaker == null && (s.text().startsWith("“") || s.text().startsWith("\""))) {
                    // A quotation left open (articles cut off mid-quote): still direct speech.
                    speaker = lastSpeakerBefore(s.charOffsets().first());
                }
                if (speaker != null && asserted[0].equals(narrator)) {
                    // Direct speech: whoever is quoted asserts it, not the article.
                    asserted = new String[] {speaker, asserted[1]};
                }
                if (subject != null && subject.equals(asserted[0]) && !subjectFromParse(s, word)) {
                    // A speaker denying detention camps is not the subject of the detention.
                    if (!cue.type().equals("detained") || !SentenceCues.mentionsGroup(s)) {
                        continue;
                    }
                    subject = null;
                    subjectText = SentenceCues.groupText(s);
                }
                if (subject == null && asserted[0].equals(narrator)) {
                    continue;
                }
                // A claim's stances are asserts, denies and disputes: doubting an account disputes it.
                String stance = asserted[1].equals("doubts") ? "disputes" : asserted[1];
                if (cue.requires() == null
                        && stance.equals("asserts")
                        && ExtractionRules.matchesAt(NEGATION, graph, word)) {
                    stance = NEGATION.gives().getFirst();
                }
                String facility = SentenceCues.detail(s, word, "facility", doc.text());
                // Held in a named kind of place (a camp, a prison, a detention centre) is "held at", not only detained.
                String type = facility != null && cue.type().equals("detained") ? "held_at" : cue.type();
                Extraction.ClaimProposal claim = new Extraction.ClaimProposal(
                        subject,
                        subjectText,
                        type,
                        asserted[0],
                        stance,
                        SentenceCues.date(s, t),
                        t.word(),
                        s.text(),
                        new Extraction.Span(
                                s.charOffsets().first(), s.charOffsets().second()),
                        SentenceCues.detail(s, word, "term", doc.text()),
                        SentenceCues.detail(s, word, "charge", doc.text()),
                        facility,
                        SentenceCues.detail(s, word, "custody", doc.text()) != null);
                if (seen.add(claim.subject() + "|" + claim.type() + "|" + claim.asserter() + "|" + claim.stance())) {
                    out.add(claim);
                }
                if (subject != null) {
                    lastType.put(subject, type);
                }
            }
            doubts(s, lastType).forEach(c -> {
                if (seen.add(c.subject() + "|" + c.type() + "|" + c.asserter() + "|" + c.stance())) {
                    out.add(c);
                }
            });
        }
        return out;
    }

    private String speakerOfQuoteAround(int offset) {
        // A quote whose speaker was not found in its own sentence is most often the person last named as speaking.
        return quotes().stream()
                .filter(q -> q.span().start() <= offset && offset < q.span().end())
                .map(q -> q.speaker() != null
                        ? q.speaker()
                        : lastSpeakerBefore(q.span().start()))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** "Activists said … his testimony may have been coerced": they dispute the last claim about that person. */
    private List<Extraction.ClaimProposal> doubts(CoreSentence s, Map<String, String> lastType) {
        if (ExtractionRules.cues("doubt", s.tokens()).isEmpty()) {
            return List.of();
        }
        String person = s.tokens().stream()
                .map(t -> mentions.personAt(s, t.index()))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        if (person == null || !lastType.containsKey(person)) {
            return List.of();
        }
        SemanticGraph graph = s.dependencyParse();
        for (IndexedWord verb : graph.vertexListSorted()) {
            if (stanceOf(s, verb) != null) {
                Optional<String> who = subjectOf(s, verb);
                if (who.isPresent() && !who.get().equals(person)) {
                    CoreLabel cue = s.tokens().get(verb.index() - 1);
                    return List.of(new Extraction.ClaimProposal(
                            person,
                            null,
                            lastType.get(person),
                            who.get(),
                            "disputes",
                            null,
                            cue.word(),
                            s.text(),
                            new Extraction.Span(
                                    s.charOffsets().first(), s.charOffsets().second()),
                            null,
                            null,
                            null,
                            false));
                }
            }
        }
        return List.of();
    }

    private boolean subjectFromParse(CoreSentence s, IndexedWord word) {
        for (SemanticGraphEdge e : s.dependencyParse().outgoingEdgeList(word)) {
            if (mentions.personOf(s, e.getDependent()) != null) {
                return true;
            }
        }
        return false;
    }

    private String subject(CoreSentence s, SentenceCues.StatusCue cue) {
        IndexedWord word = cue.word();
        for (IndexedWord candidate : cue.subjects()) {
            String who = mentions.personOf(s, candidate);
            if (who != null) {
                return who;
            }
        }
        if (cue.subjectFromRuleOnly()) {
            return null;
        }
        SemanticGraph graph = s.dependencyParse();
        for (SemanticGraphEdge e : graph.outgoingEdgeList(word)) {
            // Its subject is named and is not a person we know ("relatives who have disappeared"): not ours to guess.
            if (e.getRelation().toString().startsWith("nsubj")
                    && !ArticleMentions.PRONOUN_TAGS.contains(e.getDependent().tag())) {
                return null;
            }
        }
        // Else the nearest person named in the sentence, before the cue if there is one.
        String before = null;
        String after = null;
        for (CoreLabel t : s.tokens()) {
            String p = mentions.personAt(s, t.index());
            if (p == null) {
                continue;
            }
            if (t.index() < word.index()) {
                before = p;
            } else if (after == null) {
                after = p;
            }
        }
        return before != null ? before : after;
    }

    /**
     * Who asserts a claim, and how: climb from the cue word through complement clauses to the nearest attribution
     * verb with a subject that resolves; without one, the article itself asserts it.
     */
    private String[] asserter(CoreSentence s, IndexedWord word) {
        SemanticGraph graph = s.dependencyParse();
        IndexedWord current = word;
        // The nearest cue gives the stance ("… released a video to dispel rumours of his death": dispel denies),
        // the nearest cue with a subject gives the asserter.
        String firstStance = null;
        ExtractionRules.GraphMatch according = attributionCues(s).get(word.index());
        if (according != null && according.rule().name().equals("according-to")) {
            Optional<String> who = subjectOf(s, word);
            if (who.isPresent()) {
                return new String[] {who.get(), "asserts"};
            }
        }
        for (int step = 0; step < 8; step++) {
            List<SemanticGraphEdge> up = graph.incomingEdgeList(current);
            if (up.isEmpty()) {
                break;
            }
            SemanticGraphEdge edge = up.getFirst();
            if (edge.getRelation().toString().equals("acl:relcl") && firstStance == null) {
                // "comedian Adil Mijit, who has been missing for months": the article describing him.
                return new String[] {narrator, "asserts"};
            }
            if (BLOCKING.contains(edge.getRelation().toString())) {
                break;
            }
            current = edge.getGovernor();
            // Only verbs attribute (the rules ask for a verb): "rejected claims of detention" is a rejection, not a
            // claim.
            String stance = stanceOf(s, current);
            if (stance != null) {
                firstStance = firstStance == null ? stance : firstStance;
                Optional<String> who = subjectOf(s, current);
                if (who.isPresent()) {
                    return new String[] {who.get(), firstStance};
                }
            }
        }
        // Else the sentence's main verb, when it attributes ("In an effort to dispel rumours of his death, state
        // media released a video"): its subject stands behind everything the sentence says.
        for (IndexedWord root : graph.getRoots()) {
            String stance = stanceOf(s, root);
            Optional<String> who = stance == null ? Optional.empty() : subjectOf(s, root);
            if (who.isPresent()) {
                return new String[] {who.get(), firstStance == null ? stance : firstStance};
            }
        }
        return new String[] {narrator, firstStance == null ? "asserts" : firstStance};
    }
}
