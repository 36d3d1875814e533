package io.github.jingzhun.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** One run of the command line in this process, with its exit code and what it wrote. */
record CliRun(int code, String out, String err) {

    /** The bundled sample of 200 households. */
    static String sample() {
        try (InputStream in = CliRun.class.getResourceAsStream("/sample/households.ndjson")) {
            if (in == null) {
                throw new IllegalStateException("sample/households.ndjson is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CliRun of(String stdin, String... args) {
        return run(stdin, false, false, args);
    }

    /**
     * A run whose standard error is, as far as the command line can tell, a terminal, so that it may draw progress.
     *
     * @param stdin standard input, a pipe (of unknown size)
     * @param outputFile whether standard output is a file rather than a terminal or a pipe
     * @param args the arguments
     * @return the run
     */
    static CliRun inTerminal(String stdin, boolean outputFile, String... args) {
        return run(stdin, true, outputFile, args);
    }

    private static CliRun run(String stdin, boolean terminal, boolean outputFile, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err, terminal,
                -1, outputFile);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The lines of standard output. */
    List<String> lines() {
        return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n", -1)).subList(0, out.split("\n", -1).length
                - (out.endsWith("\n") ? 1 : 0));
    }
}
