package io.github.jingzhun.json.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** ByteLineReader splits UTF-8 bytes into the lines that LineReader splits their text into. */
class ByteLineReaderTest {

    /** The lines of the bytes, decoded; {@code <too long>} for a line over the limit. */
    private static List<String> lines(InputStream in, int max) throws IOException {
        List<String> lines = new ArrayList<>();
        ByteLineReader reader = new ByteLineReader(in, max);
        while (reader.next()) {
            assertThat(reader.number()).isEqualTo(lines.size() + 1);
            lines.add(reader.tooLong() ? "<too long>"
                    : new String(reader.buffer(), reader.start(), reader.length(), StandardCharsets.UTF_8));
        }
        assertThat(reader.next()).isFalse();
        return lines;
    }

    private static List<String> lines(String text, int max) throws IOException {
        return lines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
    }

    /** What LineReader makes of the same text. */
    private static List<String> expected(String text, int max) throws IOException {
        List<String> lines = new ArrayList<>();
        try (LineReader reader = new LineReader(new StringReader(text), max)) {
            for (LineReader.Line line; (line = reader.next()) != null; ) {
                lines.add(line.text() == null ? "<too long>" : line.text());
            }
        }
        return lines;
    }

    /** Hands out at most a few bytes at a time, so that lines and characters straddle reads. */
    private static final class Trickle extends InputStream {
        private final byte[] bytes;
        private final Random random;
        private int position;

        Trickle(byte[] bytes, Random random) {
            this.bytes = bytes;
            this.random = random;
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position == bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, bytes.length - position), 1 + random.nextInt(random.nextBoolean() ? 5
                    : 100_000));
            System.arraycopy(bytes, position, b, off, n);
            position += n;
            return n;
        }
    }

    @Test
    void theCasesOfLineReaderHoldForBytes() throws IOException {
        assertThat(lines("", 10)).isEmpty();
        assertThat(lines("a\nb", 10)).containsExactly("a", "b");
        assertThat(lines("a\nb\n", 10)).containsExactly("a", "b");
        assertThat(lines("a\r\n\r\n\nb\r\n", 10)).containsExactly("a", "", "", "b");
        String longLine = "x".repeat(200_000);
        assertThat(lines("abc\n" + longLine + "\ndef\n" + "y".repeat(10) + "\r\n" + "z".repeat(11), 10))
                .containsExactly("abc", "<too long>", "def", "yyyyyyyyyy", "<too long>");
    }

    @Test
    void theLimitCountsCharactersNotBytes() throws IOException {
        assertThat(lines("王王王\n王王王王\n😀😀é\n😀😀😀é\n", 6)).containsExactly("王王王", "王王王王", "😀😀é",
                "<too long>");
        assertThat(lines("王王王王王王\r\n王王王王王王王\r\n", 6)).containsExactly("王王王王王王", "<too long>");
        assertThat(lines("\r".repeat(8) + "\n" + "\r".repeat(7) + "\n", 6)).containsExactly("<too long>",
                "\r".repeat(6));
    }

    @Test
    void aLineOfMalformedBytesIsBoundedToo() throws IOException {
        byte[] bytes = new byte[100_000];
        java.util.Arrays.fill(bytes, (byte) 0x80);
        bytes[bytes.length - 1] = '\n';
        assertThat(lines(new ByteArrayInputStream(bytes), 10)).containsExactly("<too long>");
    }

    @Test
    void randomTextSplitsAsLineReaderSplitsIt() throws IOException {
        String[] parts = {"a", "{\"x\": 1}", "\r", "\n", "\r\n", "王", "😀", " ", "é", "\n\n"};
        Random random = new Random(2019);
        for (int n = 0; n < 3_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                String part = parts[random.nextInt(parts.length)];
                text.append(random.nextInt(20) == 0 ? part.repeat(random.nextInt(30)) : part);
            }
            int max = 1 + random.nextInt(12);
            String s = text.toString();
            assertThat(lines(new Trickle(s.getBytes(StandardCharsets.UTF_8), random), max)).as("%s | %d", s, max)
                    .isEqualTo(expected(s, max));
        }
    }
}
