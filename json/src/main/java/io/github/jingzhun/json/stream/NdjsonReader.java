package io.github.jingzhun.json.stream;

import io.github.jingzhun.Decision;
import io.github.jingzhun.area.Village;
import io.github.jingzhun.audit.RollLine;
import io.github.jingzhun.exit.County;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.identification.ProvincialBenchmark;
import io.github.jingzhun.json.JsonImportException;
import io.github.jingzhun.json.JsonImporter;
import io.github.jingzhun.json.JsonProblem;
import io.github.jingzhun.parameter.MissingParameterException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads NDJSON (one JSON document per line) one line at a time, never holding the whole input: every line,
 * an empty one too, yields exactly one {@link NdjsonLine}, a value or its problems. A line longer than the document
 * limit is skipped to its end without being held and reported as a problem.
 *
 * <pre>{@code
 * try (NdjsonReader<Household> lines = NdjsonReader.households(importer, reader)) {
 *     for (NdjsonLine<Household> line; (line = lines.next()) != null; ) { ... }
 * }
 * }</pre>
 *
 * Not thread-safe.
 *
 * @param <T> the type of record on each line
 */
public final class NdjsonReader<T> implements Closeable {

    /** Reads one line's record. */
    @FunctionalInterface
    interface RecordReader<T> {
        T read(String json) throws JsonImportException;
    }

    /**
     * Reads one line's record from its UTF-8 bytes, refusing malformed ones as {@link
     * JsonImporter#readHousehold(byte[], int, int)} does: a line read so is never decoded to text and encoded again.
     */
    @FunctionalInterface
    interface BytesReader<T> {
        T read(byte[] utf8, int offset, int length) throws JsonImportException;
    }

    /** The problem of an empty or blank line. */
    static final String EMPTY_LINE = "empty line; each line holds one JSON document";

    private final @Nullable LineReader lines;
    /** The lines of UTF-8 input, checked strictly, when reading bytes. */
    private final @Nullable ByteLineReader bytes;
    private final Closeable input;
    private final int maxLength;
    private final RecordReader<T> reader;
    /** The reader of a line's bytes, when the record has one; else a line of bytes is decoded for {@link #reader}. */
    private final @Nullable BytesReader<T> bytesReader;

    /**
     * Reads villages from NDJSON, one line at a time.
     *
     * @param importer the importer that reads each line's record, not null
     * @param in the NDJSON text, not null; closed with the reader
     * @return the reader of villages, not null
     */
    public static NdjsonReader<Village> villages(JsonImporter importer, Reader in) {
        return new NdjsonReader<>(in, importer.options().maxDocumentLength(),
                line -> importer.readVillage(keepingByteOrderMark(line)));
    }

    /**
     * Reads villages from NDJSON in UTF-8 bytes, one line at a time, as {@link #villages(JsonImporter, Reader)} does
     * from text: a line that is not well-formed UTF-8 (a file in GBK, say) is a line with a problem naming the byte,
     * never read with replacement characters.
     *
     * @param importer the importer that reads each line's record, not null
     * @param in the NDJSON bytes, not null; closed with the reader
     * @return the reader of villages, not null
     */
    public static NdjsonReader<Village> villages(JsonImporter importer, InputStream in) {
        return new NdjsonReader<>(in, importer.options().maxDocumentLength(),
                line -> importer.readVillage(keepingByteOrderMark(line)));
    }

    /**
     * Reads counties from NDJSON, one line at a time.
     *
     * @param importer the importer that reads each line's record, not null
     * @param in the NDJSON text, not null; closed with the reader
     * @return the reader of counties, not null
     */
    public static NdjsonReader<County> counties(JsonImporter importer, Reader in) {
        return new NdjsonReader<>(in, importer.options().maxDocumentLength(),
                line -> importer.readCounty(keepingByteOrderMark(line)));
    }

    /**
     * Reads counties from NDJSON in UTF-8 bytes, one line at a time, as {@link #counties(JsonImporter, Reader)} does
     * from text: a line that is not well-formed UTF-8 (a file in GBK, say) is a line with a problem naming the byte,
     * never read with replacement characters.
     *
     * @param importer the importer that reads each line's record, not null
     * @param in the NDJSON bytes, not null; closed with the reader
     * @return the reader of counties, not null
     */
    public static NdjsonReader<County> counties(JsonImporter importer, InputStream in) {
        return new NdjsonReader<>(in, importer.options().maxDocumentLength(),
                line -> importer.readCounty(keepingByteOrderMark(line)));
    }

    /**
     * Reads provinces' benchmarks from NDJSON, one line at a time.
     *
     * @param importer the importer that reads each line's record, not null
     * @param in the NDJSON text, not null; closed with the reader
     * @return the reader of benchmarks, not null
     */
    public static NdjsonReader<ProvincialBenchmark> benchmarks(JsonImporter importer, Reader in) {
        return new NdjsonReader<>(in, importer.options().maxDocumentLength(),
                line -> importer.readBenchmark(keepingByteOrderMark(line)));
    }

    /**
     * Reads provinces' benchmarks from NDJSON in UTF-8 bytes, one line at a time, as {@link #benchmarks(JsonImporter,
     * Reader)} does from text: a line that is not well-formed UTF-8 (a file in GBK, say) is a line with a problem
     * naming the byte, never read with replacement characters.
     *
     * @param importer the importer that reads each line's record, not null
     * @param in the NDJSON bytes, not null; closed with the reader
     * @return the reader of provinces' benchmarks, not null
     */
    public static NdjsonReader<ProvincialBenchmark> benchmarks(JsonImporter importer, InputStream in) {
        return new NdjsonReader<>(in, importer.options().maxDocumentLength(),
                line -> importer.readBenchmark(keepingByteOrderMark(line)));
    }

    /**
     * Reads a department's roll from NDJSON, one line at a time.
     *
     * @param importer the importer that reads each line's record, not null
     * @param in the NDJSON text, not null; closed with the reader
     * @return the reader of roll lines, not null
     */
    public static NdjsonReader<RollLine> rollLines(JsonImporter importer, Reader in) {
        return new NdjsonReader<>(in, importer.options().maxDocumentLength(),
                line -> importer.readRollLine(keepingByteOrderMark(line)));
    }

    /**
     * Reads a department's roll lines from NDJSON in UTF-8 bytes, one line at a time, as {@link
     * #rollLines(JsonImporter, Reader)} does from text: a line that is not well-formed UTF-8 (a file in GBK, say) is a
     * line with a problem naming the byte, never read with replacement characters.
     *
     * @param importer the importer that reads each line's record, not null
     * @param in the NDJSON bytes, not null; closed with the reader
     * @return the reader of a department's roll lines, not null
     */
    public static NdjsonReader<RollLine> rollLines(JsonImporter importer, InputStream in) {
        return new NdjsonReader<>(in, importer.options().maxDocumentLength(),
                line -> importer.readRollLine(keepingByteOrderMark(line)));
    }

    /**
     * Reads households from NDJSON, one line at a time: the whole input is never held in memory.
     *
     * @param importer the importer that reads each line's record, not null
     * @param in the NDJSON text, not null; closed with the reader
     * @return the reader of households, not null
     */
    public static NdjsonReader<Household> households(JsonImporter importer, Reader in) {
        return new NdjsonReader<>(in, importer.options().maxDocumentLength(),
                line -> importer.readHousehold(keepingByteOrderMark(line)));
    }

    /**
     * Reads households from NDJSON in UTF-8 bytes, one line at a time, as {@link #households(JsonImporter, Reader)}
     * does from text: a line that is not well-formed UTF-8 (a file in GBK, say) is a line with a problem naming the
     * byte, never read with replacement characters.
     *
     * @param importer the importer that reads each line's record, not null
     * @param in the NDJSON bytes, not null; closed with the reader
     * @return the reader of households, not null
     */
    public static NdjsonReader<Household> households(JsonImporter importer, InputStream in) {
        return new NdjsonReader<>(in, importer.options().maxDocumentLength(),
                line -> importer.readHousehold(keepingByteOrderMark(line)), importer::readHousehold);
    }

    /**
     * Reads decisions from NDJSON, one line at a time.
     *
     * @param importer the importer that reads each line's record, not null
     * @param in the NDJSON text, not null; closed with the reader
     * @return the reader of decisions, not null
     */
    public static NdjsonReader<Decision> decisions(JsonImporter importer, Reader in) {
        return new NdjsonReader<>(in, importer.options().maxDocumentLength(),
                line -> importer.readDecision(keepingByteOrderMark(line)));
    }

    NdjsonReader(Reader in, int maxLength, RecordReader<T> reader) {
        this.lines = new LineReader(in, maxLength);
        this.bytes = null;
        this.input = lines;
        this.maxLength = maxLength;
        this.reader = reader;
        this.bytesReader = null;
    }

    /**
     * Reads UTF-8 bytes: a line that is not well-formed UTF-8 is a line with a problem naming the byte, never
     * decoded with replacement characters.
     */
    NdjsonReader(InputStream in, int maxLength, RecordReader<T> reader) {
        this(in, maxLength, reader, null);
    }

    /**
     * Reads UTF-8 bytes, giving each line's bytes to a reader of bytes if there is one (it refuses malformed bytes
     * itself, in the same words), else its text to the reader of text.
     */
    NdjsonReader(InputStream in, int maxLength, RecordReader<T> reader, @Nullable BytesReader<T> bytesReader) {
        this.lines = null;
        this.bytes = new ByteLineReader(in, maxLength);
        this.input = in;
        this.maxLength = maxLength;
        this.reader = reader;
        this.bytesReader = bytesReader;
    }

    /**
     * Reads the next line.
     *
     * @return the line read, or null at the end of the input
     * @throws IOException if reading the input fails (a bad line is not an IOException but a line with problems)
     */
    public @Nullable NdjsonLine<T> next() throws IOException {
        LineReader.Line line;
        ByteLineReader b = bytes;
        if (b != null) {
            if (!b.next()) {
                return null;
            }
            if (b.tooLong()) {
                return problem(b.number(), ByteLineReader.tooLong(maxLength, b.tooLongForHeap()));
            }
            BytesReader<T> direct = bytesReader;
            if (direct != null) {
                // Malformed bytes are never blank; the reader refuses them, naming the first.
                if (Utf8.isBlank(b.buffer(), b.start(), b.start() + b.length())) {
                    return problem(b.number(), EMPTY_LINE);
                }
                try {
                    return new NdjsonLine<>(b.number(), direct.read(b.buffer(), b.start(), b.length()), List.of());
                } catch (JsonImportException e) {
                    return new NdjsonLine<>(b.number(), null, e.problems());
                }
            }
            String decoded = new String(b.buffer(), b.start(), b.length(), StandardCharsets.UTF_8);
            int malformed = decoded.indexOf('\uFFFD') < 0 ? -1
                    : Utf8.malformedAt(b.buffer(), b.start(), b.start() + b.length());
            if (malformed >= 0) {
                return problem(b.number(), Utf8.malformed(b.buffer(), b.start(), malformed));
            }
            line = new LineReader.Line(b.number(), decoded);
        } else {
            line = Objects.requireNonNull(lines).next();
        }
        if (line == null) {
            return null;
        }
        String text = line.text();
        if (text == null) {
            return problem(line.number(), tooLong(maxLength));
        }
        if (text.isBlank()) {
            return problem(line.number(), EMPTY_LINE);
        }
        try {
            return new NdjsonLine<>(line.number(), reader.read(text), List.of());
        } catch (JsonImportException e) {
            return new NdjsonLine<>(line.number(), null, e.problems());
        }
    }

    /**
     * Moves past the next lines without reading their records: the line after them keeps its number, so that a run
     * resumed after the lines a stopped run wrote numbers its lines (and its error lines) as the whole input does.
     *
     * @param lines how many lines to move past, at least 0
     * @return how many lines there were, fewer than asked only when the input ended
     * @throws IOException if reading the input fails
     * @throws IllegalArgumentException if {@code lines} is negative
     */
    public long skip(long lines) throws IOException {
        if (lines < 0) {
            throw new IllegalArgumentException("a negative number of lines: " + lines);
        }
        ByteLineReader b = bytes;
        return b != null ? b.skip(lines) : Objects.requireNonNull(this.lines).skip(lines);
    }

    /**
     * The problem of a line longer than the limit.
     *
     * @param maxLength the most characters of a line
     * @return the message
     */
    static String tooLong(int maxLength) {
        return "line longer than " + maxLength + " characters";
    }

    /**
     * The problem of a record that was read but could not be worked on: the parameter that is missing, or what
     * failed (by its kind, never with the record's data).
     */
    static JsonProblem failed(Exception e, String worked, Year year) {
        return rootProblem(e instanceof MissingParameterException
                ? Objects.requireNonNullElse(e.getMessage(), "a parameter is missing")
                : "could not be " + worked + " for " + year + " (" + e.getClass().getSimpleName() + ")");
    }

    /**
     * A problem of a whole line's record, at the root path.
     *
     * @param message the problem
     * @return the problem
     */
    static JsonProblem rootProblem(String message) {
        return new JsonProblem("$", message);
    }

    /**
     * A line's text as a reader that skips a byte order mark at the start of its document
     * ({@link JsonImporter#readHousehold(String)}, {@link JsonImporter#readDecision(String)}) must see it: the
     * line reader skipped the one at the start of the input, and one at the start of any other line is a character
     * of the line, so another is put before it for the reader to skip.
     *
     * @param line the text of one line
     * @return the text to read
     */
    static String keepingByteOrderMark(String line) {
        return !line.isEmpty() && line.charAt(0) == Utf8.BYTE_ORDER_MARK ? Utf8.BYTE_ORDER_MARK + line : line;
    }

    private NdjsonLine<T> problem(long number, String message) {
        return new NdjsonLine<>(number, null, List.of(rootProblem(message)));
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
