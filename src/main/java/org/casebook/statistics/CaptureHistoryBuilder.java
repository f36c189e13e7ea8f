package org.casebook.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.claim.ClaimTallies;
import org.casebook.estimation.CaptureHistories;
import org.casebook.estimation.Estimate;
import org.casebook.estimation.EstimationRefused;
import org.casebook.person.PersonTallies;
import org.casebook.source.SourceTallies;
import org.springframework.stereotype.Component;

/**
 * Capture histories from the record: for each deduplicated person (merged records count as the person they were
 * merged into), the lists whose sources hold a claim about them, and how many persons share each pattern.
 */
@Component
public class CaptureHistoryBuilder {
    /** The table, with what a reader must know about how it was made. */
    public record Built(CaptureHistories table, List<Integer> sourcesPerList, List<Estimate.Note> warnings) {}

    private final SourceTallies sources;
    private final ClaimTallies claims;
    private final PersonTallies persons;

    CaptureHistoryBuilder(SourceTallies sources, ClaimTallies claims, PersonTallies persons) {
        this.sources = sources;
        this.claims = claims;
        this.persons = persons;
    }

    public Built build(List<ListDefinition> lists, boolean publishedOnly) {
        if (lists.size() < CaptureHistories.MIN_LISTS || lists.size() > CaptureHistories.MAX_LISTS) {
            throw EstimationRefused.malformed("listsGiven", "count", String.valueOf(lists.size()));
        }
        Map<Long, Integer> listsOfSource = new HashMap<>();
        int[] sourceCounts = new int[lists.size()];
        List<Estimate.Note> warnings = new ArrayList<>();
        for (SourceTallies.SourceTally source : sources.sources(publishedOnly)) {
            for (int i = 0; i < lists.size(); i++) {
                if (lists.get(i).matches(source)) {
                    if (listsOfSource.merge(source.id(), 1 << i, (a, b) -> a | b) != 1 << i) {
                        warnings.add(Estimate.Note.of("sharedSource", "source", String.valueOf(source.id())));
                    }
                    sourceCounts[i]++;
                }
            }
        }
        Map<Long, Integer> rawPatterns = new HashMap<>();
        for (ClaimTallies.ClaimTally claim : claims.personClaims(publishedOnly)) {
            Integer lists1 = listsOfSource.get(claim.sourceId());
            if (lists1 != null) {
                rawPatterns.merge(claim.personId(), lists1, (a, b) -> a | b);
            }
        }
        Map<Long, Long> counted = persons.countedAs(rawPatterns.keySet());
        Set<Long> allowed = new HashSet<>();
        if (publishedOnly) {
            persons.persons(true).forEach(p -> allowed.add(p.id()));
        }
        Map<Long, Integer> patterns = new HashMap<>();
        rawPatterns.forEach((record, pattern) -> {
            Long person = counted.get(record);
            if (person != null && (!publishedOnly || allowed.contains(person))) {
                patterns.merge(person, pattern, (a, b) -> a | b);
            }
        });
        long[] counts = new long[1 << lists.size()];
        patterns.values().forEach(pattern -> counts[pattern]++);
        List<String> names = lists.stream().map(ListDefinition::name).toList();
        List<Integer> perList = new ArrayList<>();
        for (int count : sourceCounts) {
            perList.add(count);
        }
        return new Built(
                new CaptureHistories(names, counts),
                perList,
                warnings.stream().distinct().toList());
    }
}
