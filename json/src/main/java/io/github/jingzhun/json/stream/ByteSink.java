package io.github.jingzhun.json.stream;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte buffer that output lines are written into, then copied out at once. Not thread-safe. */
final class ByteSink extends OutputStream {

    private byte[] bytes;
    private int size;

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

    /** Forgets what was written after the first {@code size} bytes. */
    void truncate(int newSize) {
        size = newSize;
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
