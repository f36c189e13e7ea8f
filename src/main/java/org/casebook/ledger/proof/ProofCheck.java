package org.casebook.ledger.proof;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks proofs exactly as RFC 9162 sections 2.1.3.2 and 2.1.4.2 describe, trusting nothing but the hashes
 * given. Each check answers with the reason it failed, so a person can tell a wrong index from a wrong root.
 */
public final class ProofCheck {
    private ProofCheck() {}

    public record Result(boolean holds, String reason) {
        static Result ok(String reason) {
            return new Result(true, reason);
        }

        static Result fail(String reason) {
            return new Result(false, reason);
        }
    }

    public static Result inclusion(byte[] leafHash, long index, long size, byte[] root, List<byte[]> proof) {
        if (index < 0 || size < 1 || index >= size) {
            return Result.fail("leaf index " + index + " is outside a tree of size " + size);
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return Result.fail("the proof is too long for leaf " + index + " in a tree of size " + size);
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = Merkle.nodeHash(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = Merkle.nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            return Result.fail("the proof is too short for leaf " + index + " in a tree of size " + size);
        }
        if (!Arrays.equals(r, root)) {
            return Result.fail("the proof leads to root " + Hex.of(r) + ", not the given root");
        }
        return Result.ok("leaf " + index + " is included in the tree of size " + size);
    }

    public static Result consistency(long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof) {
        if (size1 < 1 || size2 < size1) {
            return Result.fail("no consistency proof exists from size " + size1 + " to size " + size2);
        }
        if (size1 == size2) {
            if (!proof.isEmpty()) {
                return Result.fail("the proof between equal sizes must be empty");
            }
            return Arrays.equals(root1, root2)
                    ? Result.ok("equal trees")
                    : Result.fail("trees of equal size have different roots");
        }
        if (proof.isEmpty()) {
            return Result.fail("the proof is empty");
        }
        List<byte[]> path = proof;
        if (Long.bitCount(size1) == 1) {
            path = new ArrayList<>(proof);
            path.addFirst(root1);
        }
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.getFirst();
        byte[] sr = path.getFirst();
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return Result.fail("the proof is too long from size " + size1 + " to size " + size2);
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = Merkle.nodeHash(c, fr);
                sr = Merkle.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = Merkle.nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            return Result.fail("the proof is too short from size " + size1 + " to size " + size2);
        }
        if (!Arrays.equals(fr, root1)) {
            return Result.fail("the proof does not lead to the first root");
        }
        if (!Arrays.equals(sr, root2)) {
            return Result.fail("the proof does not lead to the second root");
        }
        return Result.ok("the tree of size " + size1 + " is a prefix of the tree of size " + size2);
    }
}
