package io.github.jingzhun.json.stream;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * What NDJSON needs to know of UTF-8 bytes without decoding them: where a line ends, how many characters (UTF-16
 * code units, as {@link String#length()} counts) a part holds, whether it is blank, and
 * whether it starts with a byte order mark. Scans eight bytes at a time where it can.
 */
final class Utf8 {

    /**
     * The byte order mark, U+FEFF. Windows tools write it at the start of a UTF-8 file; every reader skips one there,
     * at the very start of its input, and nowhere else (elsewhere it is a character that is not JSON).
     */
    static final char BYTE_ORDER_MARK = '\uFEFF';

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private Utf8() {}

    /**
     * The problem of a line that is not well-formed UTF-8: the words the importer uses for bytes it refuses (a line
     * of households comes to it as bytes, a line of another record is checked here), UTF-16 named as such.
     *
     * @param bytes the array
     * @param start the index of the line's first byte
     * @param malformed the index of the first byte of its first malformed sequence
     * @return the message
     */
    static String malformed(byte[] bytes, int start, int malformed) {
        if (malformed == start && start + 1 < bytes.length && (bytes[start] == (byte) 0xFF
                && bytes[start + 1] == (byte) 0xFE || bytes[start] == (byte) 0xFE && bytes[start + 1] == (byte) 0xFF)) {
            return "a UTF-16 byte order mark at byte 1; each line is text in UTF-8 (a file saved as UTF-16, "
                    + "'Unicode' in Windows tools, must be converted to UTF-8 first)";
        }
        return "malformed UTF-8 at byte " + (malformed - start + 1L) + "; each line is text in UTF-8 (a file exported "
                + "in GBK or GB 18030 must be converted to UTF-8 first)";
    }

    /**
     * Where a part of an array stops being well-formed UTF-8, as Java's decoder says: no stray continuation byte, no
     * overlong form, no surrogate, nothing beyond U+10FFFF, no sequence cut short. Asked only of a line whose text
     * shows a replacement character, which a malformed sequence decodes to.
     *
     * @param bytes the array
     * @param from the first index checked
     * @param to the index after the last one checked
     * @return the index of the first byte of the first malformed sequence, or -1 if the part is well-formed
     */
    static int malformedAt(byte[] bytes, int from, int to) {
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CoderResult result = StandardCharsets.UTF_8.newDecoder().decode(in, CharBuffer.allocate(to - from), true);
        return result.isError() ? in.position() : -1;
    }

    /**
     * Whether a part of an array starts with the byte order mark in UTF-8, {@code EF BB BF}.
     *
     * @param bytes the array
     * @param from the first index
     * @param to the index after the last one
     * @return true if it does
     */
    static boolean startsWithByteOrderMark(byte[] bytes, int from, int to) {
        return to - from >= 3 && bytes[from] == (byte) 0xEF && bytes[from + 1] == (byte) 0xBB
                && bytes[from + 2] == (byte) 0xBF;
    }

    /**
     * The index of the first {@code \n} in a part of an array.
     *
     * @param bytes the array
     * @param from the first index searched
     * @param to the index after the last one searched
     * @return the index, or -1 if there is none
     */
    static int indexOfNewline(byte[] bytes, int from, int to) {
        return indexOf(bytes, (byte) '\n', from, to);
    }

    /**
     * The index of the first occurrence of an ASCII byte in a part of an array.
     *
     * @param bytes the array
     * @param ascii the byte sought, below 0x80
     * @param from the first index searched
     * @param to the index after the last one searched
     * @return the index, or -1 if there is none
     */
    static int indexOf(byte[] bytes, byte ascii, int from, int to) {
        long pattern = ONES * ascii;
        int i = from;
        // Four words at a time while none holds the byte (most of a line), then the word that does.
        for (; i + 4 * Long.BYTES <= to; i += 4 * Long.BYTES) {
            if ((zeros((long) LONGS.get(bytes, i) ^ pattern) | zeros((long) LONGS.get(bytes, i + 8) ^ pattern)
                    | zeros((long) LONGS.get(bytes, i + 16) ^ pattern)
                    | zeros((long) LONGS.get(bytes, i + 24) ^ pattern)) != 0) {
                break;
            }
        }
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long v = (long) LONGS.get(bytes, i) ^ pattern;
            // The lowest byte of v that is zero, and so the byte sought, sets the lowest bit of t; no byte below it
            // does.
            long t = zeros(v);
            if (t != 0) {
                return i + (Long.numberOfTrailingZeros(t) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (bytes[i] == ascii) {
                return i;
            }
        }
        return -1;
    }

    /** The high bit of each zero byte of a word, and maybe of bytes above the lowest zero; 0 if none is zero. */
    private static long zeros(long v) {
        return (v - ONES) & ~v & HIGHS;
    }

    /**
     * How many UTF-16 code units well-formed UTF-8 bytes decode to: one per sequence, two for a four-byte one.
     *
     * @param bytes the array
     * @param from the first index counted
     * @param to the index after the last one counted
     * @return the count
     */
    static long chars(byte[] bytes, int from, int to) {
        long count = 0;
        for (int i = from; i < to; i++) {
            int b = bytes[i];
            if ((b & 0xC0) != 0x80) {
                count += (b & 0xF8) == 0xF0 ? 2 : 1;
            }
        }
        return count;
    }

    /**
     * Whether well-formed UTF-8 bytes are blank as {@link String#isBlank()} says of their text.
     *
     * @param bytes the array
     * @param from the first index
     * @param to the index after the last one
     * @return true if every character is white space, or there is none
     */
    static boolean isBlank(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            int b = bytes[i];
            if (b < 0) {
                return new String(bytes, from, to - from, StandardCharsets.UTF_8).isBlank();
            }
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }
}
