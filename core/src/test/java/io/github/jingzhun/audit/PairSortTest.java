package io.github.jingzhun.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Pairs of longs sort by key, equal keys in their order, as a stable reference sort of the same pairs does. */
class PairSortTest {

    static IntStream seeds() {
        return IntStream.range(0, 60);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void sortsAsAStableReferenceSortDoes(int seed) {
        Random r = new Random(seed);
        int n = seed < 10 ? seed : r.nextInt(seed % 3 == 0 ? 5000 : 300);
        long[] keys = new long[n + 3];
        long[] values = new long[n + 3];
        int shape = seed % 7;
        for (int i = 0; i < keys.length; i++) {
            keys[i] = switch (shape) {
                case 0 -> r.nextLong();
                case 1 -> r.nextInt(5) - 2;
                case 2 -> i;
                case 3 -> keys.length - i;
                case 4 -> 7;
                case 5 -> (long) r.nextInt(3) << (8 * r.nextInt(8));
                default -> i % 2 == 0 ? Long.MIN_VALUE + i : Long.MAX_VALUE - i;
            };
            values[i] = i;
        }
        long[][] pairs = new long[n][];
        for (int i = 0; i < n; i++) {
            pairs[i] = new long[] {keys[i], values[i]};
        }
        Arrays.sort(pairs, Comparator.comparingLong(p -> p[0]));
        long[] beyond = {keys[n], keys[n + 1], keys[n + 2]};
        PairSort.sort(keys, values, n);
        for (int i = 0; i < n; i++) {
            assertThat(new long[] {keys[i], values[i]}).as("pair %d", i).containsExactly(pairs[i]);
        }
        assertThat(new long[] {keys[n], keys[n + 1], keys[n + 2]}).as("beyond the size").containsExactly(beyond);
    }

    @Test
    void keysAreSignedAndEveryByteCounts() {
        long[] keys = {0, -1, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 56, 1L << 8, 1, 255, 256, -256};
        long[] values = new long[keys.length];
        long[] expected = keys.clone();
        Arrays.sort(expected);
        PairSort.sort(keys, values, keys.length);
        assertThat(keys).containsExactly(expected);
    }
}
