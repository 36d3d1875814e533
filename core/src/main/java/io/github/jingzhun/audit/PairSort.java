package io.github.jingzhun.audit;

/**
 * Sorts pairs of longs held in two parallel arrays by key, then by value, in place: an introsort (quicksort with a
 * median-of-three pivot, insertion sort for short ranges, heapsort when the recursion grows too deep), so that
 * a population's ID numbers sort in O(n log n) time with no memory beyond the arrays themselves.
 */
final class PairSort {

    private static final int INSERTION = 24;

    private PairSort() {}

    /**
     * Sorts a range.
     *
     * @param keys the keys
     * @param values the values, moved with their keys
     * @param from the first index, inclusive
     * @param to the last index, exclusive
     */
    static void sort(long[] keys, long[] values, int from, int to) {
        int depth = 2 * (32 - Integer.numberOfLeadingZeros(Math.max(1, to - from)));
        introsort(keys, values, from, to, depth);
    }

    private static int compare(long k1, long v1, long k2, long v2) {
        int c = Long.compare(k1, k2);
        return c != 0 ? c : Long.compare(v1, v2);
    }

    private static void introsort(long[] k, long[] v, int lo, int hi, int depth) {
        while (hi - lo > INSERTION) {
            if (depth-- == 0) {
                heapsort(k, v, lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            // Median of three: order lo, mid and hi - 1, then take mid's pair as the pivot.
            if (compare(k[mid], v[mid], k[lo], v[lo]) < 0) {
                swap(k, v, mid, lo);
            }
            if (compare(k[hi - 1], v[hi - 1], k[lo], v[lo]) < 0) {
                swap(k, v, hi - 1, lo);
            }
            if (compare(k[hi - 1], v[hi - 1], k[mid], v[mid]) < 0) {
                swap(k, v, hi - 1, mid);
            }
            long pk = k[mid];
            long pv = v[mid];
            // Hoare's partition: [lo, j] holds no pair above the pivot, [j + 1, hi) none below it.
            int i = lo - 1;
            int j = hi;
            while (true) {
                do {
                    i++;
                } while (compare(k[i], v[i], pk, pv) < 0);
                do {
                    j--;
                } while (compare(k[j], v[j], pk, pv) > 0);
                if (i >= j) {
                    break;
                }
                swap(k, v, i, j);
            }
            // Recurse into the smaller part, loop on the larger: the stack stays logarithmic.
            if (j + 1 - lo < hi - j - 1) {
                introsort(k, v, lo, j + 1, depth);
                lo = j + 1;
            } else {
                introsort(k, v, j + 1, hi, depth);
                hi = j + 1;
            }
        }
        insertion(k, v, lo, hi);
    }

    private static void insertion(long[] k, long[] v, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            long key = k[i];
            long value = v[i];
            int j = i - 1;
            while (j >= lo && compare(k[j], v[j], key, value) > 0) {
                k[j + 1] = k[j];
                v[j + 1] = v[j];
                j--;
            }
            k[j + 1] = key;
            v[j + 1] = value;
        }
    }

    private static void heapsort(long[] k, long[] v, int lo, int hi) {
        int n = hi - lo;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(k, v, lo, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swap(k, v, lo, lo + end);
            siftDown(k, v, lo, 0, end);
        }
    }

    private static void siftDown(long[] k, long[] v, int lo, int root, int n) {
        while (true) {
            int child = 2 * root + 1;
            if (child >= n) {
                return;
            }
            if (child + 1 < n && compare(k[lo + child], v[lo + child], k[lo + child + 1], v[lo + child + 1]) < 0) {
                child++;
            }
            if (compare(k[lo + root], v[lo + root], k[lo + child], v[lo + child]) >= 0) {
                return;
            }
            swap(k, v, lo + root, lo + child);
            root = child;
        }
    }

    private static void swap(long[] k, long[] v, int a, int b) {
        long t = k[a];
        k[a] = k[b];
        k[b] = t;
        t = v[a];
        v[a] = v[b];
        v[b] = t;
    }
}
