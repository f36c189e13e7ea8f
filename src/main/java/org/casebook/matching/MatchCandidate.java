package org.casebook.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.casebook.names.NameKeys;

/**
 * What duplicate detection compares of a person: birth years, gender, hometown, the match key of a national ID number;
 * and, worked out once from the keys of every name because every pair the person is in needs them, all name tokens and
 * skeletons, and the written words of each name as written (without the shortened forms -jan, -can and -gul splitting
 * adds) with their skeletons. The names' keys themselves are not kept: an import holds a million of these.
 */
record MatchCandidate(
        long id,
        Integer birthFrom,
        Integer birthTo,
        String gender,
        String hometown,
        String nationalId,
        List<String> tokens,
        List<String> skeletons,
        List<String> primaryTokens,
        List<String> primarySkeletons) {

    public static MatchCandidate of(
            long id, List<NameKeys.Keys> names, Integer birthFrom, Integer birthTo, String gender, String hometown) {
        return of(id, names, birthFrom, birthTo, gender, hometown, null);
    }

    /** {@code nationalId}: the number's match key (a keyed digest), or null; only equality of two keys is used. */
    public static MatchCandidate of(
            long id,
            List<NameKeys.Keys> names,
            Integer birthFrom,
            Integer birthTo,
            String gender,
            String hometown,
            String nationalId) {
        // A name that may also be untoned pinyin is looked up by its second reading too, but only its words as
        // written must each find a counterpart: the reading is how the other record may write the same name.
        List<NameKeys.Keys> readings = new ArrayList<>(names);
        names.stream().map(NameKeys::secondReading).filter(Objects::nonNull).forEach(readings::add);
        List<String> tokens =
                readings.stream().flatMap(n -> n.tokens().stream()).distinct().toList();
        List<String> primary = names.stream()
                .flatMap(n -> NameKeys.words(n.latin()).stream())
                .distinct()
                .toList();
        return new MatchCandidate(
                id,
                birthFrom,
                birthTo,
                gender,
                hometown,
                nationalId,
                tokens,
                readings.stream()
                        .flatMap(n -> n.skeletons().stream())
                        .distinct()
                        .toList(),
                primary,
                primary.stream().map(NameKeys::skeleton).toList());
    }

    /** The same person's keys under another id (a row's place in its chunk, or the id the run gives it). */
    MatchCandidate withId(long other) {
        return new MatchCandidate(
                other,
                birthFrom,
                birthTo,
                gender,
                hometown,
                nationalId,
                tokens,
                skeletons,
                primaryTokens,
                primarySkeletons);
    }
}
