package org.casebook.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The possible-match check for a long run of new persons (an imported list): everyone documented held in memory by
 * the blocking keys the duplicate scan uses, so a probe costs a few map lookups and the scoring of its block, not a
 * search and queries. Persons the run creates join it as they are created, so later rows find them.
 */
public final class RecordMatcher {
    private final List<MatchCandidate> candidates = new ArrayList<>();
    private final Map<Long, List<Integer>> blocks = new HashMap<>();
    private final DuplicateScorer scorer;
    private final Map<Long, String> placeNames;

    RecordMatcher(List<MatchCandidate> everyone, Map<Long, String> placeNames) {
        this(new DuplicateScorer(everyone), placeNames);
        everyone.forEach(this::add);
    }

    private RecordMatcher(DuplicateScorer scorer, Map<Long, String> placeNames) {
        this.scorer = scorer;
        this.placeNames = placeNames;
    }

    /** No one yet, scored as this matcher scores (the same word frequencies): for the rows of one chunk. */
    RecordMatcher empty() {
        return new RecordMatcher(scorer, placeNames);
    }

    /** The places' names by id when the run began, for the candidates' hometowns. */
    Map<Long, String> placeNames() {
        return placeNames;
    }

    /** A possible match: the documented person's id, and the scorer's verdict. */
    public record Found(long personId, DuplicateScorer.Score score) {}

    /** The best-scored person the candidate may be, or null when the blocks hold no one who scores above different. */
    Found best(MatchCandidate probe) {
        int best = -1;
        double bestWeight = 0;
        for (int i : members(probe)) {
            // Weights alone while scanning; the reasons, which cost more than the score, for the best only.
            DuplicateScorer.Score score = scorer.quickScore(probe, candidates.get(i));
            if (score.band() != DuplicateScorer.Band.different && (best < 0 || score.weight() > bestWeight)) {
                best = i;
                bestWeight = score.weight();
            }
        }
        return best < 0 ? null : new Found(candidates.get(best).id(), scorer.score(probe, candidates.get(best)));
    }

    /** A person created during the run, to be found by the rows after it. */
    void add(MatchCandidate candidate) {
        int at = candidates.size();
        candidates.add(candidate);
        for (long key : Blocking.blockKeys(candidate)) {
            blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(at);
            for (long refined : Blocking.refined(key, candidate)) {
                if (refined != 0) {
                    blocks.computeIfAbsent(refined, k -> new ArrayList<>()).add(at);
                }
            }
        }
    }

    /** The members of the probe's blocks, narrowed as the duplicate scan narrows a block too large to mean much. */
    private Set<Integer> members(MatchCandidate probe) {
        Set<Integer> members = new LinkedHashSet<>();
        for (long key : Blocking.usable(
                Blocking.blockKeys(probe),
                probe,
                k -> blocks.getOrDefault(k, List.of()).size())) {
            members.addAll(blocks.getOrDefault(key, List.of()));
        }
        return members;
    }
}
