package io.github.jingzhun.examples.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * Standard output that only ever receives whole lines, and counts them: the bytes of a line are passed on with its
 * line break, in as few writes as the writer made, and the start of a line not yet ended is held. Another thread
 * may {@linkplain #stop(long) stop} it between two writes — the thread handling SIGTERM — and then what was passed on
 * is whole lines, and every later write waits for the process to end. A write to a file that fails part-way, as
 * on a full disk, is cut back to its last whole line, and the lines that made it are counted. Thread-safe.
 */
final class WholeLines extends OutputStream {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long LOWS = 0x7F7F7F7F7F7F7F7FL;

    private final OutputStream out;
    /** The file written, when standard output is one, so that a failed write can be cut back; else null. */
    private final @Nullable FileChannel file;
    /** Held by a write in progress, and for good by {@link #stop(long)}. */
    private final ReentrantLock lock = new ReentrantLock();
    private byte[] held = new byte[256];
    private int heldSize;
    private long lines;
    /** A write failed: the line held is never passed on, so that the output ends with a whole line. */
    private boolean failed;
    /** A write failed because the reader of the pipe stopped reading, as {@code | head} does. */
    private boolean closedByReader;

    /**
     * Guards a stream.
     *
     * @param out where whole lines are passed on; not closed
     */
    WholeLines(OutputStream out) {
        this.out = out;
        this.file = out instanceof FileOutputStream stream ? seekable(stream.getChannel()) : null;
    }

    /** The channel if it is a file's, whose position says how much of a failed write it holds; else null. */
    private static @Nullable FileChannel seekable(FileChannel channel) {
        try {
            channel.position();
            return channel;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        lock.lock();
        try {
            int end = off + len;
            int last = end - 1;
            while (last >= off && b[last] != '\n') {
                last--;
            }
            if (last < off) {
                hold(b, off, len);
                return;
            }
            long start = file == null ? -1 : file.position();
            try {
                if (heldSize > 0) {
                    out.write(held, 0, heldSize);
                }
                out.write(b, off, last + 1 - off);
            } catch (IOException e) {
                failed = true;
                closedByReader = closedByReader(e);
                cutBack(start, b, off, last + 1, e);
                throw e;
            }
            heldSize = 0;
            lines += newlines(b, off, last + 1);
            hold(b, last + 1, end - last - 1);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The line breaks in a part of an array, counted eight bytes at a time: a national run writes gigabytes, and a
     * byte-by-byte count was a seventh of its profile.
     */
    static long newlines(byte[] b, int from, int to) {
        long count = 0;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long v = (long) LONGS.get(b, i) ^ NEWLINES;
            // The high bit of each byte of v that is zero, and of no other: no carry crosses a byte.
            count += Long.bitCount(~(((v & LOWS) + LOWS) | v | LOWS));
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                count++;
            }
        }
        return count;
    }

    /**
     * After a write of the held bytes and {@code b[off..to)} failed part-way: cuts the file back to the last line
     * break that reached it, and counts the lines that did. Nothing is known of a stream that is not a file.
     */
    private void cutBack(long start, byte[] b, int off, int to, IOException failure) {
        FileChannel f = file;
        if (f == null) {
            return;
        }
        try {
            // What reached the file: the held start of a line (never a line break), then the first bytes of b.
            long reached = f.position() - start;
            int fromB = (int) Math.max(0, Math.min(reached - heldSize, to - off));
            long keep = 0;
            for (int i = off + fromB - 1; i >= off; i--) {
                if (b[i] == '\n') {
                    keep = heldSize + i - off + 1;
                    break;
                }
            }
            lines += newlines(b, off, off + fromB);
            f.truncate(start + keep);
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private void hold(byte[] b, int off, int len) {
        if (heldSize + len > held.length) {
            held = Arrays.copyOf(held, Math.max(heldSize + len, held.length * 2));
        }
        System.arraycopy(b, off, held, heldSize, len);
        heldSize += len;
    }

    /** Flushes the whole lines passed on; a line not yet ended stays held. */
    @Override
    public void flush() throws IOException {
        lock.lock();
        try {
            out.flush();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Passes on what is held, a last line without a line break, and flushes: the output is complete. After a failed
     * write, what is held is dropped: the output ends with its last whole line.
     *
     * @throws IOException if writing fails
     */
    void finish() throws IOException {
        lock.lock();
        try {
            if (heldSize > 0 && !failed) {
                out.write(held, 0, heldSize);
                heldSize = 0;
            }
            out.flush();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The run failed outside a write (out of memory): what is held is dropped, so that the output ends with its last
     * whole line.
     */
    void abandon() {
        lock.lock();
        try {
            failed = true;
            heldSize = 0;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether a write failed because the reader of the pipe stopped reading, as {@code | head} does: the run ends
     * with {@link Cli#INCOMPLETE} and no message, as the reader wanted no more.
     *
     * @return true if so
     */
    boolean isClosedByReader() {
        lock.lock();
        try {
            return closedByReader;
        } finally {
            lock.unlock();
        }
    }

    /** Whether a write failed because the reader of the pipe stopped reading. */
    static boolean closedByReader(IOException e) {
        return String.valueOf(e.getMessage()).contains("Broken pipe");
    }

    /**
     * The line breaks passed on so far: the whole lines written.
     *
     * @return the count
     */
    long lines() {
        lock.lock();
        try {
            return lines;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops the output between two writes, for good: waits for a write in progress to end, flushes, and from then on
     * every write waits (the process is ending). Called on another thread than the writer's.
     *
     * @param timeoutMillis how long to wait for a write in progress, such as one blocked on a full pipe
     * @return the whole lines written, or -1 if a write was still in progress (the last line may then be cut)
     * @throws InterruptedException if interrupted while waiting
     */
    long stop(long timeoutMillis) throws InterruptedException {
        if (!lock.tryLock(timeoutMillis, TimeUnit.MILLISECONDS)) {
            return -1;
        }
        // Never unlocked: the writer waits from now on, so nothing follows the last whole line.
        try {
            out.flush();
        } catch (IOException e) {
            // What was passed on is whole lines; a failing flush cannot cut one.
        }
        return lines;
    }
}
