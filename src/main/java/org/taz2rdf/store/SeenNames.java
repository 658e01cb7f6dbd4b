package org.taz2rdf.store;

import java.nio.charset.StandardCharsets;

/**
 * Remembers names by a 64-bit hash of each, in an open-addressing table of longs: about 16 bytes a name instead
 * of a String's 100 or so, so that a million article graphs take 16 MB. Two names may share a hash (for a million
 * names, odds of about 1 in 36 million), so {@link #add} can answer "seen" for a new name; callers treat "seen" as
 * "perhaps seen" and stay correct either way.
 */
public final class SeenNames {

    private static final long EMPTY = 0;

    private long[] table = new long[1024];
    private int size;

    /** Adds the name; returns false if it (or a name with the same hash) was added before. */
    public boolean add(String name) {
        long hash = hash(name);
        if ((size + 1) * 2L > table.length) {
            grow();
        }
        if (!insert(table, hash)) {
            return false;
        }
        size++;
        return true;
    }

    public int size() {
        return size;
    }

    private static boolean insert(long[] into, long hash) {
        int mask = into.length - 1;
        int slot = (int) (hash ^ (hash >>> 32)) & mask;
        while (into[slot] != EMPTY) {
            if (into[slot] == hash) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        into[slot] = hash;
        return true;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        for (long hash : old) {
            if (hash != EMPTY) {
                insert(table, hash);
            }
        }
    }

    /** FNV-1a over the UTF-8 bytes, mixed (the finaliser of SplitMix64); never {@link #EMPTY}. */
    static long hash(String name) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        hash = (hash ^ (hash >>> 30)) * 0xbf58476d1ce4e5b9L;
        hash = (hash ^ (hash >>> 27)) * 0x94d049bb133111ebL;
        hash ^= hash >>> 31;
        return hash == EMPTY ? 1 : hash;
    }
}
