package io.github.jingzhun.json.stream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.json.JsonProblem;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * Writes NDJSON: one JSON document per line, such as a decision, or the error object of a line that could not be
 * read or assessed: {@code {"line": 17, "errors": [{"path": "$.members[0].birthDate", "message": "..."}]}}.
 * Not thread-safe.
 */
public final class NdjsonWriter implements Closeable, Flushable {

    private final Writer out;
    private final ObjectMapper mapper;

    /**
     * Creates a writer.
     *
     * @param out where lines are written, not null; closed with this writer
     * @param mapper the mapper that writes values, such as {@link JingzhunJson#mapper()}, not null
     */
    public NdjsonWriter(Writer out, ObjectMapper mapper) {
        this.out = Objects.requireNonNull(out, "out");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /**
     * Writes a value, such as a decision, on one line.
     *
     * @param value the value, not null
     * @throws IOException if writing fails
     */
    public void write(Object value) throws IOException {
        out.write(mapper.writeValueAsString(value));
        out.write('\n');
    }

    /**
     * Writes the error object of an input line on one line.
     *
     * @param line the input line's number, from 1
     * @param problems the problems, not empty
     * @throws IOException if writing fails
     */
    public void writeErrors(long line, List<JsonProblem> problems) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator gen = mapper.getFactory().createGenerator(text)) {
            writeErrors(gen, line, problems);
        }
        out.write(text.toString());
        out.write('\n');
    }

    private static final SerializedString LINE = new SerializedString("line");
    private static final SerializedString ERRORS = new SerializedString("errors");
    private static final SerializedString PATH = new SerializedString("path");
    private static final SerializedString MESSAGE = new SerializedString("message");

    /**
     * Writes the error object of an input line.
     *
     * @param gen the generator
     * @param line the input line's number, from 1
     * @param problems the problems, not empty
     * @throws IOException if writing fails
     */
    static void writeErrors(JsonGenerator gen, long line, List<JsonProblem> problems) throws IOException {
        gen.writeStartObject();
        gen.writeFieldName(LINE);
        gen.writeNumber(line);
        writeProblems(gen, problems);
        gen.writeEndObject();
    }

    /**
     * Writes the error object of a record that is not a line: {@code {"errors": [...]}}.
     *
     * @param gen the generator
     * @param problems the problems, not empty
     * @throws IOException if writing fails
     */
    static void writeErrors(JsonGenerator gen, List<JsonProblem> problems) throws IOException {
        gen.writeStartObject();
        writeProblems(gen, problems);
        gen.writeEndObject();
    }

    private static void writeProblems(JsonGenerator gen, List<JsonProblem> problems) throws IOException {
        gen.writeFieldName(ERRORS);
        gen.writeStartArray();
        for (JsonProblem p : problems) {
            gen.writeStartObject();
            gen.writeFieldName(PATH);
            gen.writeString(p.path());
            gen.writeFieldName(MESSAGE);
            gen.writeString(p.message());
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
