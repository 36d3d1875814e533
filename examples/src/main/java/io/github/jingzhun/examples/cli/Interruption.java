package io.github.jingzhun.examples.cli;

import io.github.jingzhun.decision.PersonalData;
import java.io.EOFException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A run of the command line asked to stop — SIGTERM, or SIGINT from Ctrl-C — before it finished: the output is
 * stopped after its last whole line ({@link WholeLines}), standard error says how many input lines were written in
 * full, and the process exits with {@link Cli#INCOMPLETE}. A command writing one output line per input line
 * ({@code assess}, {@code validate}) declares itself {@linkplain #resumable resumable}, and the message names the
 * {@code --skip} that writes the rest: the two outputs, one after the other, are the bytes of one run; any other
 * says how many whole lines it wrote and that it cannot resume.
 */
final class Interruption {

    /** How long a write in progress may take to end, such as one blocked on a pipe nobody reads. */
    static final long WRITE_TIMEOUT_MILLIS = 10_000;
    /** How long the other shutdown hooks (the audit's temporary files) may take before the process halts. */
    private static final long HOOKS_MILLIS = 10_000;

    private final WholeLines out;
    private final PrintStream err;
    private volatile String command = "jingzhun";
    /** The input lines moved past before the output, or -1 when the command cannot resume. */
    private volatile long skipped = -1;
    private volatile boolean finished;
    private volatile @Nullable Thread runner;

    /**
     * The streams of a run.
     *
     * @param out standard output, guarded to whole lines
     * @param err standard error, as UTF-8
     */
    Interruption(OutputStream out, OutputStream err) {
        this.out = new WholeLines(out);
        this.err = err instanceof PrintStream print ? print : new PrintStream(err, true, StandardCharsets.UTF_8);
    }

    /** Standard output, whole lines only. */
    WholeLines out() {
        return out;
    }

    /** Standard error. */
    PrintStream err() {
        return err;
    }

    /** The name of the command that runs, {@code jingzhun} until one does. */
    String command() {
        return command;
    }

    /**
     * The command that runs, until it says it can resume.
     *
     * @param name the command's name
     */
    void command(String name) {
        command = name;
        skipped = -1;
        runner = Thread.currentThread();
    }

    /**
     * The command that runs writes exactly one output line per input line, after moving past the first lines.
     *
     * @param name the command's name
     * @param skip the input lines it moved past ({@code --skip})
     */
    void resumable(String name, long skip) {
        command(name);
        skipped = skip;
    }

    /**
     * The run has finished: a shutdown from now on is the process exiting with the run's exit code (or, for a signal
     * that arrives as it exits, the signal's), not an interruption; other shutdown hooks (files deleted on exit) run.
     */
    void finish() {
        finished = true;
    }

    /**
     * Handles SIGTERM and SIGINT for this run (once, in {@link Cli#main}): a hook that stops the output, says where,
     * and exits with {@link Cli#INCOMPLETE}.
     */
    void install() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::interrupted, "jingzhun-interrupted"));
    }

    private void interrupted() {
        if (finished) {
            return;
        }
        try {
            err.println(stop(WRITE_TIMEOUT_MILLIS));
            err.flush();
            awaitOtherHooks();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Runtime.getRuntime().halt(Cli.INCOMPLETE);
        }
    }

    /**
     * Stops the output after its last whole line and says what was written.
     *
     * @param timeoutMillis how long a write in progress may take to end
     * @return the message for standard error
     * @throws InterruptedException if interrupted while waiting for the write
     */
    String stop(long timeoutMillis) throws InterruptedException {
        long lines = out.stop(timeoutMillis);
        return message(command, skipped, lines);
    }

    /**
     * What a run that could not finish (a failed read or write, out of memory) says: its cause and, for a command that
     * can resume, how many input lines were written in full — counted as they reached the output, so that a file
     * cut back to its last whole line after a failed write is counted as it stands — and the {@code --skip} that
     * resumes it.
     *
     * @param command the command's name
     * @param failure what stopped it
     * @return the message
     */
    String failed(String command, Throwable failure) {
        // The first failure: a wrapper adds only a count of its own, which this message says as it stands.
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = command + ": could not finish: " + describe(cause);
        if (cause instanceof EOFException) {
            return message;  // the input is shorter than the lines --skip moves past: resuming on it cannot help
        }
        if (cause instanceof OptionFiles.SideFileException) {
            return message + "; standard output was written in full";
        }
        if (skipped < 0) {
            return message + "; after " + English.count(out.lines(), "whole line") + " written, the output is "
                    + "incomplete and " + command + " cannot resume: run it again";
        }
        long done = skipped + out.lines();
        return message + "; " + done + " input lines were written in full: resume with --skip " + done;
    }

    /** A failure in words: a file the system refused is named with the reason, which its message may leave out. */
    static String describe(Throwable failure) {
        // A number typed (--skip) may be repeated: written as every message writes what could be an ID number.
        String message = PersonalData.redacted(failure instanceof VirtualMachineError
                ? failure.getClass().getSimpleName() + ": " + failure.getMessage()
                : Objects.requireNonNullElse(failure.getMessage(), failure.getClass().getSimpleName()));
        return failure instanceof FileSystemException file && file.getReason() == null
                ? message + ": " + OptionFiles.reason(file) : message;
    }

    /**
     * What an interrupted run says.
     *
     * @param command the command
     * @param skipped the input lines the command moved past, or -1 if it cannot resume
     * @param lines the whole lines written, or -1 if a write was still in progress
     * @return the message
     */
    static String message(String command, long skipped, long lines) {
        if (lines < 0) {
            return command + ": interrupted while writing (the output was not being read); its last line may be "
                    + "cut: run it again";
        }
        if (skipped < 0) {
            return command + ": interrupted after writing " + English.count(lines, "whole line")
                    + "; the output is incomplete and " + command + " cannot resume: run it again";
        }
        long done = skipped + lines;
        return command + ": interrupted after " + done + " input lines fully written; resume with --skip " + done;
    }

    /**
     * Waits for the library's other shutdown hooks, such as the one deleting the audit's temporary files, before
     * halting skips them: the live threads named {@code jingzhun-} other than this one and the stopped command's
     * (the library's worker threads are daemons, and stop with the process).
     */
    private void awaitOtherHooks() throws InterruptedException {
        long deadline = System.nanoTime() + HOOKS_MILLIS * 1_000_000;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (thread != Thread.currentThread() && thread != runner && !thread.isDaemon()
                    && thread.getName().startsWith("jingzhun-") && left > 0) {
                thread.join(left);
            }
        }
    }
}
