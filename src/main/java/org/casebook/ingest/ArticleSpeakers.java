package org.casebook.ingest;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Who speaks in an article: the attribution verbs of each sentence, the persons and organisations last named as
 * speaking, and the speaker of each quote.
 */
final class ArticleSpeakers {
    private static final List<ExtractionRules.GraphRule> NAMED_SPEAKER = ExtractionRules.file("quote-speaker").stream()
            .filter(r -> r.gives().getFirst().equals("named"))
            .toList();
    private static final List<ExtractionRules.GraphRule> PRONOUN_SPEAKER =
            List.of(ExtractionRules.rule("quote-speaker", "speech-by-pronoun"));

    private final CoreDocument doc;
    private final ArticleMentions mentions;
    private List<Extraction.QuoteProposal> quotes;
    /** Per sentence: its attribution verbs by token index (rules/attribution.semgrex), worked out once. */
    private final Map<Integer, Map<Integer, ExtractionRules.GraphMatch>> attributionCues = new HashMap<>();
    /** Each sentence's end offset with the last person it names (by name, not pronoun) as speaking, for "…," he said. */
    private final List<Map.Entry<Integer, String>> speakers = new ArrayList<>();
    /** The same for organisations, for "…," it added. */
    private final List<Map.Entry<Integer, String>> speakingOrganisations = new ArrayList<>();

    ArticleSpeakers(CoreDocument doc, ArticleMentions mentions) {
        this.doc = doc;
        this.mentions = mentions;
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
    Map<Integer, ExtractionRules.GraphMatch> attributionCues(CoreSentence s) {
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
    String stanceOf(CoreSentence s, IndexedWord word) {
        ExtractionRules.GraphMatch m = attributionCues(s).get(word.index());
        return m == null ? null : m.rule().gives().getFirst();
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

    String lastSpeakerBefore(int offset) {
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

    String speakerOfQuoteAround(int offset) {
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
}
