package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** MalformedUtf8 against the JDK's decoder. */
class MalformedUtf8Test {

    /** Bytes that make up every kind of UTF-8 sequence, and every way of breaking one. */
    private static final int[] ALPHABET = {'a', ' ', '\n', '\r', '\t', 0x0B, 0x1C, 0x00, 0x7F, 0x80, 0x8F, 0x90,
        0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF, 0xBB};

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
            int at = MalformedUtf8.at(bytes, from, bytes.length);
            // Exactly where the JDK's decoder stops, as the NDJSON streams' check of a line of another record says.
            ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
            boolean error = StandardCharsets.UTF_8.newDecoder()
                    .decode(in, CharBuffer.allocate(bytes.length), true).isError();
            assertThat(at).isEqualTo(error ? in.position() : -1);
            assertThat(at < 0).as("%s from %d", java.util.HexFormat.of().formatHex(bytes), from)
                    .isEqualTo(wellFormed(bytes, from, bytes.length));
            if (at >= 0) {
                assertThat(wellFormed(bytes, from, at)).isTrue();
                assertThat(wellFormed(bytes, at, bytes.length)).isFalse();
            }
        }
    }
}
