package io.github.jingzhun.examples.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A one-line progress bar on standard error, drawn at the first update and then redrawn in place at most a few times
 * a second: with a known total, a bar and a percentage; without one, the count so far. Either way the count and,
 * after a second, the rate. It is only shown when standard error is a terminal ({@link Terminal}), and by a command
 * that writes as it reads only when its output is a file ({@link Io#streamProgress}), so that one process draws on
 * the terminal's line; otherwise, and in tests, {@link #none()} draws nothing.
 */
final class ProgressBar implements AutoCloseable {

    private static final ProgressBar NONE = new ProgressBar(null, "", -1, "", 0);
    private static final long INTERVAL_NANOS = 200_000_000L;
    private static final int BAR_WIDTH = 24;

    private final @Nullable PrintStream err;
    private final String label;
    private final long total;
    private final String unit;
    private final long start;
    private long lastDraw;
    private int drawn;

    private ProgressBar(@Nullable PrintStream err, String label, long total, String unit, long start) {
        this.err = err;
        this.label = label;
        this.total = total;
        this.unit = unit;
        this.start = start;
        this.lastDraw = start - INTERVAL_NANOS;
    }

    /** A progress bar that draws nothing. */
    static ProgressBar none() {
        return NONE;
    }

    /**
     * A progress bar drawn on a stream.
     *
     * @param err where to draw, a terminal
     * @param label what is being done, such as {@code assess}
     * @param total the position at the end, such as the input's size in bytes, or -1 if unknown
     * @param unit what is counted, in the singular, such as {@code line}
     */
    static ProgressBar on(PrintStream err, String label, long total, String unit) {
        return new ProgressBar(err, label, total, unit, System.nanoTime());
    }

    /**
     * Whether this bar is drawn at all.
     *
     * @return false for {@link #none()}
     */
    boolean shown() {
        return err != null;
    }

    /**
     * Reports progress; draws when enough time has passed since the last drawing.
     *
     * @param position how far, in the units of the total
     * @param count how many items so far
     */
    void update(long position, long count) {
        if (err == null) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < INTERVAL_NANOS) {
            return;
        }
        lastDraw = now;
        draw(render(label, position, total, count, unit, now - start));
    }

    private void draw(String text) {
        PrintStream out = err;
        if (out == null) {
            return;
        }
        StringBuilder line = new StringBuilder("\r").append(text);
        for (int i = text.length(); i < drawn; i++) {
            line.append(' ');
        }
        drawn = text.length();
        out.print(line);
        out.flush();
    }

    /** Erases the bar, so that what follows starts on a clean line. */
    @Override
    public void close() {
        PrintStream out = err;
        if (out != null && drawn > 0) {
            out.print("\r" + " ".repeat(drawn) + "\r");
            out.flush();
            drawn = 0;
        }
    }

    /**
     * The text of the bar, such as {@code assess [=========>     ]  42%  84,213 lines  10,512 lines/s}.
     *
     * @param label what is being done
     * @param position how far, in the units of the total
     * @param total the position at the end, or -1 if unknown
     * @param count how many items so far
     * @param unit what is counted, in the singular
     * @param elapsedNanos the time since the start
     * @return the text, one line
     */
    static String render(String label, long position, long total, long count, String unit, long elapsedNanos) {
        StringBuilder s = new StringBuilder(label).append(' ');
        if (total > 0) {
            double done = Math.min(1.0, (double) position / total);
            int filled = (int) (done * BAR_WIDTH);
            s.append('[');
            for (int i = 0; i < BAR_WIDTH; i++) {
                s.append(i < filled ? '=' : i == filled ? '>' : ' ');
            }
            s.append(String.format(Locale.ROOT, "] %3d%%  ", (int) (done * 100)));
        }
        double seconds = elapsedNanos / 1e9;
        s.append(English.count(count, unit));
        // A rate over less than a second says little, and at the first drawing would be wild.
        if (seconds >= 1) {
            s.append(String.format(Locale.ROOT, "  %,.0f %ss/s", count / seconds, unit));
        }
        return s.toString();
    }
}
