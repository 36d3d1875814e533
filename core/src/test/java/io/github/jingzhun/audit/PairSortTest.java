package io.github.jingzhun.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Pairs of longs sort by key then value, as a reference sort of the same pairs does, whatever their shape. */
class PairSortTest {

    static IntStream seeds() {
        return IntStream.range(0, 60);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void sortsAsAReferenceSortDoes(int seed) {
        Random r = new Random(seed);
        int n = seed < 10 ? seed : r.nextInt(seed % 3 == 0 ? 5000 : 300);
        long[] keys = new long[n + 4];
        long[] values = new long[n + 4];
        int shape = seed % 6;
        for (int i = 0; i < keys.length; i++) {
            keys[i] = switch (shape) {
                case 0 -> r.nextLong();
                case 1 -> r.nextInt(5);
                case 2 -> i;
                case 3 -> keys.length - i;
                case 4 -> 7;
                default -> i % 2 == 0 ? i : -i;
            };
            values[i] = shape == 4 ? keys.length - i : r.nextInt(3);
        }
        long[][] pairs = new long[n][];
        for (int i = 0; i < n; i++) {
            pairs[i] = new long[] {keys[i + 2], values[i + 2]};
        }
        Arrays.sort(pairs, Comparator.<long[]>comparingLong(p -> p[0]).thenComparingLong(p -> p[1]));
        long[] outsideKeys = {keys[0], keys[1], keys[n + 2], keys[n + 3]};
        PairSort.sort(keys, values, 2, n + 2);
        for (int i = 0; i < n; i++) {
            assertThat(new long[] {keys[i + 2], values[i + 2]}).as("pair %d", i).containsExactly(pairs[i]);
        }
        assertThat(new long[] {keys[0], keys[1], keys[n + 2], keys[n + 3]}).as("outside the range")
                .containsExactly(outsideKeys);
    }
}
