package io.github.jingzhun.json.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A ByteSink holds exactly what was written to it, across its chunks, as a plain byte array would. */
class ByteSinkTest {

    @Test
    void holdsWhatWasWrittenAcrossChunksAndTruncations() throws IOException {
        Random random = new Random(7);
        for (int run = 0; run < 200; run++) {
            int capacity = 1 + random.nextInt(100);
            ByteSink sink = new ByteSink(capacity);
            byte[] expected = new byte[0];
            for (int step = 0; step < 40; step++) {
                int choice = random.nextInt(10);
                if (choice == 0) {
                    int size = random.nextInt(expected.length + 1);
                    // At a chunk's end exactly, half the time, where the next chunk is not yet made.
                    if (random.nextBoolean() && expected.length >= capacity) {
                        size = capacity * random.nextInt(expected.length / capacity + 1);
                    }
                    sink.truncate(size);
                    expected = Arrays.copyOf(expected, size);
                } else if (choice == 1) {
                    byte b = (byte) random.nextInt(128);
                    sink.write(b);
                    expected = append(expected, new byte[] {b}, 0, 1);
                } else {
                    byte[] bytes = ascii(random, random.nextInt(4 * capacity + 1));
                    int offset = random.nextInt(bytes.length + 1);
                    int length = random.nextInt(bytes.length - offset + 1);
                    sink.write(bytes, offset, length);
                    expected = append(expected, bytes, offset, length);
                }
                assertThat(sink.size()).isEqualTo(expected.length);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            sink.writeTo(out);
            assertThat(out.toByteArray()).isEqualTo(expected);
            assertThat(sink.text()).isEqualTo(new String(expected, StandardCharsets.US_ASCII));
        }
    }

    @Test
    void growsByChunksOfAtMost64KiB() {
        ByteSink sink = new ByteSink(1 << 21);
        byte[] bytes = new byte[3 << 20];
        sink.write(bytes, 0, bytes.length);
        assertThat(sink.size()).isEqualTo(3 << 20);
        assertThat(sink.capacity()).isEqualTo(3 << 20);
        sink.truncate(0);
        sink.write(bytes, 0, 1 << 16);
        assertThat(sink.size()).isEqualTo(1 << 16);
        assertThat(sink.capacity()).as("chunks kept for reuse").isEqualTo(3 << 20);
    }

    @Test
    void textDecodesCharactersSplitAcrossChunks() {
        ByteSink sink = new ByteSink(4);
        byte[] text = "精准扶贫 targeted".getBytes(StandardCharsets.UTF_8);
        sink.write(text, 0, text.length);
        assertThat(sink.text()).isEqualTo("精准扶贫 targeted");
    }

    private static byte[] append(byte[] a, byte[] b, int offset, int length) {
        byte[] joined = Arrays.copyOf(a, a.length + length);
        System.arraycopy(b, offset, joined, a.length, length);
        return joined;
    }

    private static byte[] ascii(Random random, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) ('a' + random.nextInt(26));
        }
        return bytes;
    }
}
