package io.github.jingzhun.examples.cli;

import io.github.jingzhun.examples.population.SyntheticAreas;
import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.json.stream.NdjsonWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Writes the villages and counties of a synthetic population for {@code generate}, one record per line. */
final class AreaFiles {

    private AreaFiles() {}

    /**
     * Writes the files asked for.
     *
     * @param areas the areas of the households generated
     * @param villages where the villages go, or null
     * @param counties where the counties go, or null
     * @param spec the command, for a usage error
     * @throws IOException if writing fails once a file is open
     */
    static void write(SyntheticAreas areas, @Nullable Path villages, @Nullable Path counties, CommandSpec spec)
            throws IOException {
        if (villages != null) {
            write(villages, "--villages", areas.villages(), spec);
        }
        if (counties != null) {
            write(counties, "--counties", areas.counties(), spec);
        }
    }

    private static void write(Path file, String option, List<?> records, CommandSpec spec) throws IOException {
        Writer text;
        try {
            text = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), option + " " + file + " cannot be written: "
                    + Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName()));
        }
        try (NdjsonWriter out = new NdjsonWriter(text, JingzhunJson.mapper())) {
            for (Object record : records) {
                out.write(record);
            }
        } catch (IOException e) {
            throw OptionFiles.naming(file, e);
        }
    }
}
