package org.casebook.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The possible-match check for a long run of new persons (an imported list): everyone documented held in memory by
 * the blocking keys the duplicate scan uses, so a probe costs a few map lookups and the scoring of its block, not a
 * search and queries. Persons the run creates join it as they are created, so later rows find them.
 */
public final class RecordMatcher {
    private final HeldPersons held;
    private final DuplicateScorer scorer;
    private final Map<Long, String> placeNames;

    RecordMatcher(List<MatchCandidate> everyone, Map<Long, String> placeNames) {
        this(new HeldPersons.Words(new DuplicateScorer(everyone)), placeNames);
        everyone.forEach(this::add);
    }

    private RecordMatcher(HeldPersons.Words words, Map<Long, String> placeNames) {
        this.held = new HeldPersons(words);
        this.scorer = words.scorer();
        this.placeNames = placeNames;
    }

    /** No one yet, scored as this matcher scores (the same word frequencies): for the rows of one chunk. */
    RecordMatcher empty() {
        return new RecordMatcher(held.words(), placeNames);
    }

    /** The places' names by id when the run began, for the candidates' hometowns. */
    Map<Long, String> placeNames() {
        return placeNames;
    }

    /** A possible match: the documented person's id, and the scorer's verdict. */
    public record Found(long personId, DuplicateScorer.Score score) {}

    /**
     * The best-scored person the candidate may be, weighed against the other members of its blocks who score nearly
     * as well ({@link DuplicateScorer#asBestOf}); null when no one scores above different.
     */
    Found best(MatchCandidate probe) {
        int[] members = held.members(Blocking.usable(Blocking.blockKeys(probe), probe, held::blockSize));
        int at = held.probe(probe);
        double[] weights = new double[members.length];
        int best = -1;
        for (int m = 0; m < members.length; m++) {
            // Weights alone while scanning; the reasons, which cost more than the score, for the best only.
            weights[m] = held.weigh(at, members[m]);
            if (held.band() != DuplicateScorer.Band.different && (best < 0 || weights[m] > weights[best])) {
                best = m;
            }
        }
        if (best < 0) {
            return null;
        }
        double rivalOdds = 0;
        int rivals = 0;
        for (int m = 0; m < members.length; m++) {
            if (m != best && weights[m] > weights[best] - RIVAL_BITS) {
                rivalOdds += Math.pow(2, weights[m] - weights[best]);
                rivals++;
            }
        }
        MatchCandidate chosen = held.candidate(members[best]);
        DuplicateScorer.Score score = scorer.asBestOf(scorer.score(probe, chosen), rivalOdds, rivals);
        return score.band() == DuplicateScorer.Band.different ? null : new Found(chosen.id(), score);
    }

    /**
     * What the check makes of one row of a chunk: its best match among the matcher's persons ({@link #best}), and the
     * earlier row of the same chunk it may be ({@code earlier.personId()} is that row's place in the chunk); either
     * null.
     */
    public record Judgement(Found best, Found earlier) {
        /** Likely the same as a person the matcher holds: documented, or created by an earlier chunk. */
        public boolean likelyHeld() {
            return best != null && best.score().band() == DuplicateScorer.Band.likely_same;
        }

        /** Likely the same as an earlier row of the chunk, and not as anyone held. */
        public boolean likelyEarlier() {
            return !likelyHeld() && earlier != null && earlier.score().band() == DuplicateScorer.Band.likely_same;
        }

        /** The row becomes a new person, to be reviewed with its best or earlier match when it has one. */
        public boolean creates() {
            return !likelyHeld() && !likelyEarlier();
        }
    }

    /**
     * A chunk of a list judged as one, the same way for the import and its dry run: every row looked for among the
     * held persons before any row of the chunk joins them; the rows not likely the same as one of them then against
     * each other in order (a row likely the same as an earlier one is not offered to the rows after it: they find the
     * earlier one); and the rows that create a person joining the matcher under {@code ids}, so later chunks find them.
     */
    List<Judgement> judge(List<MatchCandidate> rows, long[] ids) {
        List<Found> held = rows.stream().map(this::best).toList();
        RecordMatcher chunk = empty();
        List<Judgement> judged = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Found best = held.get(i);
            if (best != null && best.score().band() == DuplicateScorer.Band.likely_same) {
                judged.add(new Judgement(best, null));
                continue;
            }
            MatchCandidate row = rows.get(i).withId(i);
            Judgement judgement = new Judgement(best, chunk.best(row));
            if (!judgement.likelyEarlier()) {
                chunk.add(row);
            }
            judged.add(judgement);
        }
        for (int i = 0; i < rows.size(); i++) {
            if (judged.get(i).creates()) {
                add(rows.get(i).withId(ids[i]));
            }
        }
        return judged;
    }

    /** Others scoring this many bits below the best add under 1/64 each to its rivals' odds: they are left out. */
    private static final double RIVAL_BITS = 6;

    /** A person created during the run, to be found by the rows after it. */
    void add(MatchCandidate candidate) {
        held.add(candidate);
    }
}
