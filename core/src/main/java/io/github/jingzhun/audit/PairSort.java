package io.github.jingzhun.audit;

import java.util.Arrays;

/**
 * Sorts pairs of longs held in two parallel arrays by key, keeping pairs of equal keys in their order: a least
 * significant digit radix sort, a byte of the key at a time, into arrays of the same size. Eight linear passes at
 * most (a pass whose byte is the same in every key moves nothing and is skipped), whatever the keys — no input makes
 * it slow — and stable, which the population audit relies on: it adds the places where persons were seen in input
 * order, so the first of a run of equal ID numbers is where the person was first seen.
 */
final class PairSort {

    private static final int RADIX = 256;

    private PairSort() {}

    /**
     * Sorts the first pairs of two arrays.
     *
     * @param keys the keys, compared as signed longs
     * @param values the values, moved with their keys
     * @param size how many pairs, from the first
     */
    static void sort(long[] keys, long[] values, int size) {
        if (size < 2) {
            return;
        }
        long[] fromKeys = keys;
        long[] fromValues = values;
        long[] toKeys = new long[size];
        long[] toValues = new long[size];
        int[] starts = new int[RADIX + 1];
        for (int shift = 0; shift < Long.SIZE; shift += Byte.SIZE) {
            Arrays.fill(starts, 0);
            for (int i = 0; i < size; i++) {
                starts[digit(fromKeys[i], shift) + 1]++;
            }
            if (starts[digit(fromKeys[0], shift) + 1] == size) {
                continue;
            }
            for (int d = 0; d < RADIX; d++) {
                starts[d + 1] += starts[d];
            }
            for (int i = 0; i < size; i++) {
                int to = starts[digit(fromKeys[i], shift)]++;
                toKeys[to] = fromKeys[i];
                toValues[to] = fromValues[i];
            }
            long[] k = fromKeys;
            fromKeys = toKeys;
            toKeys = k;
            long[] v = fromValues;
            fromValues = toValues;
            toValues = v;
        }
        if (fromKeys != keys) {
            System.arraycopy(fromKeys, 0, keys, 0, size);
            System.arraycopy(fromValues, 0, values, 0, size);
        }
    }

    /** A byte of a key, the sign flipped so that unsigned order of the bytes is the signed order of the keys. */
    private static int digit(long key, int shift) {
        return (int) ((key ^ Long.MIN_VALUE) >>> shift) & (RADIX - 1);
    }
}
