package io.github.jingzhun.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WholeLines passes on whole lines only and counts them exactly, however the writes split them. */
class WholeLinesTest {

    @Test
    void countsEveryLineBreakAtEveryOffset() {
        Random random = new Random(5);
        for (int n = 0; n < 20_000; n++) {
            byte[] b = new byte[random.nextInt(40)];
            for (int i = 0; i < b.length; i++) {
                // line breaks, their neighbours 0x09/0x0B, 0x8A (a line break with the high bit), anything
                int[] near = {'\n', 0x09, 0x0B, 0x8A, 0x00, 0xFF};
                b[i] = (byte) (random.nextBoolean() ? near[random.nextInt(near.length)] : random.nextInt(256));
            }
            int from = b.length == 0 ? 0 : random.nextInt(b.length + 1);
            int to = from + random.nextInt(b.length - from + 1);
            long expected = 0;
            for (int i = from; i < to; i++) {
                expected += b[i] == '\n' ? 1 : 0;
            }
            assertThat(WholeLines.newlines(b, from, to)).isEqualTo(expected);
        }
    }

    @Test
    void passesOnWholeLinesAndCountsThem() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        WholeLines out = new WholeLines(sink);
        byte[] text = "{\"a\":1}\n{\"b\":2}\n{\"c\"".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.write(text, 0, 5);
        assertThat(sink.size()).isZero();
        out.write(text, 5, text.length - 5);
        assertThat(sink.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}\n{\"b\":2}\n");
        assertThat(out.lines()).isEqualTo(2);
        out.finish();
        assertThat(sink.toByteArray()).isEqualTo(text);
        assertThat(out.lines()).isEqualTo(2);
    }

    @Test
    void aRunAbandonedOutsideAWriteEndsWithItsLastWholeLine() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        WholeLines out = new WholeLines(sink);
        out.write("{\"a\":1}\n{\"b\"".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.abandon();  // as out of memory does, between two writes
        out.finish();
        assertThat(sink.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}\n");
        assertThat(out.lines()).isEqualTo(1);
    }

    /** A file that takes only so many bytes, then fails the write that would pass them, as a full disk does. */
    private static FileOutputStream takingOnly(Path file, int bytes) throws IOException {
        return new FileOutputStream(file.toFile()) {
            private int room = bytes;

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                int n = Math.min(len, room);
                super.write(b, off, n);
                room -= n;
                if (n < len) {
                    throw new IOException("File too large");
                }
            }
        };
    }

    @Test
    void aWriteToAFileThatFailsPartWayIsCutBackToItsLastWholeLine(@TempDir Path dir) throws IOException {
        byte[] text = "{\"a\":1}\n{\"b\":2}\n{\"c\":3}\n{\"d\"".getBytes(StandardCharsets.UTF_8);
        for (int room : new int[] {2, 7, 8, 20, 23}) {
            Path file = dir.resolve("out-" + room);
            try (FileOutputStream limited = takingOnly(file, room)) {
                WholeLines out = new WholeLines(limited);
                out.write(text, 0, 3);
                // the three bytes held, then the rest up to the last line break: only room bytes reach the file
                assertThatThrownBy(() -> out.write(text, 3, text.length - 3)).hasMessage("File too large");
                int whole = room / 8;
                String expected = "{\"a\":1}\n{\"b\":2}\n{\"c\":3}\n".substring(0, 8 * whole);
                assertThat(Files.readString(file)).as("room %d", room).isEqualTo(expected);
                assertThat(out.lines()).as("room %d", room).isEqualTo(whole);
                out.finish();
                assertThat(Files.readString(file)).as("room %d, after finish", room).isEqualTo(expected);
            }
        }
    }
}
