package io.github.jingzhun.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@link AuditStorage#inMemory()}: households in lists, pairs in growing arrays sorted in place. */
final class MemoryStorage implements AuditStorage {

    private final List<String> households = new ArrayList<>();
    private final List<@Nullable String> cadres = new ArrayList<>();

    @Override
    public long keep(String household, @Nullable String cadre) {
        households.add(household);
        cadres.add(cadre);
        return households.size() - 1L;
    }

    @Override
    public String household(long reference) {
        return households.get(Math.toIntExact(reference));
    }

    @Override
    public @Nullable String cadre(long reference) {
        return cadres.get(Math.toIntExact(reference));
    }

    @Override
    public Pairs pairs() {
        return new MemoryPairs();
    }

    @Override
    public void close() {
        households.clear();
        cadres.clear();
    }

    /** Pairs in two parallel arrays, doubled as they fill, sorted by a stable radix sort. */
    static final class MemoryPairs implements Pairs {

        private long[] keys = new long[1024];
        private long[] values = new long[1024];
        private int size;
        private int position = -1;
        private boolean sorted;

        @Override
        public void add(long key, long value) {
            if (sorted) {
                throw new IllegalStateException("the pairs were sorted: no more can be added");
            }
            if (size == keys.length) {
                int capacity = (int) Math.min(Integer.MAX_VALUE - 8L, 2L * keys.length);
                if (capacity == size) {
                    throw new IllegalStateException("more pairs than an array holds: use a storage that spills");
                }
                keys = Arrays.copyOf(keys, capacity);
                values = Arrays.copyOf(values, capacity);
            }
            keys[size] = key;
            values[size] = value;
            size++;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public void sort() {
            if (!sorted) {
                sorted = true;
                PairSort.sort(keys, values, size);
            }
        }

        @Override
        public boolean next() {
            if (!sorted) {
                throw new IllegalStateException("sort the pairs before reading them");
            }
            if (position < size) {
                position++;
            }
            return position < size;
        }

        @Override
        public long key() {
            return keys[position];
        }

        @Override
        public long value() {
            return values[position];
        }
    }
}
