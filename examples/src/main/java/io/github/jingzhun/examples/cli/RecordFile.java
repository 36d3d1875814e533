package io.github.jingzhun.examples.cli;

import io.github.jingzhun.json.JsonProblem;
import io.github.jingzhun.json.stream.NdjsonLine;
import io.github.jingzhun.json.stream.NdjsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;

/**
 * An NDJSON file of records named on the command line (villages, counties, benchmarks), read whole: each line is a
 * record, or an error line given to a listener with its problems; a record whose key was already read is an error
 * line naming the first. A file that cannot be opened is a usage error.
 *
 * @param <T> the record type
 */
final class RecordFile<T> {

    private final List<T> records = new ArrayList<>();
    private long lines;
    private long errors;

    private RecordFile() {}

    /**
     * Reads a file.
     *
     * @param file the file
     * @param option the option that named it, for messages
     * @param reader reads NDJSON records of the type from UTF-8 bytes
     * @param key what must be unique, such as the code
     * @param what what one record is, for messages, such as {@code village}
     * @param listener where error lines go
     * @param spec the command, for a usage error
     * @param <T> the record type
     * @return the records read, in file order
     * @throws IOException if reading fails after the file was opened
     */
    static <T> RecordFile<T> read(Path file, String option, Function<InputStream, NdjsonReader<T>> reader,
            Function<T, Object> key, String what, HouseholdInput.ErrorListener listener, CommandSpec spec)
            throws IOException {
        InputStream in = OptionFiles.open(file, option, spec);
        RecordFile<T> read = new RecordFile<>();
        Map<Object, Long> seen = new HashMap<>();
        try (NdjsonReader<T> records = reader.apply(in)) {
            for (NdjsonLine<T> line; (line = records.next()) != null; ) {
                read.lines++;
                if (!line.isValid()) {
                    read.errors++;
                    listener.error(line.number(), line.problems());
                    continue;
                }
                Object k = key.apply(line.get());
                Long first = seen.putIfAbsent(k, line.number());
                if (first != null) {
                    read.errors++;
                    listener.error(line.number(), List.of(new JsonProblem("$", what + " " + k
                            + " appears twice; first on line " + first)));
                    continue;
                }
                read.records.add(line.get());
            }
        }
        return read;
    }

    /** The records read, in file order. */
    List<T> records() {
        return records;
    }

    /** The lines read. */
    long lines() {
        return lines;
    }

    /** The error lines. */
    long errors() {
        return errors;
    }
}
