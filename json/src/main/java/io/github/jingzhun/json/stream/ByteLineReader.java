package io.github.jingzhun.json.stream;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads UTF-8 bytes one line at a time, as {@link LineReader} reads their text: lines end with {@code \n} or
 * {@code \r\n}, a last line without a line end counts, an empty input has no line, and a line longer than the
 * limit — counted in characters of its text, as {@link LineReader} counts them — is skipped to its end without
 * being held (so is a line of more than three bytes a character, which only malformed UTF-8 has). A byte order
 * mark at the very start of the input is skipped, as {@link LineReader} skips it. A line is a part of the reader's
 * buffer, valid until the next call; its bytes are not checked here. Not thread-safe.
 */
final class ByteLineReader {

    private final InputStream in;
    private final int maxLength;
    private final long maxBytes;
    /** The most bytes of a line this heap reads at once: a longer line is too long whatever its characters. */
    private final long heapBytes;
    /** The buffer's size to start with, and to come back to after a long line grew it. */
    private static final int BUFFER = 1 << 16;

    private byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    private boolean end;
    private boolean started;
    private long number;
    private int start;
    private int length;
    private boolean tooLong;
    private boolean tooLongForHeap;

    /**
     * Creates a reader.
     *
     * @param in the input; not closed
     * @param maxLength the most characters of a line
     */
    ByteLineReader(InputStream in, int maxLength) {
        this(in, maxLength, heapLineBytes(Runtime.getRuntime().maxMemory()));
    }

    /**
     * Creates a reader with a bound on the bytes of a line besides its characters.
     *
     * @param in the input; not closed
     * @param maxLength the most characters of a line
     * @param heapBytes the most bytes of a line
     */
    ByteLineReader(InputStream in, int maxLength, long heapBytes) {
        this.in = in;
        this.maxLength = maxLength;
        this.maxBytes = 3L * (maxLength + 1);
        this.heapBytes = heapBytes;
    }

    /**
     * The most bytes of a line a heap reads at once: a sixteenth of it, at least 1 MiB. Reading a line takes a few
     * times its bytes (the line, its parsed values, its output), so that a line at the limit in characters (up to
     * three bytes each) would exhaust a small heap; such a line is refused as too long instead.
     *
     * @param maxMemory the most memory of the heap, as {@link Runtime#maxMemory()} says
     * @return the bytes
     */
    static long heapLineBytes(long maxMemory) {
        return Math.max(1 << 20, maxMemory / 16);
    }

    /**
     * The problem of a line longer than the limit in characters, or than what the heap reads at once.
     *
     * @param maxLength the most characters of a line
     * @param forHeap whether the line was too long for the heap rather than in characters
     * @return the message
     */
    static String tooLong(int maxLength, boolean forHeap) {
        if (!forHeap) {
            return NdjsonReader.tooLong(maxLength);
        }
        long heap = Runtime.getRuntime().maxMemory();
        return "line longer than " + heapLineBytes(heap) + " bytes, the most a heap of " + (heap >> 20)
                + " MiB reads at once (a sixteenth; give Java more memory with -Xmx to read it)";
    }

    /**
     * Moves to the next line.
     *
     * @return false at the end of the input
     * @throws IOException if reading fails
     */
    boolean next() throws IOException {
        if (!started) {
            started = true;
            skipByteOrderMark();
        }
        tooLong = false;
        tooLongForHeap = false;
        if (buffer.length > BUFFER && limit - position < BUFFER / 2) {
            // A long line grew the buffer: memory goes back to what the short lines after it need.
            byte[] smaller = new byte[BUFFER];
            System.arraycopy(buffer, position, smaller, 0, limit - position);
            limit -= position;
            position = 0;
            buffer = smaller;
        }
        boolean any = false;
        int lineStart = position;
        int searchFrom = position;
        // The characters of the line in [lineStart, counted): counted only once the line has more bytes than the
        // limit has characters, since a line never has more characters than bytes.
        long chars = 0;
        int counted = position;
        while (true) {
            int newline = Utf8.indexOfNewline(buffer, searchFrom, limit);
            int stop = newline >= 0 ? newline : limit;
            any |= newline >= 0 || stop > lineStart;
            if (!tooLong && stop - lineStart > heapBytes + 1) {
                tooLong = true;
                tooLongForHeap = true;
            }
            if (!tooLong && stop - lineStart > maxLength) {
                chars += Utf8.chars(buffer, counted, stop);
                counted = stop;
                tooLong = chars > (long) maxLength + 1 || stop - lineStart > maxBytes;
            }
            if (tooLong) {
                // What was read of the line is dropped, not held.
                lineStart = stop;
                counted = stop;
            }
            if (newline >= 0) {
                finish(lineStart, newline, chars, counted);
                position = newline + 1;
                return true;
            }
            if (end) {
                if (!any) {
                    return false;
                }
                finish(lineStart, limit, chars, counted);
                position = limit;
                return true;
            }
            int shift = lineStart;
            if (shift > 0) {
                System.arraycopy(buffer, shift, buffer, 0, limit - shift);
                limit -= shift;
                counted -= shift;
                lineStart = 0;
            }
            searchFrom = limit;
            if (limit == buffer.length) {
                byte[] larger = new byte[buffer.length * 2];
                System.arraycopy(buffer, 0, larger, 0, limit);
                buffer = larger;
            }
            int n = in.read(buffer, limit, buffer.length - limit);
            if (n < 0) {
                end = true;
            } else {
                limit += n;
            }
        }
    }

    /**
     * Moves past lines without looking at them, as {@link #next()} moves past each: the line after them keeps its
     * number, so that a run resumed after them numbers its lines as the whole input does.
     *
     * @param lines how many lines to move past, at least 0
     * @return how many were there, fewer only when the input ended
     * @throws IOException if reading fails
     */
    long skip(long lines) throws IOException {
        long skipped = 0;
        while (skipped < lines && next()) {
            skipped++;
        }
        return skipped;
    }

    /** Reads the first bytes of the input, and moves past them if they are a byte order mark. */
    private void skipByteOrderMark() throws IOException {
        while (limit < 3 && !end) {
            int n = in.read(buffer, limit, buffer.length - limit);
            if (n < 0) {
                end = true;
            } else {
                limit += n;
            }
        }
        if (Utf8.startsWithByteOrderMark(buffer, 0, limit)) {
            position = 3;
        }
    }

    private void finish(int from, int to, long chars, int counted) {
        number++;
        start = from;
        length = 0;
        if (tooLong) {
            return;
        }
        int last = to > from && buffer[to - 1] == '\r' ? to - 1 : to;
        if (last - from > heapBytes) {
            tooLong = true;
            tooLongForHeap = true;
            return;
        }
        if (last - from > maxLength) {
            // Counted may have passed the carriage return, one character.
            long total = counted <= last ? chars + Utf8.chars(buffer, counted, last) : chars - (counted - last);
            tooLong = total > maxLength;
            if (tooLong) {
                return;
            }
        }
        length = last - from;
    }

    /**
     * The number of the current line.
     *
     * @return the number, from 1
     */
    long number() {
        return number;
    }

    /**
     * Whether the current line was longer than the limit; its bytes are then not held.
     *
     * @return true if too long
     */
    boolean tooLong() {
        return tooLong;
    }

    /**
     * Whether the current line was too long for the heap ({@link #heapLineBytes}) rather than in characters.
     *
     * @return true if too long for the heap
     */
    boolean tooLongForHeap() {
        return tooLongForHeap;
    }

    /**
     * The buffer holding the current line.
     *
     * @return the buffer
     */
    byte[] buffer() {
        return buffer;
    }

    /**
     * Where the current line starts in the buffer.
     *
     * @return the index
     */
    int start() {
        return start;
    }

    /**
     * The length of the current line in bytes, without its line end; 0 for a line too long.
     *
     * @return the length
     */
    int length() {
        return length;
    }
}
