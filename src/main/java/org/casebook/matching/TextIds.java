package org.casebook.matching;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Texts numbered 0, 1, 2… in the order they were first given, held as UTF-8 bytes in one array: for a run's million
 * distinct texts (national ID numbers' match keys, the keys that find a list's earlier rows) without a million
 * strings and map entries for the garbage collector to trace again and again while the run lasts.
 *
 * <p>Not safe for several threads.
 */
public final class TextIds {
    private byte[] bytes = new byte[1024];
    private int used;
    /** Where each text's bytes begin; the next one's beginning (or {@link #used}) is where they end. */
    private int[] starts = new int[64];

    private int[] hashes = new int[64];
    private int count;
    /** Open addressing: a text's number + 1 at its slot; 0 for a free slot. */
    private int[] slots = new int[128];

    /** The text's number, numbering it if it is new. */
    public int id(String text) {
        byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
        int hash = text.hashCode();
        int slot = slot(encoded, hash);
        if (slots[slot] != 0) {
            return slots[slot] - 1;
        }
        int id = count++;
        if (id + 1 >= starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
            hashes = Arrays.copyOf(hashes, hashes.length * 2);
        }
        if (used + encoded.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + encoded.length));
        }
        System.arraycopy(encoded, 0, bytes, used, encoded.length);
        starts[id] = used;
        used += encoded.length;
        starts[id + 1] = used;
        hashes[id] = hash;
        slots[slot] = id + 1;
        if (count * 2 > slots.length) {
            grow();
        }
        return id;
    }

    /** The text's number; -1 if it was never given. */
    public int find(String text) {
        int slot = slot(text.getBytes(StandardCharsets.UTF_8), text.hashCode());
        return slots[slot] - 1;
    }

    public String text(int id) {
        if (id < 0 || id >= count) {
            throw new IndexOutOfBoundsException(id);
        }
        return new String(bytes, starts[id], starts[id + 1] - starts[id], StandardCharsets.UTF_8);
    }

    public int size() {
        return count;
    }

    private int slot(byte[] encoded, int hash) {
        int mask = slots.length - 1;
        int slot = mix(hash) & mask;
        while (slots[slot] != 0 && !same(slots[slot] - 1, encoded, hash)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private boolean same(int id, byte[] encoded, int hash) {
        return hashes[id] == hash && Arrays.equals(bytes, starts[id], starts[id + 1], encoded, 0, encoded.length);
    }

    private static int mix(int hash) {
        return hash * 0x9E3779B9 ^ hash >>> 16;
    }

    private void grow() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int id = 0; id < count; id++) {
            int slot = mix(hashes[id]) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = id + 1;
        }
    }
}
