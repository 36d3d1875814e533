package io.github.jingzhun.json.stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** A growable byte buffer that output lines are written into, then copied out at once. Not thread-safe. */
final class ByteSink extends OutputStream {

    private byte[] bytes;
    private int size;
    /** The generator records are written with, kept from one to the next; null until asked for. */
    private @Nullable JsonGenerator generator;

    ByteSink(int capacity) {
        bytes = new byte[capacity];
    }

    @Override
    public void write(int b) {
        if (size == bytes.length) {
            grow(1);
        }
        bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int offset, int length) {
        if (length > bytes.length - size) {
            grow(length);
        }
        System.arraycopy(b, offset, bytes, size, length);
        size += length;
    }

    private void grow(int more) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }

    /** The bytes written. */
    int size() {
        return size;
    }

    /** The buffer's capacity. */
    int capacity() {
        return bytes.length;
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
        size = newSize;
        generator = null;
    }

    /** Writes every byte written so far to a stream. */
    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }

    /** Every byte written so far as text. */
    String text() {
        return new String(bytes, 0, size, StandardCharsets.UTF_8);
    }
}
