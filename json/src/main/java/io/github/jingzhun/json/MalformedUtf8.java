package io.github.jingzhun.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Where UTF-8 bytes are not well-formed, checked before bytes the direct binder left (it checks those it binds as
 * it reads them) are decoded for the slow path: decoding replaces malformed sequences (overlong forms, surrogates,
 * stray continuation bytes) instead of refusing them. Scans thirty-two or eight bytes at a time while they are ASCII.
 */
final class MalformedUtf8 {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long HIGHS = 0x8080808080808080L;

    /** The message for UTF-16 text, which no reader decodes: the advice for GBK would mislead. */
    private static final String UTF_16 = "a UTF-16 byte order mark at byte 1; each line is text in UTF-8 (a file "
            + "saved as UTF-16, 'Unicode' in Windows tools, must be converted to UTF-8 first)";

    private MalformedUtf8() {}

    /** Whether two bytes are the byte order mark of UTF-16, little-endian ({@code FF FE}) or big-endian. */
    private static boolean isUtf16Mark(byte first, byte second) {
        return first == (byte) 0xFF && second == (byte) 0xFE || first == (byte) 0xFE && second == (byte) 0xFF;
    }

    /**
     * The problem of a document whose bytes are not well-formed UTF-8 from an index, the same on every reading path:
     * where in its line, and for a document of several lines, which line (a line of NDJSON is one).
     *
     * @param bytes the array
     * @param from the index of the document's first byte
     * @param malformed the index of the first byte of the first malformed sequence
     * @return the message
     */
    static String message(byte[] bytes, int from, int malformed) {
        if (malformed == from && from + 1 < bytes.length && isUtf16Mark(bytes[from], bytes[from + 1])) {
            return UTF_16;
        }
        int line = 1;
        int lineStart = from;
        for (int i = from; i < malformed; i++) {
            // a line ends at a line feed, or at a carriage return alone, as the JSON reader counts lines
            if (bytes[i] == '\n' || bytes[i] == '\r' && bytes[i + 1] != '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "malformed UTF-8 at " + (line == 1 ? "" : "line " + line + " of the document, ") + "byte "
                + (malformed - lineStart + 1) + "; each line is text in UTF-8 (a file exported in GBK or GB 18030 must "
                + "be converted to UTF-8 first)";
    }

    /**
     * Where a part of an array stops being well-formed UTF-8, as Java's decoder sees it: no stray continuation
     * byte, no overlong form, no surrogate, nothing beyond U+10FFFF, no sequence cut short.
     *
     * @param bytes the array
     * @param from the first index checked
     * @param to the index after the last one checked
     * @return the index of the first byte of the first malformed sequence, or -1 if the part is well-formed
     */
    static int at(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            // Thirty-two bytes a step while they are ASCII, as most of a line is: one test of four words.
            while (i + 4 * Long.BYTES <= to && (((long) LONGS.get(bytes, i) | (long) LONGS.get(bytes, i + 8)
                    | (long) LONGS.get(bytes, i + 16) | (long) LONGS.get(bytes, i + 24)) & HIGHS) == 0) {
                i += 4 * Long.BYTES;
            }
            while (i + Long.BYTES <= to && ((long) LONGS.get(bytes, i) & HIGHS) == 0) {
                i += Long.BYTES;
            }
            if (i >= to) {
                break;
            }
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length;
            int min = 0x80;
            int max = 0xBF;
            if (b < 0xC2) {
                return i;
            } else if (b < 0xE0) {
                length = 2;
            } else if (b < 0xF0) {
                length = 3;
                if (b == 0xE0) {
                    min = 0xA0;
                } else if (b == 0xED) {
                    max = 0x9F;
                }
            } else if (b < 0xF5) {
                length = 4;
                if (b == 0xF0) {
                    min = 0x90;
                } else if (b == 0xF4) {
                    max = 0x8F;
                }
            } else {
                return i;
            }
            if (i + length > to) {
                return i;
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < min || second > max) {
                return i;
            }
            for (int k = 2; k < length; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += length;
        }
        return -1;
    }
}
