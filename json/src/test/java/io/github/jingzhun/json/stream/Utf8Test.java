package io.github.jingzhun.json.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Utf8 against the JDK: its decoder, String.length, String.isBlank and a byte-by-byte search. */
class Utf8Test {

    /** Bytes that make up every kind of UTF-8 sequence, and every way of breaking one. */
    private static final int[] ALPHABET = {'a', ' ', '\n', '\r', '\t', 0x0B, 0x1C, 0x00, 0x7F, 0x80, 0x8F, 0x90,
        0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF, 0xBB};

    private static final String[] TEXTS = {"a", " ", "\t", "\u3000", "\u2028", "\u00a0", "é", "王", "😀", "\n",
        "{", "\"", "\u001f", "\u0085", "\u180e"};

    private static boolean wellFormed(byte[] bytes, int from, int to) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(bytes, from, to - from));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void malformedAtAgreesWithTheJdkDecoder() {
        Random random = new Random(11);
        for (int n = 0; n < 200_000; n++) {
            byte[] bytes = new byte[random.nextInt(24)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(256)
                        : ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
            int at = Utf8.malformedAt(bytes, from, bytes.length);
            assertThat(at < 0).as("%s from %d", java.util.HexFormat.of().formatHex(bytes), from)
                    .isEqualTo(wellFormed(bytes, from, bytes.length));
            if (at >= 0) {
                assertThat(wellFormed(bytes, from, at)).isTrue();
                assertThat(wellFormed(bytes, at, bytes.length)).isFalse();
            }
        }
    }

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
        for (int length = 0; length < 40; length++) {
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
