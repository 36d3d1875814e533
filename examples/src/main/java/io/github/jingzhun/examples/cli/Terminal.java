package io.github.jingzhun.examples.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Whether the standard streams of this process are terminals, files or pipes. Java only tells whether the process
 * has an interactive console (both standard input and output), which is not the question when
 * {@code assess < in > out} runs in a terminal: standard error is then a terminal and should show progress. On Linux
 * the answer is read from {@code /proc/self/fd}; elsewhere Jingzhun falls back on {@link System#console()} (with
 * {@code Console.isTerminal()} from Java 22, where a console exists even when the streams are redirected).
 */
final class Terminal {

    private Terminal() {}

    /**
     * Whether standard error is a terminal.
     *
     * @return true if it is
     */
    static boolean isStandardErrorTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(fd)) {
            String target = target(fd);
            return target != null && isTerminal(target);
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true;
        }
    }

    /**
     * Whether standard output goes to a file (or a device such as {@code /dev/null}): not to a terminal, a pipe or
     * a socket.
     *
     * @return true if it does; false if it does not or cannot be told (not Linux)
     */
    static boolean isStandardOutputFile() {
        String target = target(Path.of("/proc/self/fd/1"));
        // A pipe or a socket reads as "pipe:[1234]" or "socket:[1234]", a file as its path.
        return target != null && target.startsWith("/") && !isTerminal(target);
    }

    /**
     * Whether standard output is the file standard input reads ({@code assess < reg.ndjson >> reg.ndjson}).
     *
     * @return true if it is; false if it is not or cannot be told (not Linux)
     */
    static boolean isStandardOutputInput() {
        Path in = Path.of("/proc/self/fd/0");
        try {
            return Files.isRegularFile(in) && Files.isSameFile(in, Path.of("/proc/self/fd/1"));
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static @Nullable String target(Path fd) {
        try {
            return Files.isSymbolicLink(fd) ? Files.readSymbolicLink(fd).toString() : null;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        }
    }

    private static boolean isTerminal(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    }

    /**
     * The size of standard input when it is a regular file (redirected with {@code <}), for a progress bar.
     *
     * @return the size in bytes, or -1 if unknown (a pipe, a terminal, or not Linux)
     */
    static long standardInputSize() {
        Path fd = Path.of("/proc/self/fd/0");
        try {
            if (Files.isSymbolicLink(fd) && Files.isRegularFile(fd)) {
                return Files.size(fd);
            }
        } catch (IOException | SecurityException e) {
            return -1;
        }
        return -1;
    }
}
