package io.github.jingzhun.json.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    private static List<String> lines(String text, int max) throws IOException {
        List<String> lines = new ArrayList<>();
        try (LineReader reader = new LineReader(new StringReader(text), max)) {
            for (LineReader.Line line; (line = reader.next()) != null; ) {
                assertThat(line.number()).isEqualTo(lines.size() + 1);
                lines.add(line.text() == null ? "<too long>" : line.text());
            }
        }
        return lines;
    }

    @Test
    void anEmptyInputHasNoLine() throws IOException {
        assertThat(lines("", 10)).isEmpty();
    }

    @Test
    void aLastLineWithoutLineEndCounts() throws IOException {
        assertThat(lines("a\nb", 10)).containsExactly("a", "b");
        assertThat(lines("a\nb\n", 10)).containsExactly("a", "b");
    }

    @Test
    void emptyLinesAndCarriageReturnsAreKeptApart() throws IOException {
        assertThat(lines("a\r\n\r\n\nb\r\n", 10)).containsExactly("a", "", "", "b");
    }

    @Test
    void aLineLongerThanTheLimitIsSkippedToItsEnd() throws IOException {
        String longLine = "x".repeat(20_000);
        assertThat(lines("abc\n" + longLine + "\ndef\n" + "y".repeat(10) + "\r\n" + "z".repeat(11), 10))
                .containsExactly("abc", "<too long>", "def", "yyyyyyyyyy", "<too long>");
    }
}
