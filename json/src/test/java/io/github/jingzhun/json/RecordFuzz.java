package io.github.jingzhun.json;

import io.github.jingzhun.json.stream.NdjsonLine;
import io.github.jingzhun.json.stream.NdjsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The properties every fuzz test of a record reader checks, whatever the record: from arbitrary bytes, the record is
 * read or refused with a {@link JsonImportException}, never anything else, strict and tolerant of unknown fields;
 * the NDJSON reader over the bytes reads each line as a value or problems, and, for one well-formed UTF-8 line,
 * agrees with the text reader; an accepted record writes back to JSON that reads as an equal record.
 *
 * @param <T> the record
 */
final class RecordFuzz<T> {

    /** Reads one record from text. */
    @FunctionalInterface
    interface TextReader<T> {
        T read(JsonImporter importer, String json) throws JsonImportException;
    }

    /** Reads NDJSON records from bytes. */
    @FunctionalInterface
    interface LineReader<T> {
        NdjsonReader<T> lines(JsonImporter importer, InputStream in);
    }

    private static final JsonImporter STRICT = JingzhunJson.importer();
    private static final JsonImporter TOLERANT =
            JingzhunJson.importer(JsonOptions.defaults().withTolerateUnknownFields(true));

    private final TextReader<T> text;
    private final LineReader<T> lines;

    RecordFuzz(TextReader<T> text, LineReader<T> lines) {
        this.text = text;
        this.lines = lines;
    }

    /** Checks the properties on one input. */
    void check(byte[] input) throws IOException {
        String json = new String(input, StandardCharsets.UTF_8);
        // Well-formed UTF-8, and only that, decodes to text that encodes back to the same bytes.
        boolean oneLine = Arrays.equals(json.getBytes(StandardCharsets.UTF_8), input) && json.indexOf('\n') < 0
                && json.indexOf('\r') < 0 && !json.isBlank() && !json.startsWith("\uFEFF");
        for (JsonImporter importer : new JsonImporter[] {STRICT, TOLERANT}) {
            T record = read(importer, json);
            if (record != null) {
                String written = importer.mapper().writeValueAsString(record);
                FuzzOracle.check(record.equals(read(importer, written)),
                        "an accepted record does not round-trip: " + written);
            }
            long count = 0;
            try (NdjsonReader<T> reader = lines.lines(importer, new ByteArrayInputStream(input))) {
                for (NdjsonLine<T> line; (line = reader.next()) != null; ) {
                    count++;
                    FuzzOracle.check(line.number() == count, "line " + line.number() + " read as line " + count);
                    if (line.isValid()) {
                        FuzzOracle.check(line.problems().isEmpty(), "a valid line with problems");
                    } else {
                        FuzzOracle.check(!line.problems().isEmpty(), "an invalid line without problems");
                        FuzzOracle.checkProblems(line.problems());
                    }
                    if (oneLine) {
                        FuzzOracle.check(line.isValid() == (record != null), "the NDJSON and text readers disagree");
                        FuzzOracle.check(!line.isValid() || line.get().equals(record),
                                "the NDJSON and text readers read different records");
                    }
                }
            }
        }
    }

    private @Nullable T read(JsonImporter importer, String json) {
        try {
            return text.read(importer, json);
        } catch (JsonImportException e) {
            FuzzOracle.checkRefusal(e);
            return null;
        }
    }
}
