package org.casebook.ledger.proof;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Merkle tree of RFC 9162 (Certificate Transparency 2.0, as RFC 6962): leaf hash = SHA-256(0x00 ‖ entry),
 * node hash = SHA-256(0x01 ‖ left ‖ right), a tree of n leaves split at the largest power of two below n.
 * Proofs are built over any {@link Subtrees} source, so the server can serve them from stored nodes and a
 * bundle verifier from the leaves it holds.
 */
public final class Merkle {
    private Merkle() {}

    /** Hash of the leaves [start, end) of a tree. */
    public interface Subtrees {
        byte[] hash(long start, long end);
    }

    public static byte[] leafHash(byte[] entry) {
        MessageDigest sha = sha256();
        sha.update((byte) 0);
        sha.update(entry);
        return sha.digest();
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest sha = sha256();
        sha.update((byte) 1);
        sha.update(left);
        sha.update(right);
        return sha.digest();
    }

    public static byte[] emptyRoot() {
        return sha256().digest();
    }

    /** The largest power of two strictly below n (n ≥ 2). */
    public static long split(long n) {
        return Long.highestOneBit(n - 1);
    }

    /** Subtree hashes computed from leaf hashes held in memory. */
    public static Subtrees over(List<byte[]> leafHashes) {
        return new Subtrees() {
            @Override
            public byte[] hash(long start, long end) {
                if (end - start == 1) {
                    return leafHashes.get((int) start);
                }
                long k = split(end - start);
                return nodeHash(hash(start, start + k), hash(start + k, end));
            }
        };
    }

    public static byte[] root(Subtrees tree, long size) {
        return size == 0 ? emptyRoot() : tree.hash(0, size);
    }

    /** RFC 9162 2.1.3.1: the audit path of leaf {@code index} in the tree of {@code size} leaves, leaf-adjacent first. */
    public static List<byte[]> inclusionProof(Subtrees tree, long index, long size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of size " + size);
        }
        List<byte[]> proof = new ArrayList<>();
        path(tree, index, 0, size, proof);
        return proof;
    }

    private static void path(Subtrees tree, long m, long start, long end, List<byte[]> out) {
        long n = end - start;
        if (n == 1) {
            return;
        }
        long k = split(n);
        if (m < k) {
            path(tree, m, start, start + k, out);
            out.add(tree.hash(start + k, end));
        } else {
            path(tree, m - k, start + k, end, out);
            out.add(tree.hash(start, start + k));
        }
    }

    /** RFC 9162 2.1.4.1: the proof that the tree of {@code size1} leaves is a prefix of the tree of {@code size2}. */
    public static List<byte[]> consistencyProof(Subtrees tree, long size1, long size2) {
        if (size1 < 1 || size1 > size2) {
            throw new IllegalArgumentException("no consistency proof from size " + size1 + " to " + size2);
        }
        List<byte[]> proof = new ArrayList<>();
        subproof(tree, size1, 0, size2, true, proof);
        return proof;
    }

    private static void subproof(Subtrees tree, long m, long start, long end, boolean complete, List<byte[]> out) {
        long n = end - start;
        if (m == n) {
            if (!complete) {
                out.add(tree.hash(start, end));
            }
            return;
        }
        long k = split(n);
        if (m <= k) {
            subproof(tree, m, start, start + k, complete, out);
            out.add(tree.hash(start + k, end));
        } else {
            subproof(tree, m - k, start + k, end, false, out);
            out.add(tree.hash(start, start + k));
        }
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
