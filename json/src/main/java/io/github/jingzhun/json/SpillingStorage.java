package io.github.jingzhun.json;

import io.github.jingzhun.audit.AuditStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An {@link AuditStorage} that keeps the heap small whatever the population: households' ids and cadres are
 * appended to a file and read back by their offset, and pairs are sorted in runs of a bounded size on the heap,
 * each spilled to a file, then merged (at most {@value #FAN_IN} runs at once; more are first merged into longer
 * runs, the oldest first). Of equal keys, the merge takes the earlier run's first, so they come back in the order
 * added, as the storage's contract says. Every file lives in a directory of its own, deleted with everything in it when the storage is closed,
 * or, if the JVM stops first, by a shutdown hook.
 *
 * <p>Not thread-safe: one audit on one thread.
 */
final class SpillingStorage implements AuditStorage {

    /** The most runs merged at once: open files and read buffers stay few. */
    static final int FAN_IN = 64;
    private static final int PAIR = 2 * Long.BYTES;
    private static final int BLOCK = 1 << 16;

    private final Path directory;
    private final int runPairs;
    private final AuditStorage memory = AuditStorage.inMemory();
    private final FileChannel households;
    private final ByteBuffer appending = ByteBuffer.allocate(BLOCK);
    private ByteBuffer reading = ByteBuffer.allocate(256);
    /** The bytes of the households file: written to the channel, then in the appending buffer. */
    private long written;
    private long end;
    private int files;
    private final List<SpillingPairs> pairs = new ArrayList<>();
    private final Thread hook;
    private boolean closed;

    /**
     * Creates a storage in a new directory.
     *
     * @param parent the directory to create its own in, or null for the system's temporary directory
     * @param runPairs the pairs sorted on the heap before a run is spilled, at least 2
     * @throws IOException if the directory or its first file cannot be created
     */
    SpillingStorage(@Nullable Path parent, int runPairs) throws IOException {
        if (runPairs < 2) {
            throw new IllegalArgumentException("runs of at least 2 pairs: " + runPairs);
        }
        this.runPairs = runPairs;
        this.directory = parent == null ? Files.createTempDirectory("jingzhun-audit-")
                : Files.createTempDirectory(parent, "jingzhun-audit-");
        this.hook = new Thread(this::delete, "jingzhun-audit-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
        FileChannel channel;
        try {
            channel = FileChannel.open(directory.resolve("households"), StandardOpenOption.CREATE_NEW,
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
                written += households.write(buffer, written);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
            throw new UncheckedIOException(e);
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
            Path run = newFile();
            try (FileChannel out = FileChannel.open(run, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer block = ByteBuffer.allocate(BLOCK);
                while (buffer.next()) {
                    if (block.remaining() < PAIR) {
                        drain(block, out);
                    }
                    block.putLong(buffer.key()).putLong(buffer.value());
                }
                drain(block, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            runs.add(run);
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
            // Merge the oldest runs into longer ones until few enough are left to merge while reading.
            while (runs.size() > FAN_IN) {
                List<Path> first = new ArrayList<>(runs.subList(0, FAN_IN));
                runs.subList(0, FAN_IN).clear();
                Merge inputs = open(first);
                Path merged = newFile();
                try (FileChannel out = FileChannel.open(merged, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE)) {
                    ByteBuffer block = ByteBuffer.allocate(BLOCK);
                    while (inputs.next()) {
                        if (block.remaining() < PAIR) {
                            drain(block, out);
                        }
                        block.putLong(inputs.key).putLong(inputs.value);
                    }
                    drain(block, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                closeRuns();
                for (Path p : first) {
                    deleteQuietly(p);
                }
                // The merged run holds the oldest pairs: it goes first, so that equal keys keep their order.
                runs.add(0, merged);
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
            return m == null ? buffer.key() : m.key;
        }

        @Override
        public long value() {
            Merge m = merge;
            return m == null ? buffer.value() : m.value;
        }

        void closeRuns() {
            for (RunReader reader : open) {
                reader.close();
            }
            open.clear();
        }
    }

    private static void drain(ByteBuffer block, FileChannel out) throws IOException {
        block.flip();
        while (block.hasRemaining()) {
            out.write(block);
        }
        block.clear();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // deleted with the directory
        }
    }

    /** One run read pair by pair through a block buffer. */
    private static final class RunReader {
        private final FileChannel in;
        private final ByteBuffer block;
        /** The run's place among those merged: of equal keys, the earlier run's come first. */
        final int order;
        long key;
        long value;

        RunReader(Path file, int size, int order) {
            this.order = order;
            try {
                in = FileChannel.open(file, StandardOpenOption.READ);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
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
                    throw new UncheckedIOException(e);
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
        long key;
        long value;

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
