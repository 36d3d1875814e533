package io.github.jingzhun.examples.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes and line ends read through it, and reports them to a progress bar. */
final class CountingInputStream extends FilterInputStream {

    private final ProgressBar bar;
    private long bytes;
    private long lines;

    CountingInputStream(InputStream in, ProgressBar bar) {
        super(in);
        this.bar = bar;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            bytes++;
            if (b == '\n') {
                lines++;
            }
            bar.update(bytes, lines);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            bytes += n;
            // Eight bytes at a time, as the output's lines are counted: the calling thread reads every byte.
            lines += WholeLines.newlines(buffer, offset, offset + n);
            bar.update(bytes, lines);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        bytes += skipped;
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
