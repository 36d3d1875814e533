package io.github.jingzhun.examples.cases;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/** Where bytes stop being well-formed UTF-8, for a message that names the byte and its line. */
public final class Utf8Bytes {

    private Utf8Bytes() {}

    /**
     * Where the first malformed UTF-8 sequence of some bytes starts.
     *
     * @param bytes the bytes, not null
     * @return its index, from 0, or -1 if the bytes are well-formed
     */
    public static int malformedAt(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        CharBuffer out = CharBuffer.allocate(8192);
        CoderResult result;
        while ((result = decoder.decode(in, out, true)).isOverflow()) {
            out.clear();
        }
        return result.isError() ? in.position() : -1;
    }

    /**
     * The line of a byte: one more than the line breaks before it, each a line feed or a carriage return alone, as
     * JSON and YAML readers count them.
     *
     * @param bytes the bytes, not null
     * @param at the byte's index
     * @return its line, from 1
     */
    public static int lineOf(byte[] bytes, int at) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (endsLine(bytes, i)) {
                line++;
            }
        }
        return line;
    }

    /**
     * Where a byte is, for a message: " at byte N" on the first line, else " at line L, byte N" of its line.
     *
     * @param bytes the bytes, not null
     * @param at the byte's index
     * @return its place, with a leading space, not null
     */
    public static String place(byte[] bytes, int at) {
        int lineStart = at;
        while (lineStart > 0 && !endsLine(bytes, lineStart - 1)) {
            lineStart--;
        }
        return lineStart == 0 ? " at byte " + (at + 1L)
                : " at line " + lineOf(bytes, at) + ", byte " + (at - lineStart + 1L);
    }

    /** Whether a byte ends a line: a line feed, or a carriage return not followed by one. */
    private static boolean endsLine(byte[] bytes, int i) {
        return bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n');
    }
}
