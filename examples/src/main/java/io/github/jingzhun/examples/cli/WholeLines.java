package io.github.jingzhun.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Standard output that only ever receives whole lines, and counts them: the bytes of a line are passed on with its
 * line break, in as few writes as the writer made, and the start of a line not yet ended is held. Another thread
 * may {@linkplain #stop(long) stop} it between two writes — the thread handling SIGTERM — and then what was passed on
 * is whole lines, and every later write waits for the process to end. Thread-safe.
 */
final class WholeLines extends OutputStream {

    private final OutputStream out;
    /** Held by a write in progress, and for good by {@link #stop(long)}. */
    private final ReentrantLock lock = new ReentrantLock();
    private byte[] held = new byte[256];
    private int heldSize;
    private long lines;

    /**
     * Guards a stream.
     *
     * @param out where whole lines are passed on; not closed
     */
    WholeLines(OutputStream out) {
        this.out = out;
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
            if (heldSize > 0) {
                out.write(held, 0, heldSize);
                heldSize = 0;
            }
            out.write(b, off, last + 1 - off);
            long count = 0;
            for (int i = off; i <= last; i++) {
                if (b[i] == '\n') {
                    count++;
                }
            }
            lines += count;
            hold(b, last + 1, end - last - 1);
        } finally {
            lock.unlock();
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
     * Passes on what is held, a last line without a line break, and flushes: the output is complete.
     *
     * @throws IOException if writing fails
     */
    void finish() throws IOException {
        lock.lock();
        try {
            if (heldSize > 0) {
                out.write(held, 0, heldSize);
                heldSize = 0;
            }
            out.flush();
        } finally {
            lock.unlock();
        }
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
