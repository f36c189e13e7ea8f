package org.casebook.estimation;

import java.util.ArrayList;
import java.util.List;

/**
 * A hierarchical Poisson log-linear model over K lists: the intercept and every list's main effect always, and the
 * two-list interactions whose bits are set in {@code pairs}. Pairs are numbered (0,1), (0,2), …, (1,2), … .
 */
public record LogLinearModel(int lists, long pairs) {
    public LogLinearModel {
        if (lists < 2 || lists > CaptureHistories.MAX_LISTS || pairs < 0 || pairs >= 1L << pairCount(lists)) {
            throw new IllegalArgumentException("no such model");
        }
    }

    public static LogLinearModel mainEffects(int lists) {
        return new LogLinearModel(lists, 0);
    }

    public static int pairCount(int lists) {
        return lists * (lists - 1) / 2;
    }

    /** The two lists of pair {@code index}. */
    public static int[] pair(int lists, int index) {
        int n = 0;
        for (int a = 0; a < lists; a++) {
            for (int b = a + 1; b < lists; b++) {
                if (n++ == index) {
                    return new int[] {a, b};
                }
            }
        }
        throw new IllegalArgumentException("no pair " + index);
    }

    public boolean has(int pair) {
        return (pairs & (1L << pair)) != 0;
    }

    public int interactions() {
        return Long.bitCount(pairs);
    }

    /** Parameters the criterion counts: intercept, main effects and every interaction, finite or not. */
    public int parameters() {
        return 1 + lists + interactions();
    }

    /** The interaction terms as {@code A:B}, in pair order; empty for the main-effects model. */
    public List<String> terms(List<String> names) {
        List<String> terms = new ArrayList<>();
        for (int p = 0; p < pairCount(lists); p++) {
            if (has(p)) {
                int[] ab = pair(lists, p);
                terms.add(names.get(ab[0]) + ":" + names.get(ab[1]));
            }
        }
        return terms;
    }
}
