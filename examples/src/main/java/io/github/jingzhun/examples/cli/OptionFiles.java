package io.github.jingzhun.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
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
     * @throws ParameterException if the file does not exist, is a directory, is the file standard output is
     *     redirected to or cannot be opened
     */
    static InputStream open(Path file, String option, CommandSpec spec) {
        requireNamed(file, option, spec);
        if (Files.isDirectory(file)) {
            throw usage(spec, option, file, " is a directory, not a file");
        }
        requireNotStandardOutput(file, option, spec);
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw usage(spec, option, file, file.toString().equals("-") ? ": no such file; standard input is read "
                    + "only where a command says so, by leaving its file out" : ": no such file");
        } catch (IOException e) {
            throw usage(spec, option, file, " cannot be read: " + reason(e));
        }
    }

    /**
     * Checks that a file read is not the file standard output is redirected to ({@code test cases.yaml >>
     * cases.yaml}): the run would read back what it writes, or write over what it reads.
     *
     * @param file the file
     * @param option the option that names it, or empty for an argument
     * @param spec the command, for a usage error
     * @throws ParameterException if it is
     */
    static void requireNotStandardOutput(Path file, String option, CommandSpec spec) {
        if (isStandardStream(file, "stdout")) {
            throw usage(spec, option, file, " is also standard output: the run would read back what it writes");
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

    /**
     * Checks that each file a run writes is no other file it writes or reads: written, it would be replaced whole,
     * and what was read or written there before lost.
     *
     * @param spec the command, for a usage error
     * @param written the files written, each with the option that names it, in the order of the options
     * @param read the files read, each with the option that names it
     * @throws ParameterException if a file written is also another file written or one read, or the file standard
     *     input or output is redirected to (even where standard input is not read: what was redirected is kept)
     */
    static void requireDistinct(CommandSpec spec, List<Map.Entry<String, Path>> written,
            List<Map.Entry<String, Path>> read) {
        for (int i = 0; i < written.size(); i++) {
            Map.Entry<String, Path> output = written.get(i);
            if (isStandardStream(output.getValue(), "stdin")) {
                throw usage(spec, output.getKey(), output.getValue(), " is also standard input: writing it would "
                        + "replace what is given to the run");
            }
            if (isStandardStream(output.getValue(), "stdout")) {
                throw usage(spec, output.getKey(), output.getValue(), " is also standard output: each is written "
                        + "whole, and one would replace the other");
            }
            for (Map.Entry<String, Path> input : read) {
                if (same(output.getValue(), input.getValue())) {
                    throw usage(spec, output.getKey(), output.getValue(), " is also " + input.getKey()
                            + ": writing it would replace what the run reads");
                }
            }
            for (Map.Entry<String, Path> other : written.subList(0, i)) {
                if (same(output.getValue(), other.getValue())) {
                    throw usage(spec, output.getKey(), output.getValue(), " is also " + other.getKey()
                            + ": each is written whole, and one would replace the other");
                }
            }
        }
    }

    /**
     * Checks that no other file a run reads is standard input where the run reads its records there: the first to
     * read it would take the other's lines ({@code --roll /dev/stdin} with the households piped in). A device such
     * as {@code /dev/null} may be both.
     *
     * @param spec the command, for a usage error
     * @param read the other files read, each with the option that names it
     * @throws ParameterException if one of them is standard input
     */
    static void requireNotStandardInput(CommandSpec spec, List<Map.Entry<String, Path>> read) {
        for (Map.Entry<String, Path> input : read) {
            if (isStandardInput(input.getValue())) {
                throw usage(spec, input.getKey(), input.getValue(), " is also standard input, which the households "
                        + "are read from: name a file");
            }
        }
    }

    /**
     * As {@link #requireNotStandardInput(CommandSpec, List)}, for one option.
     *
     * @param spec the command, for a usage error
     * @param option the option
     * @param file the file it names, or null if it is not given
     * @throws ParameterException if the file is standard input
     */
    static void requireNotStandardInput(CommandSpec spec, String option, @Nullable Path file) {
        if (file != null) {
            requireNotStandardInput(spec, List.of(Map.entry(option, file)));
        }
    }

    /**
     * Whether a file, a pipe too, is what standard input reads; a device is not counted.
     *
     * @param file the file
     * @return true if it is
     */
    static boolean isStandardInput(Path file) {
        Path standard = Path.of("/dev/stdin");
        try {
            return Files.exists(standard) && Files.exists(file) && Files.isSameFile(file, standard)
                    && ((Integer) Files.getAttribute(file, "unix:mode") & 0170000) != 0020000;
        } catch (IOException | RuntimeException e) {
            return false;  // a system without them: nothing to compare with
        }
    }

    /**
     * Checks that an option that may be repeated names each file once: read twice, its records would count twice.
     *
     * @param spec the command, for a usage error
     * @param option the option, such as {@code --roll}
     * @param files the files it names, in order
     * @throws ParameterException if two of them are one file
     */
    static void requireOnce(CommandSpec spec, String option, List<Path> files) {
        for (int i = 0; i < files.size(); i++) {
            for (Path earlier : files.subList(0, i)) {
                if (same(files.get(i), earlier)) {
                    throw usage(spec, option, files.get(i), " is given twice: its records would be compared twice");
                }
            }
        }
    }

    /**
     * Whether a regular file is the one a standard stream is redirected to ({@code < file}, {@code > file}), as
     * {@code /dev/stdin} and {@code /dev/stdout} show it where the system has them; a device such as
     * {@code /dev/null} may be both.
     */
    private static boolean isStandardStream(Path file, String stream) {
        Path standard = Path.of("/dev", stream);
        try {
            return Files.isRegularFile(file) && Files.exists(standard) && Files.isSameFile(file, standard);
        } catch (IOException | SecurityException e) {
            return false;  // a system without them: nothing to compare with
        }
    }

    /** Whether two paths are one file: by the file system where both exist (links), else by where they lead. */
    private static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // compared by where they lead below
        }
        return target(a).equals(target(b));
    }

    /**
     * Where a file not yet written would be: its links followed, even one to a file that does not exist yet, and its
     * directory's real path.
     */
    private static Path target(Path path) {
        Path p = path.toAbsolutePath().normalize();
        try {
            for (int links = 0; links < 40 && Files.isSymbolicLink(p); links++) {
                p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
            }
            Path directory = p.getParent();
            if (directory != null && p.getFileName() != null && Files.isDirectory(directory)) {
                p = directory.toRealPath().resolve(p.getFileName());
            }
        } catch (IOException e) {
            // where the links could not be followed, as far as they were
        }
        return p;
    }

    /** An empty value names no file: read as a path, it would be the working directory. */
    private static void requireNamed(Path file, String option, CommandSpec spec) {
        if (file.toString().isEmpty()) {
            throw usage(spec, option, file, "\"\" names no file");
        }
    }

    /**
     * What went wrong with a file, as the system says it, without the exception's class; for a file the system
     * refused, the reason, which its message (the file's path alone) may leave out.
     */
    static String reason(IOException e) {
        if (e instanceof FileSystemException file) {
            return file.getReason() != null ? file.getReason()
                    : e instanceof NoSuchFileException ? "no such file or directory"
                    : e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof FileAlreadyExistsException ? "already exists" : e.getClass().getSimpleName();
        }
        return Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
    }

    /**
     * A failure to write a file an option names, naming the file, which a failed write's message (such as
     * {@code No space left on device}) does not: a run that fails there says which of its outputs failed.
     */
    static FileSystemException naming(Path file, IOException e) {
        return new SideFileException(file.toString(), reason(e));
    }

    /**
     * A file an option names that could not be written, after standard output was written in full: the message of
     * the failed run says so, rather than that its output is incomplete.
     */
    static final class SideFileException extends FileSystemException {
        private static final long serialVersionUID = 1L;

        SideFileException(String file, String reason) {
            super(file, null, reason);
        }
    }

    private static ParameterException usage(CommandSpec spec, String option, Path file, String problem) {
        return new ParameterException(spec.commandLine(), (option.isEmpty() ? "" : option + " ") + file + problem);
    }
}
