package io.github.jingzhun.audit;

import java.util.Arrays;

/**
 * Sorts pairs of longs held in two parallel arrays by key, keeping pairs of equal keys in their order: a least
 * significant digit radix sort, a byte of the key at a time, into arrays of the same size. One reading of the keys
 * counts every byte, then eight linear passes at most move the pairs (a pass whose byte is the same in every key
 * moves nothing and is skipped), whatever the keys — no input makes
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
        // Every byte's counts in one reading of the keys, rather than one reading a pass.
        int bytes = Long.BYTES;
        int[][] starts = new int[bytes][RADIX + 1];
        for (int i = 0; i < size; i++) {
            long key = keys[i] ^ Long.MIN_VALUE;
            for (int b = 0; b < bytes; b++) {
                starts[b][(int) (key >>> (b * Byte.SIZE)) & (RADIX - 1)]++;
            }
        }
        long[] fromKeys = keys;
        long[] fromValues = values;
        long[] toKeys = null;
        long[] toValues = null;
        for (int b = 0; b < bytes; b++) {
            int shift = b * Byte.SIZE;
            int[] start = starts[b];
            if (start[digit(fromKeys[0], shift)] == size) {
                continue;
            }
            // Counts to starts, in place: start[d] becomes where the first key of digit d goes.
            int sum = 0;
            for (int d = 0; d < RADIX; d++) {
                int count = start[d];
                start[d] = sum;
                sum += count;
            }
            if (toKeys == null) {
                toKeys = new long[size];
                toValues = new long[size];
            }
            for (int i = 0; i < size; i++) {
                int to = start[digit(fromKeys[i], shift)]++;
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
