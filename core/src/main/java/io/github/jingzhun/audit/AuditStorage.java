package io.github.jingzhun.audit;

import org.jspecify.annotations.Nullable;

/**
 * Where a {@link PopulationAudit} keeps what it must remember of a population: each household's registry id and
 * contact cadre, and pairs of numbers it reads back sorted (every person's ID number with where it was seen, every
 * cadre with the households paired with it). {@link #inMemory()} keeps them on the heap, some 16 bytes per person
 * and a household's id and cadre; an implementation for populations beyond the heap spills them to disk, as the
 * JSON module's registry audit does — core itself does no I/O.
 *
 * <p>A storage serves one audit on one thread. {@link #close()} releases everything it holds, even after a
 * failure; it never throws.
 */
public interface AuditStorage extends AutoCloseable {

    /**
     * A storage on the heap.
     *
     * @return a new storage, not null
     */
    static AuditStorage inMemory() {
        return new MemoryStorage();
    }

    /**
     * Keeps a household's registry id and contact cadre.
     *
     * @param household the registry id, not null
     * @param cadre the contact cadre's registry id, or null
     * @return the reference to read them back by: at least 0, below 2^47, greater than every reference returned
     *     before
     */
    long keep(String household, @Nullable String cadre);

    /**
     * The registry id of a household kept.
     *
     * @param reference the reference {@link #keep} returned
     * @return the registry id, not null
     */
    String household(long reference);

    /**
     * The contact cadre of a household kept.
     *
     * @param reference the reference {@link #keep} returned
     * @return the cadre's registry id, or null
     */
    @Nullable String cadre(long reference);

    /**
     * A new, empty set of pairs.
     *
     * @return the pairs, not null
     */
    Pairs pairs();

    /** Releases everything the storage holds; never throws. */
    @Override
    void close();

    /**
     * Pairs of longs added in any order and read back sorted by key, pairs of equal keys in the order they were
     * added. Added to, then sorted once, then read from the first pair to the last.
     */
    interface Pairs {

        /**
         * Adds a pair.
         *
         * @param key the key
         * @param value the value
         * @throws IllegalStateException if the pairs were sorted
         */
        void add(long key, long value);

        /**
         * The number of pairs added.
         *
         * @return the count
         */
        long size();

        /**
         * Ends adding and sorts the pairs; reading starts before the first.
         */
        void sort();

        /**
         * Moves to the next pair in order.
         *
         * @return false when there is none
         * @throws IllegalStateException if the pairs were not sorted
         */
        boolean next();

        /**
         * The key of the current pair.
         *
         * @return the key
         */
        long key();

        /**
         * The value of the current pair.
         *
         * @return the value
         */
        long value();
    }
}
