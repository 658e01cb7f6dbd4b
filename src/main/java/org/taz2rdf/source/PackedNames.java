package org.taz2rdf.source;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * File names packed as UTF-8 into one growing array, so that listing a folder of a million articles takes some
 * 20 MB of heap rather than a path object per file. {@link #sorted()} orders them as {@code Path.compareTo}
 * orders paths on Unix: by their bytes, unsigned.
 */
final class PackedNames {

    private byte[] bytes = new byte[4096];
    private int[] ends = new int[256];
    private int count;

    void add(String name) {
        byte[] encoded = name.getBytes(StandardCharsets.UTF_8);
        int start = start(count);
        if (start + encoded.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, start + encoded.length));
        }
        if (count == ends.length) {
            ends = Arrays.copyOf(ends, ends.length * 2);
        }
        System.arraycopy(encoded, 0, bytes, start, encoded.length);
        ends[count++] = start + encoded.length;
    }

    int size() {
        return count;
    }

    String get(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException(index);
        }
        int start = start(index);
        return new String(bytes, start, ends[index] - start, StandardCharsets.UTF_8);
    }

    /** The same names in byte order, packed into arrays of exactly their size. */
    PackedNames sorted() {
        int[] order = new int[count];
        Arrays.setAll(order, i -> i);
        mergeSort(order, new int[count], 0, count);
        PackedNames sorted = new PackedNames();
        sorted.bytes = new byte[start(count)];
        sorted.ends = new int[Math.max(count, 1)];
        int at = 0;
        for (int i = 0; i < count; i++) {
            int index = order[i];
            int start = start(index);
            int size = ends[index] - start;
            System.arraycopy(bytes, start, sorted.bytes, at, size);
            at += size;
            sorted.ends[i] = at;
        }
        sorted.count = count;
        return sorted;
    }

    private int start(int index) {
        return index == 0 ? 0 : ends[index - 1];
    }

    /** Sorts {@code order[from, to)} by the names the indices point at; stable. */
    private void mergeSort(int[] order, int[] scratch, int from, int to) {
        if (to - from < 2) {
            return;
        }
        int middle = (from + to) >>> 1;
        mergeSort(order, scratch, from, middle);
        mergeSort(order, scratch, middle, to);
        System.arraycopy(order, from, scratch, from, to - from);
        int left = from;
        int right = middle;
        for (int i = from; i < to; i++) {
            boolean takeLeft = right >= to || (left < middle && compare(scratch[left], scratch[right]) <= 0);
            order[i] = takeLeft ? scratch[left++] : scratch[right++];
        }
    }

    private int compare(int a, int b) {
        int aStart = start(a);
        int bStart = start(b);
        return Arrays.compareUnsigned(bytes, aStart, ends[a], bytes, bStart, ends[b]);
    }
}
