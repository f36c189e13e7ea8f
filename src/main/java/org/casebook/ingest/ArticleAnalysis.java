package org.casebook.ingest;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
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

/**
 * Turns one annotated article into proposals. CoreNLP gives tokens, named entities, dependency parses, coreference
 * chains and quote spans; {@link ArticleMentions} says who is who; the rules in resources/ingest/rules find the cues,
 * and this class combines their matches: who speaks each quote, who asserts each status claim and with which stance.
 */
final class ArticleAnalysis {
    /** Relations a claim may be nested under and still be what the cue verb's subject says. */
    private static final Set<String> BLOCKING = Set.of("advcl", "appos", "parataxis");

    /** Modifiers after which a cue states no claim: hearsay in an aside, a demand. */
    private static final List<ExtractionRules.GraphRule> NOT_A_CLAIM = ExtractionRules.file("modifiers").stream()
            .filter(r -> r.gives().getFirst().equals("ignore"))
            .toList();

    private static final ExtractionRules.GraphRule NEGATION = ExtractionRules.rule("modifiers", "negated");

    private final CoreDocument doc;
    private final String narrator;
    private final ArticleMentions mentions;
    private final ArticleSpeakers speakers;

    ArticleAnalysis(CoreDocument doc, String publisher) {
        this.doc = doc;
        this.narrator = (publisher == null || publisher.isBlank() ? "the article" : publisher.strip()) + " (narrator)";
        this.mentions = new ArticleMentions(doc);
        this.speakers = new ArticleSpeakers(doc, mentions);
    }

    List<Extraction.PersonProposal> persons() {
        return mentions.persons();
    }

    List<Extraction.OrganisationProposal> organisations() {
        return mentions.organisations();
    }

    List<Extraction.QuoteProposal> quotes() {
        return speakers.quotes();
    }

    List<Extraction.AttributionProposal> attributions() {
        List<Extraction.AttributionProposal> out = new ArrayList<>();
        for (CoreSentence s : doc.sentences()) {
            for (ExtractionRules.GraphMatch cue : speakers.attributionCues(s).values()) {
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
        ExtractionRules.GraphMatch m = speakers.attributionCues(s).get(verb.index());
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
                String speaker = speakers.speakerOfQuoteAround(t.beginPosition());
                if (speaker == null && (s.text().startsWith("“") || s.text().startsWith("\""))) {
                    // A quotation left open (articles cut off mid-quote): still direct speech.
                    speaker = speakers.lastSpeakerBefore(s.charOffsets().first());
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
            if (speakers.stanceOf(s, verb) != null) {
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
        ExtractionRules.GraphMatch according = speakers.attributionCues(s).get(word.index());
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
            String stance = speakers.stanceOf(s, current);
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
            String stance = speakers.stanceOf(s, root);
            Optional<String> who = stance == null ? Optional.empty() : subjectOf(s, root);
            if (who.isPresent()) {
                return new String[] {who.get(), firstStance == null ? stance : firstStance};
            }
        }
        return new String[] {narrator, firstStance == null ? "asserts" : firstStance};
    }
}
