package org.casebook.footage;

import java.util.ArrayList;
import java.util.List;

/**
 * Is this the same footage? Two copies' frames, aligned by their perceptual hashes (an edit distance where a frame
 * matches, differs, or has no counterpart), give runs of matching frames, frames missing from the second copy (a
 * cut), frames only in the second (an insertion) and frames that differ (an alteration, or heavy re-encoding).
 */
public final class FootageComparison {
    public static final int MAX_FRAMES = 5_000;
    /** Re-encoding the same frame moves a few bits; a different picture about half of 64. */
    static final int SAME = 10;

    private static final int GAP = 16;
    private static final int CHANGED = 24;

    public enum Kind {
        same,
        missing,
        inserted,
        changed
    }

    /** A run of frames: indexes into the first copy ({@code a…}) and the second ({@code b…}), ends exclusive. */
    public record Segment(Kind kind, int aFrom, int aTo, int bFrom, int bTo, double aSeconds, double bSeconds) {
        public int frames() {
            return Math.max(aTo - aFrom, bTo - bFrom);
        }
    }

    private FootageComparison() {}

    public static List<Segment> compare(Footage a, Footage b) throws FootageUnreadable {
        int n = a.frames().size();
        int m = b.frames().size();
        if (n > MAX_FRAMES || m > MAX_FRAMES) {
            throw new FootageUnreadable("Comparison reads at most " + MAX_FRAMES + " frames of each copy.");
        }
        byte[] step = new byte[(n + 1) * (m + 1)];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 1; j <= m; j++) {
            previous[j] = j * GAP;
            step[j] = 2;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i * GAP;
            step[i * (m + 1)] = 1;
            long ha = a.frames().get(i - 1).hash();
            for (int j = 1; j <= m; j++) {
                int d = PerceptualHash.distance(ha, b.frames().get(j - 1).hash());
                int diagonal = previous[j - 1] + (d <= SAME ? d : CHANGED);
                int up = previous[j] + GAP;
                int left = current[j - 1] + GAP;
                int best = Math.min(diagonal, Math.min(up, left));
                current[j] = best;
                step[i * (m + 1) + j] = (byte) (best == diagonal ? 0 : best == up ? 1 : 2);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        List<Kind> kinds = new ArrayList<>();
        List<int[]> positions = new ArrayList<>();
        for (int i = n, j = m; i > 0 || j > 0; ) {
            byte s = step[i * (m + 1) + j];
            if (i > 0 && j > 0 && s == 0) {
                int d = PerceptualHash.distance(
                        a.frames().get(i - 1).hash(), b.frames().get(j - 1).hash());
                kinds.add(d <= SAME ? Kind.same : Kind.changed);
                positions.add(new int[] {--i, --j});
            } else if (i > 0 && (j == 0 || s == 1)) {
                kinds.add(Kind.missing);
                positions.add(new int[] {--i, j});
            } else {
                kinds.add(Kind.inserted);
                positions.add(new int[] {i, --j});
            }
        }
        return runs(a, b, kinds.reversed(), positions.reversed());
    }

    private static List<Segment> runs(Footage a, Footage b, List<Kind> kinds, List<int[]> positions) {
        List<Segment> segments = new ArrayList<>();
        int start = 0;
        for (int k = 1; k <= kinds.size(); k++) {
            if (k == kinds.size() || kinds.get(k) != kinds.get(start)) {
                Kind kind = kinds.get(start);
                int[] first = positions.get(start);
                int[] last = positions.get(k - 1);
                int aTo = kind == Kind.inserted ? first[0] : last[0] + 1;
                int bTo = kind == Kind.missing ? first[1] : last[1] + 1;
                segments.add(
                        new Segment(kind, first[0], aTo, first[1], bTo, seconds(a, first[0]), seconds(b, first[1])));
                start = k;
            }
        }
        return segments;
    }

    private static double seconds(Footage footage, int index) {
        List<Footage.Frame> frames = footage.frames();
        return frames.isEmpty()
                ? 0
                : frames.get(Math.min(index, frames.size() - 1)).seconds();
    }
}
