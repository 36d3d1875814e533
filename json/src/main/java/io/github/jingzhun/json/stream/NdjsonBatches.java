package io.github.jingzhun.json.stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.json.JsonImportException;
import io.github.jingzhun.json.JsonImporter;
import io.github.jingzhun.json.JsonProblem;
import java.io.EOFException;
import java.io.Flushable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The engine of the NDJSON streams ({@link NdjsonAssessment}, {@link NdjsonAudit}): reads household lines in
 * batches, has the households of each batch worked on, and writes each batch's output in input order. A line that is
 * not a valid household is an error object naming the line; nothing is dropped.
 *
 * <p>Memory is bounded by bytes, not lines: the input of the batches in flight is at most a sixteenth of the heap
 * ({@link #pendingBudget}, at most 32 MiB), each batch an equal share of it (64 KiB to 2 MiB, at most 512 lines), and
 * the output worked but not yet written at most as much again ({@link OutputGate}), so that a small heap
 * ({@code -Xmx32m}) runs with any number of threads; a line longer than a batch is a batch alone, and one longer than
 * a sixteenth of the heap is an error line ({@link ByteLineReader#heapLineBytes}).
 *
 * <p>With more than one thread, the calling thread reads batches and writes them out strictly in input order while
 * worker threads read, validate and work the lines of a batch, with up to three batches queued for each worker
 * ({@link #inFlight}).
 * The output is the same bytes whatever the number of threads. Before a batch's output is
 * written, the calling thread may look at its households, in input order ({@link Done}).
 */
final class NdjsonBatches {

    /** The most lines of a batch. */
    static final int BATCH_LINES = 512;
    /** The most input a batch takes before it is full, in bytes (or characters); a longer line is a batch alone. */
    static final int BATCH_SIZE = 1 << 21;
    /** The least input a batch takes before it is full, however small the heap. */
    static final int MIN_BATCH_SIZE = 1 << 16;
    /**
     * The share of the heap the input of the batches in flight may take: the households read from it and the
     * output written for it are a few times as much (at full detail, decisions are about twice the input).
     */
    static final int HEAP_SHARE = 16;
    /** A batch whose output grew beyond this many times its input size, for a very long line, is not reused. */
    private static final int REUSE_OUTPUT = 4;
    /** The most input in flight, in bytes, however large the heap. */
    static final long MAX_PENDING = 1L << 25;

    /**
     * The input the batches in flight may hold, in bytes: a sixteenth of the heap, at least a batch, at most
     * {@link #MAX_PENDING}.
     *
     * @param maxMemory the most memory the heap may take, as {@link Runtime#maxMemory()} says
     * @return the bytes
     */
    static long pendingBudget(long maxMemory) {
        return Math.max(MIN_BATCH_SIZE, Math.min(MAX_PENDING, maxMemory / HEAP_SHARE));
    }

    /**
     * How many times the input budget the output worked but not yet written may take before workers ahead of the
     * oldest batch wait ({@link OutputGate}): at full detail decisions are about twice their input, but an error line
     * listing many problems can be hundreds of times its line.
     */
    static final int OUTPUT_SHARE = 1;

    /** The most batches queued ahead of those being worked, however many threads. */
    static final int MAX_QUEUED = 16;

    /** A number of worker threads in range, for a pipeline's {@code threads}; else IllegalArgumentException. */
    static int checkThreads(int count) {
        if (count < 1 || count > NdjsonAssessment.MAX_THREADS) {
            throw new IllegalArgumentException("threads must be from 1 to " + NdjsonAssessment.MAX_THREADS + ": "
                    + count);
        }
        return count;
    }

    /**
     * The most batches in flight: one being worked by each thread, one being read, one being written, and three
     * more for each thread, queued or worked ahead of the oldest (at most {@link #MAX_QUEUED}). With only two more
     * than the threads, a worker that had finished the batches after the oldest waited, idle, until the calling
     * thread, waiting for the oldest, had written it and read the next ones from a pipe.
     *
     * @param threads the worker threads
     * @return the batches
     */
    static int inFlight(int threads) {
        return threads + 2 + Math.min(3 * threads, MAX_QUEUED);
    }

    /**
     * The input a batch takes before it is full: an equal share of the budget for each batch in flight
     * ({@link #inFlight}), between {@link #MIN_BATCH_SIZE} and {@link #BATCH_SIZE}.
     *
     * @param budget the input the batches in flight may hold
     * @param threads the worker threads
     * @return the bytes
     */
    static int batchSize(long budget, int threads) {
        return (int) Math.max(MIN_BATCH_SIZE, Math.min(BATCH_SIZE, budget / inFlight(threads)));
    }

    /** What is done with each household read, on the thread working its batch. */
    @FunctionalInterface
    interface Work {
        /**
         * Works one household, writing its output lines.
         *
         * @param household the household
         * @param batch the batch, for the counts the work keeps
         * @param out where output lines go
         * @return the problems that stopped it, having written nothing; empty when worked
         */
        List<JsonProblem> work(Household household, Batch batch, ByteSink out);
    }

    /** What is done with each worked batch on the calling thread, in input order, before its output is written. */
    @FunctionalInterface
    interface Done {
        /**
         * Takes a worked batch.
         *
         * @param batch the batch
         * @throws IOException if it cannot
         */
        void batch(Batch batch) throws IOException;
    }

    /**
     * What a run did.
     *
     * @param lines the input lines
     * @param worked the lines whose household was worked
     */
    record Summary(long lines, long worked) {}

    private final JsonImporter importer;
    private final String name;
    private final int threads;
    private final int counts;
    private final Work work;
    /** The input in flight, in bytes, above which the reader waits for the oldest batch. */
    private final long budget;
    /** The input a batch takes before it is full. */
    private final int batchSize;
    /** Writes UTF-8 bytes that equal the mapper's text encoded: a surrogate pair as one four-byte character. */
    private final JsonFactory output;

    /**
     * Creates the engine.
     *
     * @param importer reads the households
     * @param name names the worker threads, such as {@code jingzhun-assessment}
     * @param threads the number of threads working batches; 1 works them on the calling thread
     * @param counts the number of counts the work keeps per batch
     * @param work what is done with each household
     */
    NdjsonBatches(JsonImporter importer, String name, int threads, int counts, Work work) {
        this.importer = Objects.requireNonNull(importer, "importer");
        this.name = name;
        this.threads = threads;
        this.counts = counts;
        this.work = Objects.requireNonNull(work, "work");
        this.output = output(importer);
        this.budget = pendingBudget(Runtime.getRuntime().maxMemory());
        this.batchSize = batchSize(budget, threads);
    }

    /** A factory writing UTF-8 as the importer's mapper writes text, never closing its target. */
    static JsonFactory output(JsonImporter importer) {
        return importer.mapper().getFactory().rebuild()
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
    }

    /** The factory output is written with. */
    JsonFactory output() {
        return output;
    }

    /**
     * Reads every line of text input and writes the output of each. Neither stream is closed; the output is flushed.
     *
     * @param in NDJSON households
     * @param out where output lines are written
     * @param skip the lines at the start of the input moved past unread, keeping the numbers of those after
     * @param done what is done with each batch before its output is written, or null for nothing (the households
     *     are then not kept once worked)
     * @return what the run did, not counting the lines moved past
     * @throws IOException if reading or writing fails
     */
    Summary run(Reader in, Writer out, long skip, @Nullable Done done) throws IOException {
        LineReader lines = new LineReader(in, importer.options().maxDocumentLength());
        requireLines(lines.skip(skip), skip);
        return run(batch -> batch.fill(lines), batch -> out.write(batch.output.text()), out, done);
    }

    /**
     * Reads every line of UTF-8 input and writes the output of each as UTF-8. A line that is not well-formed UTF-8 is
     * an error line naming the first malformed byte. Neither stream is closed; the output is flushed.
     *
     * @param in NDJSON households as UTF-8
     * @param out where output lines are written as UTF-8
     * @param skip the lines at the start of the input moved past unread, keeping the numbers of those after
     * @param done what is done with each batch before its output is written, or null for nothing (the households
     *     are then not kept once worked)
     * @return what the run did, not counting the lines moved past
     * @throws IOException if reading or writing fails
     */
    Summary run(InputStream in, OutputStream out, long skip, @Nullable Done done) throws IOException {
        ByteLineReader lines = new ByteLineReader(in, importer.options().maxDocumentLength());
        requireLines(lines.skip(skip), skip);
        return run(batch -> batch.fill(lines), batch -> batch.output.writeTo(out), out, done);
    }

    /**
     * Checks that the input held the lines to move past: a run resumed on another, shorter input would otherwise
     * write nothing and seem complete.
     *
     * @param moved the lines moved past
     * @param skip the lines to move past
     * @throws EOFException if the input ended before them
     */
    private static void requireLines(long moved, long skip) throws EOFException {
        if (moved < skip) {
            throw new EOFException("the input ended after " + moved + " of the " + skip + " lines to move past: "
                    + "it is not the input of the run that wrote them");
        }
    }

    /** Fills a batch with lines; false when the input has ended (the batch may still hold lines). */
    @FunctionalInterface
    private interface Input {
        boolean fill(Batch batch) throws IOException;
    }

    /** Writes out the output of a worked batch. */
    @FunctionalInterface
    private interface Output {
        void write(Batch batch) throws IOException;
    }

    private Summary run(Input in, Output out, Flushable flush, @Nullable Done done) throws IOException {
        long[] written = new long[2];
        try {
            runBatches(in, out, done, written);
        } catch (IOException | VirtualMachineError e) {
            // What was written stays written, whole lines in input order: flushed, and the count said, so that a
            // run can be resumed after it instead of losing what was already read.
            try {
                flush.flush();
            } catch (IOException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new IOException("stopped after the output of " + written[0]
                    + " input lines was written in full: " + (e instanceof IOException && e.getMessage() != null
                    ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage()), e);
        }
        flush.flush();
        return new Summary(written[0], written[1]);
    }

    /** Works every batch of the input; {@code written} holds the lines written and those worked as it goes. */
    private void runBatches(Input in, Output out, @Nullable Done done, long[] written) throws IOException {
        if (threads == 1) {
            Batch batch = new Batch(done != null);
            for (boolean more = true; more; ) {
                more = in.fill(batch);
                if (batch.count == 0) {
                    break;
                }
                work(batch, null);
                if (done != null) {
                    done.batch(batch);
                }
                out.write(batch);
                written[0] += batch.count;
                written[1] += batch.worked;
                if (!batch.reusable()) {
                    batch = new Batch(done != null);
                }
            }
        } else {
            ExecutorService workers = Executors.newFixedThreadPool(threads, new Workers(name));
            OutputGate gate = new OutputGate(OUTPUT_SHARE * budget);
            try {
                ArrayDeque<Future<Batch>> pending = new ArrayDeque<>();
                ArrayDeque<Batch> working = new ArrayDeque<>();  // the batch of each pending task, in step
                ArrayDeque<Batch> free = new ArrayDeque<>();
                long pendingSize = 0;
                int most = inFlight(threads);
                for (boolean more = true; more || !pending.isEmpty(); ) {
                    if (more && pending.size() < most && pendingSize < budget) {
                        Batch batch = free.isEmpty() ? new Batch(done != null) : free.pop();
                        more = in.fill(batch);
                        if (batch.count > 0) {
                            if (pending.isEmpty()) {
                                gate.written(0, batch.first);
                            }
                            pendingSize += batch.size;
                            pending.add(workers.submit(() -> workRecordingFailure(batch, gate), batch));
                            working.add(batch);
                        }
                        continue;
                    }
                    Batch batch = await(Objects.requireNonNull(pending.poll()), Objects.requireNonNull(working.poll()));
                    pendingSize -= batch.size;
                    if (done != null) {
                        done.batch(batch);
                    }
                    out.write(batch);
                    gate.written(batch.told, batch.first + batch.count);
                    written[0] += batch.count;
                    written[1] += batch.worked;
                    if (batch.reusable()) {
                        free.push(batch);
                    }
                }
            } finally {
                // On failure, workers stop at their next line; no thread of the run outlives it.
                workers.shutdownNow();
                try {
                    workers.awaitTermination(1, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /**
     * Works a batch in a worker, keeping what it threw on the batch too: in a heap too full for the task to record
     * its own failure (its future then never completes), {@link #await} still learns of it, rather than wait forever.
     */
    private void workRecordingFailure(Batch batch, OutputGate gate) {
        try {
            work(batch, gate);
        } catch (RuntimeException | Error e) {
            batch.failed = e;
            throw e;
        }
    }

    /** The batch of a finished task, or what the task threw. */
    static Batch await(Future<Batch> task, Batch batch) throws IOException {
        try {
            while (true) {
                try {
                    return task.get(1, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    Throwable failed = batch.failed;
                    if (failed != null) {
                        throw rethrown(failed);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while working");
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    /** What a task threw, thrown as it was: an I/O failure as such, an unchecked one as it is. */
    private static IOException rethrown(@Nullable Throwable cause) throws IOException {
        if (cause instanceof UncheckedIOException unchecked) {
            throw unchecked.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new IOException(cause);
    }

    /**
     * Works every line of a batch into its output; a worker (with a gate) stops early when the run is stopped, and
     * waits at the gate while too much output is held.
     */
    private void work(Batch batch, @Nullable OutputGate gate) {
        ByteSink out = batch.output;
        out.truncate(0);
        batch.told = 0;
        batch.worked = 0;
        Arrays.fill(batch.counts, 0);
        Arrays.fill(batch.households, null);
        try {
            for (int i = 0; i < batch.count; i++) {
                if (gate != null) {
                    if (Thread.currentThread().isInterrupted()) {
                        return;
                    }
                    long untold = out.size() - batch.told;
                    if (untold >= MIN_BATCH_SIZE) {
                        batch.told += untold;
                        if (!gate.hold(batch, untold)) {
                            return;
                        }
                    }
                }
                long number = batch.first + i;
                List<JsonProblem> problems;
                try {
                    Household household = batch.read(i);
                    problems = work.work(household, batch, out);
                    if (problems.isEmpty() && batch.keep) {
                        batch.households[i] = household;
                    }
                } catch (JsonImportException e) {
                    problems = e.problems();
                }
                if (problems.isEmpty()) {
                    batch.worked++;
                } else {
                    try (JsonGenerator gen = output.createGenerator(out)) {
                        NdjsonWriter.writeErrors(gen, number, problems);
                    }
                    out.write('\n');
                }
            }
        } catch (IOException e) {
            // A byte sink does not fail; a generator refusing what it is asked to write is a bug.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lines of input and the output written for them: the input as text or as UTF-8 bytes, as it was read. Filled
     * and written out by the calling thread, worked by one worker at a time.
     */
    final class Batch {

        /** What working it threw, set by the worker; read only when its task has not completed. */
        volatile @Nullable Throwable failed;

        /** The number of the first line. */
        long first;
        /** The number of lines. */
        int count;
        /** The input held, in bytes or characters. */
        long size;
        /** The lines of text, null where a line was too long; for text input. */
        @Nullable String[] texts;
        /** The lines of bytes, back to back; for byte input. */
        byte[] data = new byte[0];
        final int[] starts = new int[BATCH_LINES];
        /** The length of each line in bytes; -1 for a line too long, -2 for one too long for the heap. */
        final int[] lengths = new int[BATCH_LINES];
        final ByteSink output = new ByteSink(batchSize);
        /** The household of each line worked, null for an error line. */
        final @Nullable Household[] households = new Household[BATCH_LINES];
        /** The counts the work keeps, zeroed before the batch is worked. */
        final long[] counts = new long[NdjsonBatches.this.counts];
        /** The lines worked, once worked. */
        long worked;
        /** The bytes of its output told to the {@link OutputGate}. */
        long told;
        /** Whether the households worked are kept for a {@link Done}. */
        final boolean keep;

        Batch(boolean keep) {
            this.keep = keep;
        }

        /** The household worked from line {@code first + i}, or null if the line was an error. */
        @Nullable Household household(int i) {
            return households[i];
        }

        boolean fill(LineReader lines) throws IOException {
            count = 0;
            size = 0;
            String[] text = texts == null ? new String[BATCH_LINES] : texts;
            texts = text;
            while (count < BATCH_LINES && size < batchSize) {
                LineReader.Line line = lines.next();
                if (line == null) {
                    return false;
                }
                if (count == 0) {
                    first = line.number();
                }
                text[count++] = line.text();
                size += line.text() == null ? 0 : line.text().length();
            }
            return true;
        }

        boolean fill(ByteLineReader lines) throws IOException {
            count = 0;
            size = 0;
            while (count < BATCH_LINES && size < batchSize) {
                if (!lines.next()) {
                    return false;
                }
                if (count == 0) {
                    first = lines.number();
                }
                int length = lines.length();
                if (size + length > data.length) {
                    // As large as a batch at once: grown by doubling, each new batch's input was
                    // copied again and again, most of what the calling thread did with more than one thread.
                    data = Arrays.copyOf(data, (int) Math.max(size + length, batchSize));
                }
                System.arraycopy(lines.buffer(), lines.start(), data, (int) size, length);
                starts[count] = (int) size;
                lengths[count] = !lines.tooLong() ? length : lines.tooLongForHeap() ? -2 : -1;
                count++;
                size += length;
            }
            return true;
        }

        /** Reads the household of a line, or throws the line's problems. */
        Household read(int i) throws JsonImportException {
            String[] text = texts;
            int maxLength = importer.options().maxDocumentLength();
            if (text != null) {
                String line = text[i];
                if (line == null) {
                    throw problem(NdjsonReader.tooLong(maxLength));
                }
                if (line.isBlank()) {
                    throw problem(NdjsonReader.EMPTY_LINE);
                }
                return importer.readHousehold(NdjsonReader.keepingByteOrderMark(line));
            }
            int length = lengths[i];
            if (length < 0) {
                throw problem(ByteLineReader.tooLong(maxLength, length == -2));
            }
            int start = starts[i];
            // Malformed bytes are never blank; the importer refuses them, naming the first.
            if (Utf8.isBlank(data, start, start + length)) {
                throw problem(NdjsonReader.EMPTY_LINE);
            }
            return importer.readHousehold(data, start, length);
        }

        /** Whether it is worth keeping for the next batch: not if a long line or its output grew its buffers. */
        boolean reusable() {
            return data.length <= 2L * batchSize && output.capacity() <= REUSE_OUTPUT * (long) batchSize;
        }
    }

    /**
     * Holds back the workers of batches after the oldest one not yet written while the output worked and not yet
     * written is above its limit: a line's output can be many times its input, so the input budget alone does not
     * bound memory. The oldest batch never waits (workers take batches in input order, so it is being worked or
     * done), and writing it lets the others go on.
     */
    static final class OutputGate {
        private final long limit;
        private long held;
        /** The first line of the oldest batch not yet written. */
        private long oldest;

        OutputGate(long limit) {
            this.limit = limit;
        }

        /**
         * Counts more output of a batch being worked, and waits while too much is held, unless the batch is the
         * oldest.
         *
         * @return false if the thread was interrupted while it waited
         */
        synchronized boolean hold(Batch batch, long bytes) {
            held += bytes;
            try {
                while (held > limit && batch.first != oldest) {
                    wait();
                }
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        /** A batch's output written: its bytes told are no longer held, and the batch from {@code next} is oldest. */
        synchronized void written(long bytes, long next) {
            held -= bytes;
            oldest = next;
            notifyAll();
        }
    }

    private static JsonImportException problem(String message) {
        return new JsonImportException(List.of(NdjsonReader.rootProblem(message)));
    }

    /** Daemon worker threads, named for a thread dump. */
    private static final class Workers implements ThreadFactory {
        private static final AtomicInteger RUNS = new AtomicInteger();
        private final String name;
        private final int run = RUNS.incrementAndGet();
        private final AtomicInteger count = new AtomicInteger();

        Workers(String name) {
            this.name = name;
        }

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, name + "-" + run + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            // What escapes a task (its future could not record it, the heap being full) reaches the run through its
            // batch and is told once, by the run: not printed again, as a stack trace, by the thread.
            thread.setUncaughtExceptionHandler((t, e) -> { });
            return thread;
        }
    }
}
