package org.casebook.matching;

import java.util.Arrays;

/**
 * Blocks by key: an open-addressing table of keys to block numbers, and each block a chain of entries (first, next,
 * last) in int arrays, in the order its members joined.
 */
final class BlockChains {
    private long[] keys = new long[1024];
    /** Block number + 1 at each slot of the table; 0 for a free slot. */
    private int[] slots = new int[1024];

    private int count;
    private int[] first = new int[256];
    private int[] last = new int[256];
    private int[] sizes = new int[256];

    private int entries;
    private int[] members = new int[1024];
    private int[] nexts = new int[1024];

    void add(long key, int member) {
        int slot = slot(key);
        int block = slots[slot] - 1;
        if (block < 0) {
            block = count++;
            if (block == first.length) {
                first = Arrays.copyOf(first, block * 2);
                last = Arrays.copyOf(last, block * 2);
                sizes = Arrays.copyOf(sizes, block * 2);
            }
            keys[slot] = key;
            slots[slot] = block + 1;
            first[block] = -1;
            if (count * 2 > slots.length) {
                grow();
            }
        }
        int e = entries++;
        if (e == members.length) {
            members = Arrays.copyOf(members, e * 2);
            nexts = Arrays.copyOf(nexts, e * 2);
        }
        members[e] = member;
        nexts[e] = -1;
        if (first[block] < 0) {
            first[block] = e;
        } else {
            nexts[last[block]] = e;
        }
        last[block] = e;
        sizes[block]++;
    }

    int size(long key) {
        int block = slots[slot(key)] - 1;
        return block < 0 ? 0 : sizes[block];
    }

    /** The first entry of the key's block; -1 when no one has the key. */
    int first(long key) {
        int block = slots[slot(key)] - 1;
        return block < 0 ? -1 : first[block];
    }

    int next(int entry) {
        return nexts[entry];
    }

    int member(int entry) {
        return members[entry];
    }

    /** The key's slot, or the free slot where it would go. */
    private int slot(long key) {
        int mask = slots.length - 1;
        int slot = (int) (key ^ (key >>> 32)) * 0x9E3779B9 & mask;
        while (slots[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new long[oldKeys.length * 2];
        slots = new int[oldSlots.length * 2];
        for (int i = 0; i < oldSlots.length; i++) {
            if (oldSlots[i] != 0) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                slots[slot] = oldSlots[i];
            }
        }
    }
}
