package io.github.jingzhun.examples.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the standard streams of this process are terminals. Java only tells whether the process has an
 * interactive console (both standard input and output), which is not the question when {@code assess < in > out}
 * runs in a terminal: standard error is then a terminal and should show progress. On Linux the answer is read from
 * {@code /proc/self/fd}; elsewhere Jingzhun falls back on {@link System#console()} (with {@code Console.isTerminal()}
 * from Java 22, where a console exists even when the streams are redirected).
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
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
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
