package io.github.jingzhun.json.stream;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;

/**
 * Reads text one line at a time with a bound on the length of a line: a longer line is skipped to its end without
 * being held, so memory stays constant whatever the input. Lines end with {@code \n} or {@code \r\n}; a last line
 * without a line end counts, an empty input has no line. A byte order mark at the very start of the input is skipped
 * (Windows tools write one); anywhere else it stays in the text.
 */
final class LineReader implements Closeable {

    /** One line: its number from 1, and its text, or null when it was longer than the limit. */
    record Line(long number, @Nullable String text) {}

    private final Reader in;
    private final int maxLength;
    private final char[] buffer = new char[8192];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int limit;
    private boolean started;
    private long number;

    LineReader(Reader in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /**
     * The next line.
     *
     * @return the line, or null at the end of the input
     * @throws IOException if reading fails
     */
    @Nullable Line next() throws IOException {
        line.setLength(0);
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            if (!started) {
                started = true;
                if (buffer[position] == Utf8.BYTE_ORDER_MARK) {
                    position++;
                    continue;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            if (!tooLong) {
                int length = position - start;
                if (line.length() + length > maxLength + 1) {
                    tooLong = true;
                    line.setLength(0);
                } else {
                    line.append(buffer, start, length);
                }
            }
            if (position < limit) {
                position++;
                break;
            }
        }
        number++;
        if (!tooLong && line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
            line.setLength(line.length() - 1);
        }
        if (tooLong || line.length() > maxLength) {
            line.setLength(0);
            line.trimToSize();
            return new Line(number, null);
        }
        return new Line(number, line.toString());
    }

    /**
     * Moves past lines, as {@link #next()} moves past each: the line after them keeps its number.
     *
     * @param lines how many lines to move past, at least 0
     * @return how many were there, fewer only when the input ended
     * @throws IOException if reading fails
     */
    long skip(long lines) throws IOException {
        long skipped = 0;
        while (skipped < lines && next() != null) {
            skipped++;
        }
        return skipped;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
