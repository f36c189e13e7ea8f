package org.casebook.matching;

import java.util.List;

/** What duplicate detection compares of a person: the keys of every name, birth years, gender, hometown. */
public record MatchCandidate(long id, List<NameKeys.Keys> names, Integer birthFrom, Integer birthTo, String gender,
                             String hometown) {

    public List<String> tokens() {
        return names.stream().flatMap(n -> n.tokens().stream()).distinct().toList();
    }

    public List<String> skeletons() {
        return names.stream().flatMap(n -> n.skeletons().stream()).distinct().toList();
    }
}
