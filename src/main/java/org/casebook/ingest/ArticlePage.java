package org.casebook.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.matching.DuplicateQueue;
import org.casebook.records.Labels;
import org.casebook.source.Party;

/**
 * The review page: the article's text cut into pieces, those that carry a proposed claim marked, and beside it
 * each proposal with its likely person and the editor's decision.
 */
public record ArticlePage(
        Article article, String title, List<Piece> pieces, List<PersonRow> persons, List<ClaimRow> claims) {

    /** A stretch of the article; the proposals whose evidence it is, if any (several claims can share a sentence). */
    public record Piece(String text, List<Integer> proposals) {
        public boolean marked() {
            return !proposals.isEmpty();
        }
    }

    public record PersonRow(Extraction.PersonProposal person, DuplicateQueue.Match match) {}

    public record ClaimRow(
            int index, Extraction.ClaimProposal claim, String personId, String party, Article.Decision decision) {}

    /** Splits the text at the evidence sentences of the claims, so the page can mark them without any markup in data. */
    static List<Piece> pieces(String text, List<Extraction.ClaimProposal> claims) {
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            Extraction.Span s = claims.get(i).evidence();
            if (s != null && s.start() >= 0 && s.end() <= text.length() && s.start() < s.end()) {
                spans.add(new int[] {s.start(), s.end(), i});
            }
        }
        spans.sort((a, b) -> a[0] - b[0]);
        for (int[] s : spans) {
            if (s[0] < at) {
                // The same sentence carries another proposal: number it on the mark already made.
                if (!pieces.isEmpty() && pieces.getLast().marked()) {
                    pieces.getLast().proposals().add(s[2]);
                }
                continue;
            }
            if (s[0] > at) {
                pieces.add(new Piece(text.substring(at, s[0]), List.of()));
            }
            pieces.add(new Piece(text.substring(s[0], s[1]), new ArrayList<>(List.of(s[2]))));
            at = s[1];
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), List.of()));
        }
        return pieces;
    }

    /** The claim type a proposal is accepted as, for the form's choice. */
    public static String claimType(String proposed) {
        return ArticleReview.claimType(proposed);
    }

    static Map<String, String> parties() {
        Map<String, String> parties = new LinkedHashMap<>();
        for (Party p : Party.values()) {
            parties.put(p.name(), Labels.of(p));
        }
        return parties;
    }
}
