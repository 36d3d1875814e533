package io.github.jingzhun.json.stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A growable byte buffer that output lines are written into, then copied out at once. Not thread-safe.
 *
 * <p>It grows by chunks of at most 64 KiB, never by copying what it holds into a larger array: a batch of error lines
 * can write megabytes, and one array grown by doubling copied them several times and, in a small heap, took whole
 * regions of G1 for each array of half a region or more, running a 32 MiB heap out of memory while most of it was
 * free.
 */
final class ByteSink extends OutputStream {

    /** The most bytes of a chunk: far below half of G1's smallest region (1 MiB). */
    private static final int MAX_CHUNK = 1 << 16;

    private final int chunkSize;
    /** The chunks, the first {@link #full} of them full; those after the current one kept for reuse. */
    private byte[][] chunks;
    private int full;
    private byte[] chunk;
    private int position;
    /** The generator records are written with, kept from one to the next; null until asked for. */
    private @Nullable JsonGenerator generator;

    ByteSink(int capacity) {
        chunkSize = Math.min(capacity, MAX_CHUNK);
        chunk = new byte[chunkSize];
        chunks = new byte[Math.max(1, capacity / chunkSize)][];
        chunks[0] = chunk;
    }

    @Override
    public void write(int b) {
        if (position == chunk.length) {
            next();
        }
        chunk[position++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int offset, int length) {
        while (length > 0) {
            if (position == chunk.length) {
                next();
            }
            int n = Math.min(length, chunk.length - position);
            System.arraycopy(b, offset, chunk, position, n);
            position += n;
            offset += n;
            length -= n;
        }
    }

    /** Moves on to the next chunk, made if there is none to reuse. */
    private void next() {
        full++;
        if (full == chunks.length) {
            chunks = Arrays.copyOf(chunks, chunks.length * 2);
        }
        if (chunks[full] == null) {
            chunks[full] = new byte[chunkSize];
        }
        chunk = chunks[full];
        position = 0;
    }

    /** The bytes written. */
    int size() {
        return full * chunkSize + position;
    }

    /** The bytes it holds, written or not. */
    long capacity() {
        long capacity = 0;
        for (byte[] c : chunks) {
            capacity += c == null ? 0 : c.length;
        }
        return capacity;
    }

    /**
     * A generator writing records into this sink, made once and kept from one record to the next: making one for
     * each record cost about half as much as writing the outcomes of a decision. What it writes reaches the sink
     * when the record ends ({@link #endRecord()}); records are separated by their line breaks alone.
     *
     * @param factory makes the generator, if there is none
     * @return the generator
     * @throws IOException if it cannot be made
     */
    JsonGenerator generator(JsonFactory factory) throws IOException {
        JsonGenerator gen = generator;
        if (gen == null) {
            gen = factory.createGenerator(this);
            gen.setRootValueSeparator(null);
            generator = gen;
        }
        return gen;
    }

    /**
     * Ends a record written with the {@linkplain #generator generator}: its bytes, then a line break.
     *
     * @throws IOException if the generator fails
     */
    void endRecord() throws IOException {
        if (generator != null) {
            generator.flush();
        }
        write('\n');
    }

    /**
     * Forgets what was written after the first {@code size} bytes, and the generator, which may hold part of a
     * record that failed.
     */
    void truncate(int newSize) {
        full = newSize / chunkSize;
        position = newSize % chunkSize;
        if (position == 0 && full > 0) {
            // The end of a full chunk, as written: the next is made when a byte needs it.
            full--;
            position = chunkSize;
        }
        chunk = chunks[full];
        generator = null;
    }

    /** Writes every byte written so far to a stream. */
    void writeTo(OutputStream out) throws IOException {
        for (int i = 0; i < full; i++) {
            out.write(chunks[i]);
        }
        out.write(chunk, 0, position);
    }

    /** Every byte written so far as text. */
    String text() {
        if (full == 0) {
            return new String(chunk, 0, position, StandardCharsets.UTF_8);
        }
        byte[] bytes = new byte[size()];
        for (int i = 0; i < full; i++) {
            System.arraycopy(chunks[i], 0, bytes, i * chunkSize, chunkSize);
        }
        System.arraycopy(chunk, 0, bytes, full * chunkSize, position);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
