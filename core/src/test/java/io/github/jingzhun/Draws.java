package io.github.jingzhun;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

/**
 * Random values for the seeded property tests ({@code @ParameterizedTest @MethodSource("seeds") void p(long seed)}).
 *
 * <p>A number is drawn from a range with the range's edge cases mixed in: one draw in eight is an edge case
 * ({@link Range#edges()}), three in eight lie near zero (or the end of the range nearest zero) at any order of
 * magnitude, and the rest are uniform over the range. {@link #numbers} goes further for properties of a few numbers:
 * their first seeds take every combination of edge cases in turn, so that no edge case is left to chance.
 */
public final class Draws {

    private Draws() {}

    /**
     * The random source of a property's seed. Use it rather than {@code new Random(seed)}: the first values of
     * {@code new Random(0)}, {@code new Random(1)}, ... hardly differ (the first {@code nextBoolean()} is true for
     * every seed below 1000, the first {@code nextInt(4)} is 2 or 3), so the seed is scrambled first, with SplitMix64's
     * finaliser.
     */
    public static Random random(long seed) {
        long z = seed + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new Random(z ^ (z >>> 31));
    }

    /** A range {@code [min, max]} of a drawn number, {@code min < max}. */
    public record Range(long min, long max) {

        public Range {
            if (min >= max) {
                throw new IllegalArgumentException("empty or single-valued range [" + min + ", " + max + "]");
            }
        }

        /** The edge cases: both ends, the values next to them, and -2 to 2 where inside; sorted, distinct. */
        public long[] edges() {
            return LongStream.of(min, min + 1, -2, -1, 0, 1, 2, max - 1, max)
                    .filter(v -> v >= min && v <= max).distinct().sorted().toArray();
        }

        /** How many values the range holds, or {@link Long#MAX_VALUE} when that does not fit. */
        long size() {
            long width = max - min;
            return width < 0 || width == Long.MAX_VALUE ? Long.MAX_VALUE : width + 1;
        }
    }

    /** A long in {@code [min, max]}: an edge case, a value near zero, or a uniform one. */
    public static long longBetween(Random random, long min, long max) {
        Range range = new Range(min, max);
        int mode = random.nextInt(8);
        if (mode == 0) {
            long[] edges = range.edges();
            return edges[random.nextInt(edges.length)];
        }
        if (mode <= 3) {
            long target = Math.max(min, Math.min(max, 0));
            long width = max - min;
            int bits = width < 0 ? 63 : 64 - Long.numberOfLeadingZeros(width);
            int length = random.nextInt(bits + 1);
            long size = length == 0 ? 0 : random.nextLong() >>> (64 - length);
            boolean up = target == min || (target != max && random.nextBoolean());
            long value = up ? target + size : target - size;
            boolean overflowed = up ? value < target : value > target;
            if (!overflowed && value >= min && value <= max) {
                return value;
            }
        }
        return uniformLong(random, range);
    }

    /** An int in {@code [min, max]}: an edge case, a value near zero, or a uniform one. */
    public static int intBetween(Random random, int min, int max) {
        return (int) longBetween(random, min, max);
    }

    /** An int in {@code [min, max]}: one draw in eight an edge case, the others uniform over the range. */
    public static int uniformIntBetween(Random random, int min, int max) {
        Range range = new Range(min, max);
        if (random.nextInt(8) == 0) {
            long[] edges = range.edges();
            return (int) edges[random.nextInt(edges.length)];
        }
        return (int) uniformLong(random, range);
    }

    private static long uniformLong(Random random, Range range) {
        if (range.size() == Long.MAX_VALUE) {
            long value;
            do {
                value = random.nextLong();
            } while (value < range.min() || value > range.max());
            return value;
        }
        return range.min() + random.nextLong(range.size());
    }

    /** One of the values, each as likely. */
    public static <T> T oneOf(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** One of the constants of an enum, each as likely. */
    public static <E extends Enum<E>> E oneOf(Random random, Class<E> type) {
        E[] constants = type.getEnumConstants();
        return constants[random.nextInt(constants.length)];
    }

    /**
     * A string of {@code minLength} to {@code maxLength} characters from {@code first} to {@code last}; the length and
     * each character have their edge cases mixed in, as numbers do.
     */
    public static String string(Random random, char first, char last, int minLength, int maxLength) {
        int length = minLength == maxLength ? minLength : uniformIntBetween(random, minLength, maxLength);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) uniformIntBetween(random, first, last));
        }
        return text.toString();
    }

    /**
     * Numbers for a property's seed, one from each range. The first seeds take each combination of the ranges' edge
     * cases in turn, the last range varying fastest; later seeds draw each number with {@link #longBetween}.
     */
    public static long[] numbers(long seed, Range... ranges) {
        long[][] edges = new long[ranges.length][];
        long combinations = 1;
        for (int i = 0; i < ranges.length; i++) {
            edges[i] = ranges[i].edges();
            combinations = Math.multiplyExact(combinations, edges[i].length);
        }
        long[] values = new long[ranges.length];
        if (seed >= 0 && seed < combinations) {
            long rest = seed;
            for (int i = ranges.length - 1; i >= 0; i--) {
                values[i] = edges[i][(int) (rest % edges[i].length)];
                rest /= edges[i].length;
            }
            return values;
        }
        Random random = random(seed);
        for (int i = 0; i < ranges.length; i++) {
            values[i] = longBetween(random, ranges[i].min(), ranges[i].max());
        }
        return values;
    }
}
