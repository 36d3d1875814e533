package io.github.jingzhun.examples.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --skip N}, of the commands writing one output line per input line: resumes a run stopped by SIGTERM or
 * Ctrl-C, which said its N ({@link Interruption}).
 */
final class SkipOption {

    @Option(names = "--skip", paramLabel = "N", defaultValue = "0",
            description = "Move past the first N input lines unread and write nothing for them; the lines after keep "
                    + "their numbers. Resumes a run stopped by SIGTERM or Ctrl-C, which says its N on standard "
                    + "error: the two outputs, one after the other, are the output of one run; an input of fewer "
                    + "lines is another input, and ends the run with 3 (default: 0).")
    long skip;

    /**
     * The lines to move past, checked; the run, if stopped, says how to resume.
     *
     * @param spec the command, for a usage error
     * @param io the run
     * @return the lines to move past, at least 0
     * @throws ParameterException if negative
     */
    long resume(CommandSpec spec, Io io) {
        if (skip < 0) {
            throw new ParameterException(spec.commandLine(), "--skip must be 0 or more: " + skip);
        }
        io.interruption().resumable(spec.name(), skip);
        return skip;
    }
}
