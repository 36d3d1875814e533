package io.github.jingzhun.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Files and directories named on the command line, checked before any work: one that cannot be used is a usage
 * error (exit 2) that says why, not a run that stops halfway (exit 3).
 */
final class OptionFiles {

    private OptionFiles() {}

    /**
     * Opens a file to read.
     *
     * @param file the file
     * @param option the option that names it, such as {@code --villages}, or empty for an argument
     * @param spec the command, for a usage error
     * @return the open stream
     * @throws ParameterException if the file does not exist, is a directory or cannot be opened
     */
    static InputStream open(Path file, String option, CommandSpec spec) {
        requireNamed(file, option, spec);
        if (Files.isDirectory(file)) {
            throw usage(spec, option, file, " is a directory, not a file");
        }
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw usage(spec, option, file, ": no such file");
        } catch (IOException e) {
            throw usage(spec, option, file, " cannot be read: " + reason(e));
        }
    }

    /**
     * Checks that a file can be written later, when the run ends, without creating it now.
     *
     * @param file the file
     * @param option the option that names it
     * @param spec the command, for a usage error
     * @throws ParameterException if the file is a directory, or its directory does not exist or cannot be written
     */
    static void requireWritable(Path file, String option, CommandSpec spec) {
        requireNamed(file, option, spec);
        Path directory = Objects.requireNonNullElse(file.toAbsolutePath().getParent(), file.toAbsolutePath());
        if (Files.isDirectory(file)) {
            throw usage(spec, option, file, " is a directory, not a file");
        } else if (!Files.isDirectory(directory)) {
            throw usage(spec, option, file, " cannot be written: no such directory " + directory);
        } else if (Files.exists(file) ? !Files.isWritable(file) : !Files.isWritable(directory)) {
            throw usage(spec, option, file, " cannot be written: permission denied");
        }
    }

    /**
     * Checks that a directory exists and can be written.
     *
     * @param directory the directory
     * @param option the option that names it
     * @param spec the command, for a usage error
     * @throws ParameterException if it does not exist, is not a directory or no file can be made in it
     */
    static void requireDirectory(Path directory, String option, CommandSpec spec) {
        requireNamed(directory, option, spec);
        if (!Files.exists(directory)) {
            throw usage(spec, option, directory, ": no such directory");
        } else if (!Files.isDirectory(directory)) {
            throw usage(spec, option, directory, " is a file, not a directory");
        }
        try {
            // Whether a file can be made there is known only by making one (a system directory, a read-only mount).
            Files.delete(Files.createTempFile(directory, "jingzhun-", ".check"));
        } catch (IOException e) {
            throw usage(spec, option, directory, " cannot be written: no file can be made in it");
        }
    }

    /** An empty value names no file: read as a path, it would be the working directory. */
    private static void requireNamed(Path file, String option, CommandSpec spec) {
        if (file.toString().isEmpty()) {
            throw usage(spec, option, file, "\"\" names no file");
        }
    }

    /** What went wrong with a file, as the system says it, without the exception's class. */
    static String reason(IOException e) {
        return Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
    }

    private static ParameterException usage(CommandSpec spec, String option, Path file, String problem) {
        return new ParameterException(spec.commandLine(), (option.isEmpty() ? "" : option + " ") + file + problem);
    }
}
