package io.github.jingzhun.json.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Utf8 against the JDK: String.length, String.isBlank and a byte-by-byte search. */
class Utf8Test {

    private static final String[] TEXTS = {"a", " ", "\t", "\u3000", "\u2028", "\u00a0", "é", "王", "😀", "\n",
        "{", "\"", "\u001f", "\u0085", "\u180e"};

    @Test
    void charsBlanksAndNewlinesAgreeWithTheJdk() {
        Random random = new Random(12);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(TEXTS[random.nextInt(TEXTS.length)]);
            }
            String s = text.toString();
            byte[] bytes = ("xyz" + s + "xyz").getBytes(StandardCharsets.UTF_8);
            int to = bytes.length - 3;
            assertThat(Utf8.chars(bytes, 3, to)).isEqualTo(s.length());
            assertThat(Utf8.isBlank(bytes, 3, to)).as(s).isEqualTo(s.isBlank());
            int newline = -1;
            for (int i = 3; i < to; i++) {
                if (bytes[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            assertThat(Utf8.indexOfNewline(bytes, 3, to)).isEqualTo(newline);
        }
    }

    @Test
    void everyPositionOfANewlineIsFound() {
        for (int length = 0; length < 80; length++) {
            for (int at = 0; at < length; at++) {
                byte[] bytes = new byte[length];
                java.util.Arrays.fill(bytes, (byte) 0x8A);
                bytes[at] = '\n';
                assertThat(Utf8.indexOfNewline(bytes, 0, length)).isEqualTo(at);
                assertThat(Utf8.indexOfNewline(bytes, at + 1, length)).isEqualTo(-1);
            }
        }
    }
}
