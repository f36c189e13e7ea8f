package org.casebook.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Not a test: the possible-match check of an import on its own, as issue 18 asks it to be measured: 100,000 rows
 * checked against 1,000,000 documented persons. The generated population (seed 20190213, every name form of the
 * evaluation) is split: the first M records are the documented persons, held in a {@link RecordMatcher} as an import
 * holds them; the next N are the rows of the list, each checked by {@code RecordMatcher.best} as an import's chunk checks it,
 * and joining the matcher when no one matches, as a created row does. No database: reading everyone from PostgreSQL
 * is timed by the import benchmark, not here.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.casebook.matching.ImportCheckBenchmark \
 *     -Dexec.args="1000000 100000"
 * </pre>
 */
public final class ImportCheckBenchmark {
    private ImportCheckBenchmark() {}

    public static void main(String[] args) {
        int documented = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        long start = System.nanoTime();
        List<SyntheticPopulation.Record> records = new SyntheticPopulation(20190213L).generate(documented + rows);
        // Only what an import holds is kept: the documented persons' candidates (and, for scoring the answers, each
        // record's true person); the generated records themselves are let go.
        List<SyntheticPopulation.Record> list = new ArrayList<>(records.subList(documented, documented + rows));
        int[] groupOf = new int[documented + rows];
        records.forEach(r -> groupOf[r.index()] = r.group());
        List<MatchCandidate> everyone = new ArrayList<>(documented);
        for (SyntheticPopulation.Record r : records.subList(0, documented)) {
            everyone.add(MatchingEvaluation.candidate(r));
        }
        records = null;
        double keyed = seconds(start);
        long built = System.nanoTime();
        RecordMatcher matcher = new RecordMatcher(everyone, Map.of());
        everyone = null;
        double matcherSeconds = seconds(built);
        System.gc();
        long heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
        System.out.printf(
                "%,d documented, %,d rows: generated and keyed in %.1f s; matcher built in %.1f s (heap in use %d MiB,"
                        + " max %d MiB)%n",
                documented,
                rows,
                keyed,
                matcherSeconds,
                heap,
                Runtime.getRuntime().maxMemory() >> 20);

        Set<Integer> documentedGroups = new HashSet<>();
        for (int i = 0; i < documented; i++) {
            documentedGroups.add(groupOf[i]);
        }
        long checked = System.nanoTime();
        int found = 0;
        int right = 0;
        int hadDocumented = 0;
        int likely = 0;
        int likelyRight = 0;
        // Possible matches by weight, two bits a step: how many were the right person and how many were not.
        Map<Integer, int[]> byWeight = new TreeMap<>();
        for (SyntheticPopulation.Record r : list) {
            MatchCandidate probe = MatchingEvaluation.candidate(r);
            RecordMatcher.Found best = matcher.best(probe);
            hadDocumented += documentedGroups.contains(r.group()) ? 1 : 0;
            if ((r.index() - documented) % 10_000 == 9_999) {
                System.out.printf("  %,d rows checked in %.1f s%n", r.index() - documented + 1, seconds(checked));
            }
            if (best != null) {
                found++;
                boolean same = groupOf[(int) best.personId()] == r.group();
                right += same ? 1 : 0;
                byWeight.computeIfAbsent((int) Math.floor(best.score().weight() / 2) * 2, w -> new int[2])[
                        same ? 0 : 1]++;
                if (best.score().band() == DuplicateScorer.Band.likely_same) {
                    likely++;
                    likelyRight += same ? 1 : 0;
                }
            } else {
                matcher.add(probe);
                documentedGroups.add(r.group());
            }
        }
        double checkSeconds = seconds(checked);
        System.out.printf(
                "check of %,d rows: %.1f s (%,.0f rows/s); %,d rows had their person documented before them; a possible"
                        + " match for %,d rows, the right person for %,d; likely the same for %,d, the right person for"
                        + " %,d; needs review for %,d, the right person for %,d%n",
                rows,
                checkSeconds,
                rows / checkSeconds,
                hadDocumented,
                found,
                right,
                likely,
                likelyRight,
                found - likely,
                right - likelyRight);
        printByWeight(byWeight);
    }

    static void printByWeight(Map<Integer, int[]> byWeight) {
        byWeight.forEach(
                (w, n) -> System.out.printf("  weight %d to %d bits: %,d right, %,d not%n", w, w + 2, n[0], n[1]));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
