package io.github.jingzhun.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The bytes and lines read through the counting stream, as its progress bar first draws them. */
class CountingInputStreamTest {

    @Test
    void countsTheLineBreaksOfWhatWasReadIntoAnyPartOfTheBuffer() throws IOException {
        // Seventeen line breaks among long lines and short, read into the buffer after three bytes.
        String text = ("a".repeat(20) + "\n\n" + "中文\n").repeat(5) + "b\nc\n";
        byte[] input = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream drawn = new ByteArrayOutputStream();
        try (ProgressBar bar = ProgressBar.on(new PrintStream(drawn, true, StandardCharsets.UTF_8), "assess", -1,
                "line");
                CountingInputStream in = new CountingInputStream(new ByteArrayInputStream(input), bar)) {
            byte[] buffer = new byte[input.length + 10];
            buffer[1] = '\n';
            assertThat(in.read(buffer, 3, input.length)).isEqualTo(input.length);
            assertThat(drawn.toString(StandardCharsets.UTF_8)).contains("17 lines");
        }
    }
}
