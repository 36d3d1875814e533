package io.github.jingzhun.json.stream;

import io.github.jingzhun.audit.AuditStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * An {@link AuditStorage} that keeps the heap small whatever the population, for a {@link
 * io.github.jingzhun.audit.PopulationAudit} of a registry too large for the heap (ninety million persons audit
 * within a 512 MB heap). Households' ids and cadres are appended to a file and read back by their offset. Pairs
 * (16 bytes each) are sorted in runs of a bounded size on the heap, each spilled to a file, then merged while they
 * are read, at most {@value #FAN_IN} runs at once; when there are more, consecutive runs are first merged into longer
 * ones, each run read and written once more at most per level. Of equal keys, the merge takes the earlier run's
 * first, so they come back in the order added, as the storage's contract says. Every file lives in a directory of
 * its own, deleted with everything in it when the storage is closed, or, if the JVM stops first, by a shutdown hook.
 *
 * <pre>{@code
 * try (SpillingStorage storage = SpillingStorage.create(spillDirectory)) {
 *     PopulationAudit audit = PopulationAudit.start(parameters, storage);
 *     households.forEach(audit::add);
 *     audit.finish(finding -> ...);
 * }
 * }</pre>
 *
 * <p>The files take some 16 bytes a person, 16 a household paired with a cadre, and a household's ids (8 bytes
 * and their UTF-8); {@link #mostBytesOnDisk()} tells how much at most. Not thread-safe: one audit on one thread.
 */
public final class SpillingStorage implements AuditStorage {

    /** The most runs merged at once: open files and read buffers stay few. */
    static final int FAN_IN = 64;
    private static final int PAIR = 2 * Long.BYTES;
    private static final int BLOCK = 1 << 16;
    /** The file of the households' ids and places, in the spill directory. */
    private static final String HOUSEHOLDS = "households";

    private final Path directory;
    private final int runPairs;
    private final int fanIn;
    private final AuditStorage memory = AuditStorage.inMemory();
    private final FileChannel households;
    private final ByteBuffer appending = ByteBuffer.allocate(BLOCK);
    private ByteBuffer reading = ByteBuffer.allocate(256);
    /** The bytes of the households file: written to the channel, then in the appending buffer. */
    private long written;
    private long end;
    private int files;
    private final List<SpillingPairs> pairs = new ArrayList<>();
    /** Bytes written to files in all, and on disk now and at most: for sizing the directory. */
    private long bytesWritten;
    private long onDisk;
    private long mostOnDisk;
    private final Thread hook;
    private boolean closed;

    /**
     * Creates a storage in a directory of its own, sorting runs of a sixteenth of the largest heap (at 16 bytes a
     * pair, between 2^16 and 2^24 pairs): the audit across households then takes at most about half the heap, the
     * runs holding up to four sets of pairs at once (persons, household ids, cadres and the repeats found), each
     * growing by doubling and sorted into a copy.
     *
     * @param parent the directory to create the storage's own in, or null for the system's temporary directory
     * @return the storage, not null; close it to delete its files
     * @throws IOException if the directory or its first file cannot be created
     */
    public static SpillingStorage create(@Nullable Path parent) throws IOException {
        return new SpillingStorage(parent, defaultRunPairs());
    }

    /** The pairs of a run by default: a sixteenth of the largest heap, at 16 bytes a pair. */
    static int defaultRunPairs() {
        long pairs = Runtime.getRuntime().maxMemory() / 16 / PAIR;
        return (int) Math.max(1 << 16, Math.min(1 << 24, pairs));
    }

    /**
     * Creates a storage in a new directory.
     *
     * @param parent the directory to create its own in, or null for the system's temporary directory
     * @param runPairs the pairs sorted on the heap before a run is spilled, at least 2
     * @throws IOException if the directory or its first file cannot be created
     */
    SpillingStorage(@Nullable Path parent, int runPairs) throws IOException {
        this(parent, runPairs, FAN_IN);
    }

    /**
     * Creates a storage in a new directory, merging a number of runs at once: for tests, which merge in many levels
     * with few files.
     *
     * @param parent the directory to create its own in, or null for the system's temporary directory
     * @param runPairs the pairs sorted on the heap before a run is spilled, at least 2
     * @param fanIn the most runs merged at once, at least 2
     * @throws IOException if the directory or its first file cannot be created
     */
    SpillingStorage(@Nullable Path parent, int runPairs, int fanIn) throws IOException {
        if (runPairs < 2 || fanIn < 2) {
            throw new IllegalArgumentException("runs of at least 2 pairs, merged at least 2 at once: " + runPairs
                    + ", " + fanIn);
        }
        this.runPairs = runPairs;
        this.fanIn = fanIn;
        this.directory = parent == null ? Files.createTempDirectory("jingzhun-audit-")
                : Files.createTempDirectory(parent, "jingzhun-audit-");
        this.hook = new Thread(this::delete, "jingzhun-audit-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
        FileChannel channel;
        try {
            channel = FileChannel.open(directory.resolve(HOUSEHOLDS), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
        this.households = channel;
    }

    /** The directory the storage's files are in. */
    Path directory() {
        return directory;
    }

    @Override
    public long keep(String household, @Nullable String cadre) {
        byte[] id = household.getBytes(StandardCharsets.UTF_8);
        byte[] paired = cadre == null ? null : cadre.getBytes(StandardCharsets.UTF_8);
        int length = 2 * Integer.BYTES + id.length + (paired == null ? 0 : paired.length);
        long reference = end;
        if (length > appending.remaining()) {
            flush();
        }
        ByteBuffer out = length > appending.capacity() ? ByteBuffer.allocate(length) : appending;
        out.putInt(id.length).put(id).putInt(paired == null ? -1 : paired.length);
        if (paired != null) {
            out.put(paired);
        }
        if (out != appending) {
            out.flip();
            write(out);
        }
        end += length;
        return reference;
    }

    private void flush() {
        appending.flip();
        write(appending);
        appending.clear();
    }

    private void write(ByteBuffer buffer) {
        try {
            while (buffer.hasRemaining()) {
                int n = households.write(buffer, written);
                written += n;
                wrote(n);
            }
        } catch (IOException e) {
            throw failed(directory.resolve(HOUSEHOLDS), e);
        }
    }

    @Override
    public String household(long reference) {
        ByteBuffer record = record(reference);
        byte[] id = new byte[record.getInt()];
        record.get(id);
        return new String(id, StandardCharsets.UTF_8);
    }

    @Override
    public @Nullable String cadre(long reference) {
        ByteBuffer record = record(reference);
        int id = record.getInt();
        record.position(record.position() + id);
        int length = record.getInt();
        if (length < 0) {
            return null;
        }
        byte[] cadre = new byte[length];
        record.get(cadre);
        return new String(cadre, StandardCharsets.UTF_8);
    }

    /** The record at an offset, read whole, positioned at its start. */
    private ByteBuffer record(long reference) {
        if (reference < 0 || reference >= end) {
            throw new IllegalArgumentException("no household kept at " + reference);
        }
        if (appending.position() > 0) {
            flush();
        }
        read(reference, Integer.BYTES);
        int id = reading.getInt(0);
        read(reference, 2 * Integer.BYTES + id);
        int cadre = reading.getInt(Integer.BYTES + id);
        read(reference, 2 * Integer.BYTES + id + Math.max(0, cadre));
        return reading;
    }

    private void read(long position, int length) {
        if (reading.capacity() < length) {
            reading = ByteBuffer.allocate(Math.max(length, 2 * reading.capacity()));
        }
        reading.clear().limit(length);
        try {
            while (reading.hasRemaining()) {
                if (households.read(reading, position + reading.position()) < 0) {
                    throw new IOException("the households file ends early");
                }
            }
        } catch (IOException e) {
            throw failed(directory.resolve(HOUSEHOLDS), e);
        }
        reading.flip();
    }

    @Override
    public Pairs pairs() {
        SpillingPairs p = new SpillingPairs();
        pairs.add(p);
        return p;
    }

    /** The number of run files written so far, merged ones included. */
    int runsWritten() {
        return files;
    }

    /**
     * The bytes written to the storage's files so far: households, runs and merged runs.
     *
     * @return the bytes, at least 0
     */
    public long bytesWritten() {
        return bytesWritten;
    }

    /**
     * The most bytes the storage's files took on disk at once so far, which its directory must have room for.
     *
     * @return the bytes, at least 0
     */
    public long mostBytesOnDisk() {
        return mostOnDisk;
    }

    private void wrote(long bytes) {
        bytesWritten += bytes;
        onDisk += bytes;
        mostOnDisk = Math.max(mostOnDisk, onDisk);
    }

    private void deleteRun(Path file) {
        try {
            long size = Files.size(file);
            Files.deleteIfExists(file);
            onDisk -= size;
        } catch (IOException e) {
            // deleted with the directory
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        delete();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook deletes, or has deleted, the directory
        }
    }

    /** Closes every file and deletes the directory with everything in it; never throws. */
    private synchronized void delete() {
        for (SpillingPairs p : pairs) {
            p.closeRuns();
        }
        try {
            if (households != null) {
                households.close();
            }
        } catch (IOException e) {
            // deleted below all the same
        }
        try (var entries = Files.list(directory)) {
            for (Path file : (Iterable<Path>) entries::iterator) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | UncheckedIOException e) {
            // best effort: the directory may be gone already
        }
        try {
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            // best effort
        }
    }

    /**
     * A failure of a spill file, naming it and where its directory is (whose own name, a random number, says
     * nothing): a full disk there is told apart from a failure of the output.
     */
    static UncheckedIOException failed(Path file, IOException e) {
        Path directory = file.toAbsolutePath().getParent();
        return new UncheckedIOException(new FileSystemException("the audit's spill file " + file.getFileName()
                + (directory == null || directory.getParent() == null ? "" : " in " + directory.getParent()), null,
                Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName())));
    }

    private Path newFile() {
        return directory.resolve("run-" + files++);
    }

    /** Pairs sorted in runs on the heap, spilled to files, merged when read. */
    private final class SpillingPairs implements Pairs {

        private Pairs buffer = memory.pairs();
        private final List<Path> runs = new ArrayList<>();
        private final List<RunReader> open = new ArrayList<>();
        private long size;
        private boolean sorted;
        /** Reading: the buffer alone when nothing was spilled, else a merge of the runs. */
        private @Nullable Merge merge;

        @Override
        public void add(long key, long value) {
            if (sorted) {
                throw new IllegalStateException("the pairs were sorted: no more can be added");
            }
            buffer.add(key, value);
            size++;
            if (buffer.size() >= runPairs) {
                spill();
            }
        }

        private void spill() {
            buffer.sort();
            runs.add(writeRun(buffer::next, buffer::key, buffer::value));
            buffer = memory.pairs();
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public void sort() {
            if (sorted) {
                return;
            }
            sorted = true;
            if (runs.isEmpty()) {
                buffer.sort();
                return;
            }
            if (buffer.size() > 0) {
                spill();
            }
            buffer = memory.pairs();
            // Too many runs to merge at once: merge consecutive runs, level by level, just enough of them for what
            // is left to be merged while reading. Each level reads and writes a pair at most once; a merged run
            // takes the place of its runs, so equal keys keep their order.
            while (runs.size() > fanIn) {
                int excess = runs.size() - fanIn;
                List<Path> level = new ArrayList<>();
                for (int i = 0; i < runs.size(); ) {
                    int group = Math.min(Math.min(fanIn, runs.size() - i), excess + 1);
                    if (group < 2) {
                        level.add(runs.get(i++));
                        continue;
                    }
                    List<Path> inputs = runs.subList(i, i + group);
                    Merge merging = open(inputs);
                    level.add(writeRun(merging::next, merging::key, merging::value));
                    closeRuns();
                    for (Path input : inputs) {
                        deleteRun(input);
                    }
                    excess -= group - 1;
                    i += group;
                }
                runs.clear();
                runs.addAll(level);
            }
            merge = open(runs);
        }

        private Merge open(List<Path> files) {
            List<RunReader> readers = new ArrayList<>(files.size());
            int block = (int) Math.max(4096, Math.min(BLOCK, (long) runPairs * PAIR));
            for (Path file : files) {
                RunReader reader = new RunReader(file, block, readers.size());
                open.add(reader);
                readers.add(reader);
            }
            return new Merge(readers);
        }

        @Override
        public boolean next() {
            if (!sorted) {
                throw new IllegalStateException("sort the pairs before reading them");
            }
            Merge m = merge;
            if (m == null) {
                return buffer.next();
            }
            boolean more = m.next();
            if (!more) {
                closeRuns();
            }
            return more;
        }

        @Override
        public long key() {
            Merge m = merge;
            return m == null ? buffer.key() : m.key();
        }

        @Override
        public long value() {
            Merge m = merge;
            return m == null ? buffer.value() : m.value();
        }

        void closeRuns() {
            for (RunReader reader : open) {
                reader.close();
            }
            open.clear();
        }
    }

    /** Pairs read in order, as a run is written. */
    @FunctionalInterface
    private interface Reading {
        boolean next();
    }

    /** Writes pairs, read until there are no more, to a new run file. */
    private Path writeRun(Reading next, LongSupplier key, LongSupplier value) {
        Path run = newFile();
        try (FileChannel out = FileChannel.open(run, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer block = ByteBuffer.allocate(BLOCK);
            while (next.next()) {
                if (block.remaining() < PAIR) {
                    drain(block, out);
                }
                block.putLong(key.getAsLong()).putLong(value.getAsLong());
            }
            drain(block, out);
        } catch (IOException e) {
            throw failed(run, e);
        }
        return run;
    }

    private void drain(ByteBuffer block, FileChannel out) throws IOException {
        block.flip();
        wrote(block.remaining());
        while (block.hasRemaining()) {
            out.write(block);
        }
        block.clear();
    }

    /** One run read pair by pair through a block buffer. */
    private static final class RunReader {
        private final FileChannel in;
        private final ByteBuffer block;
        /** The run's place among those merged: of equal keys, the earlier run's come first. */
        final int order;
        long key;
        long value;
        private final Path file;

        RunReader(Path file, int size, int order) {
            this.file = file;
            this.order = order;
            try {
                in = FileChannel.open(file, StandardOpenOption.READ);
            } catch (IOException e) {
                throw failed(file, e);
            }
            block = ByteBuffer.allocate(size - size % PAIR);
            block.flip();
        }

        /** Moves to the next pair; false at the end of the run. */
        boolean next() {
            if (block.remaining() < PAIR) {
                block.compact();
                try {
                    while (block.position() < PAIR) {
                        if (in.read(block) < 0) {
                            block.flip();
                            return false;
                        }
                    }
                } catch (IOException e) {
                    throw failed(file, e);
                }
                block.flip();
            }
            key = block.getLong();
            value = block.getLong();
            return true;
        }

        void close() {
            try {
                in.close();
            } catch (IOException e) {
                // nothing more to read
            }
        }
    }

    /** A k-way merge of sorted runs through a binary heap of their current pairs. */
    private static final class Merge {
        private final RunReader[] heap;
        private int size;
        private long key;
        private long value;

        Merge(List<RunReader> readers) {
            heap = new RunReader[readers.size()];
            for (RunReader reader : readers) {
                if (reader.next()) {
                    heap[size++] = reader;
                }
            }
            for (int i = size / 2 - 1; i >= 0; i--) {
                down(i);
            }
        }

        boolean next() {
            if (size == 0) {
                return false;
            }
            RunReader top = heap[0];
            key = top.key;
            value = top.value;
            if (!top.next()) {
                heap[0] = heap[--size];
                heap[size] = null;
            }
            if (size > 0) {
                down(0);
            }
            return true;
        }

        long key() {
            return key;
        }

        long value() {
            return value;
        }

        private static boolean less(RunReader a, RunReader b) {
            return a.key < b.key || a.key == b.key && a.order < b.order;
        }

        private void down(int i) {
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    return;
                }
                if (child + 1 < size && less(heap[child + 1], heap[child])) {
                    child++;
                }
                if (!less(heap[child], heap[i])) {
                    return;
                }
                RunReader t = heap[i];
                heap[i] = heap[child];
                heap[child] = t;
                i = child;
            }
        }
    }
}
