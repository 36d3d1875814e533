package io.github.jingzhun.examples.cli;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The streams of one run of the command line and what is known about them. Text is UTF-8 both ways, whatever the
 * platform's default, as NDJSON requires.
 *
 * @param in standard input
 * @param out standard output
 * @param err standard error, UTF-8
 * @param terminal whether standard error is a terminal, so that progress may be shown
 * @param inputSize the size of standard input in bytes when it is a file, or -1
 * @param outputFile whether standard output is a file, so that a command writing as it reads may show progress
 *     ({@link #streamProgress})
 * @param interruption what the run says when it is stopped before it finishes
 */
record Io(InputStream in, OutputStream out, PrintStream err, boolean terminal, long inputSize, boolean outputFile,
        Interruption interruption) {

    /**
     * Standard input as bytes, counted for a progress bar when one is shown.
     *
     * @param bar the bar that follows the reading
     * @param spec the command, for a usage error
     * @return the stream, not buffered (the NDJSON reader reads in large blocks)
     */
    InputStream input(ProgressBar bar, CommandSpec spec) {
        // Appended to the file it reads, a run would read its own lines back without end, as cat refuses to.
        if (outputFile && Terminal.isStandardOutputInput()) {
            throw new ParameterException(spec.commandLine(), "standard output is the file standard input reads: "
                    + "the run would read back what it writes; write to another file");
        }
        return bar.shown() ? new CountingInputStream(in, bar) : in;
    }

    /**
     * Standard output as buffered text; flush it when done.
     *
     * @return the writer
     */
    Writer writer() {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    /**
     * A progress bar over standard input for a command that writes once it has read it all ({@code stats},
     * {@code scenario}), drawn only when standard error is a terminal and progress is wanted.
     *
     * @param label what is being done
     * @param wanted false when the user asked for no progress
     * @return the bar
     */
    ProgressBar inputProgress(String label, boolean wanted) {
        return progress(label, wanted, inputSize, "line");
    }

    /**
     * A progress bar for a command that writes its output as it goes ({@code assess}, {@code validate},
     * {@code generate}): drawn only when, besides, standard output is a file. On the terminal, the output's lines
     * would break the bar; into a pipe, the reader may draw on the same terminal — in {@code generate | assess}
     * both would draw bars over each other, so the generator leaves progress to the command it feeds, which counts
     * the same lines (a pipe holds only a few kilobytes), and the one display is readable.
     *
     * @param label what is being done
     * @param wanted false when the user asked for no progress
     * @param total the position at the end, or -1 if unknown
     * @param unit what is counted, in the singular
     * @return the bar
     */
    ProgressBar streamProgress(String label, boolean wanted, long total, String unit) {
        return progress(label, wanted && outputFile, total, unit);
    }

    /**
     * A progress bar, drawn only when standard error is a terminal and progress is wanted.
     *
     * @param label what is being done
     * @param wanted false when the user asked for no progress
     * @param total the position at the end, or -1 if unknown
     * @param unit what is counted, in the singular
     * @return the bar
     */
    private ProgressBar progress(String label, boolean wanted, long total, String unit) {
        return terminal && wanted ? ProgressBar.on(err, label, total, unit) : ProgressBar.none();
    }
}
