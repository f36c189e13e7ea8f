package org.casebook.ledger.proof;

import java.util.ArrayList;
import java.util.List;

/**
 * The right edge of a growing tree: one hash per perfect subtree that the size decomposes into (a size of 13 is
 * 8 + 4 + 1). Appending a leaf and reading the root cost O(log n), so neither the sequencer nor a verifier
 * walking a million leaves ever rehashes the whole tree.
 */
public final class CompactRange {
    private final List<byte[]> peaks = new ArrayList<>();
    private long size;

    public long size() {
        return size;
    }

    /**
     * Appends a leaf hash; {@code completed} receives each perfect subtree this append completes, as
     * (level, index-at-level, hash), for callers that store them.
     */
    public void append(byte[] leafHash, NodeSink completed) {
        byte[] hash = leafHash;
        long index = size;
        int level = 0;
        while ((index & 1) == 1) {
            hash = Merkle.nodeHash(peaks.removeLast(), hash);
            index >>= 1;
            level++;
            if (completed != null) {
                completed.node(level, index, hash);
            }
        }
        peaks.add(hash);
        size++;
    }

    public void append(byte[] leafHash) {
        append(leafHash, null);
    }

    /** Restores the range for a tree of {@code size} leaves from its perfect subtrees, largest first. */
    public static CompactRange of(long size, List<byte[]> peaksLargestFirst) {
        if (Long.bitCount(size) != peaksLargestFirst.size()) {
            throw new IllegalArgumentException("a tree of " + size + " leaves has " + Long.bitCount(size) + " peaks");
        }
        CompactRange range = new CompactRange();
        range.peaks.addAll(peaksLargestFirst);
        range.size = size;
        return range;
    }

    public byte[] root() {
        if (peaks.isEmpty()) {
            return Merkle.emptyRoot();
        }
        byte[] root = peaks.getLast();
        for (int i = peaks.size() - 2; i >= 0; i--) {
            root = Merkle.nodeHash(peaks.get(i), root);
        }
        return root;
    }

    public interface NodeSink {
        void node(int level, long index, byte[] hash);
    }
}
