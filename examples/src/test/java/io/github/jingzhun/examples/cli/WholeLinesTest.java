package io.github.jingzhun.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

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
}
