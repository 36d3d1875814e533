package io.github.jingzhun.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.github.jingzhun.Decision;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.parameter.MissingParameterException;
import java.io.Flushable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Year;
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
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Assesses a stream of households: for each NDJSON input line exactly one output line, in order — the household's
 * decision for the year, or an error object naming the line and its problems. A line that is not a valid household,
 * a household without an income record for the year, or a year without a poverty line in the parameter set is an
 * error line, never a crash. Memory stays constant whatever the length of the input.
 *
 * <pre>{@code
 * NdjsonAssessment.Summary summary = new NdjsonAssessment(PovertyPolicy.national(), Year.of(2019),
 *         JingzhunJson.importer()).run(in, out);
 * }</pre>
 *
 * <p>Lines are read in batches (up to 512 lines, or 2 MiB); with {@linkplain #threads(int) more than one thread},
 * the calling thread reads batches and writes them out strictly in input order while worker threads read,
 * validate, assess and write the lines of a batch, a bounded number of batches in flight (two more than the
 * threads, and at most 32 MiB of input). The output is the same
 * bytes whatever the number of threads. The policy must be thread-safe then, as core's policies are.
 *
 * <p>An assessment is immutable and thread-safe; each run is independent.
 */
public final class NdjsonAssessment {

    /**
     * What a run did.
     *
     * @param lines the input lines, and so the output lines
     * @param decisions the lines assessed
     * @param errors the lines with problems
     */
    public record Summary(long lines, long decisions, long errors) {}

    /** The most lines of a batch. */
    static final int BATCH_LINES = 512;
    /** The input a batch takes before it is full, in bytes (or characters); a longer line is a batch alone. */
    static final int BATCH_SIZE = 1 << 21;
    /**
     * The input of the batches in flight above which the reader waits for the oldest, in bytes: with the output
     * they make, some 100 MiB at most, whatever the number of threads.
     */
    private static final long MAX_PENDING = 1L << 25;
    /** A batch whose buffers grew beyond this, for a very long line, is not reused. */
    private static final int REUSE_LIMIT = 1 << 23;

    /** Assesses one household, as {@link PovertyPolicy#assess(Household, Year)} does. */
    @FunctionalInterface
    interface Assessor {
        Decision assess(Household household, Year year);
    }

    private final PovertyPolicy policy;
    private final Assessor assessor;
    private final Year year;
    private final JsonImporter importer;
    private final int threads;
    /** Writes UTF-8 bytes that equal the mapper's text encoded: a surrogate pair as one four-byte character. */
    private final JsonFactory output;

    /**
     * Creates an assessment on the calling thread alone.
     *
     * @param policy the policy to assess with, not null
     * @param year the income year assessed, not null
     * @param importer the importer that reads the households, not null
     */
    public NdjsonAssessment(PovertyPolicy policy, Year year, JsonImporter importer) {
        this(policy, policy::assess, year, importer, 1);
    }

    /**
     * Creates an assessment that assesses with a function standing in for the policy's, for tests.
     *
     * @param policy the policy
     * @param assessor what assesses each household
     * @param year the income year assessed
     * @param importer the importer
     * @param threads the number of threads
     */
    NdjsonAssessment(PovertyPolicy policy, Assessor assessor, Year year, JsonImporter importer, int threads) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.assessor = Objects.requireNonNull(assessor, "assessor");
        this.year = Objects.requireNonNull(year, "year");
        this.importer = Objects.requireNonNull(importer, "importer");
        this.threads = threads;
        this.output = importer.mapper().getFactory().rebuild()
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
    }

    /**
     * Returns this assessment with a number of worker threads; 1, the default, assesses on the calling thread.
     * The output does not depend on it.
     *
     * @param count the number of worker threads, at least 1
     * @return the changed assessment, not null
     * @throws IllegalArgumentException if the count is less than 1
     */
    public NdjsonAssessment threads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one thread: " + count);
        }
        return new NdjsonAssessment(policy, assessor, year, importer, count);
    }

    /**
     * The number of worker threads.
     *
     * @return the count, at least 1
     */
    public int threads() {
        return threads;
    }

    /**
     * Reads every line of the input and writes one line for each. Neither stream is closed; the output is flushed.
     *
     * @param in NDJSON households, not null
     * @param out where decisions and error objects are written, not null
     * @return what the run did, not null
     * @throws IOException if reading or writing fails
     */
    public Summary run(Reader in, Writer out) throws IOException {
        LineReader lines = new LineReader(in, importer.options().maxDocumentLength());
        return run(batch -> batch.fill(lines), batch -> out.write(batch.output.text()), out);
    }

    /**
     * Reads every line of UTF-8 input and writes one UTF-8 line for each: the same bytes as
     * {@link #run(Reader, Writer)} writes when its streams decode and encode UTF-8. A line that is not well-formed
     * UTF-8 is an error line naming the first malformed byte. Neither stream is closed; the output is flushed. The
     * streams need no buffering: lines are read and written in large blocks.
     *
     * @param in NDJSON households as UTF-8, not null
     * @param out where decisions and error objects are written as UTF-8, not null
     * @return what the run did, not null
     * @throws IOException if reading or writing fails
     */
    public Summary run(InputStream in, OutputStream out) throws IOException {
        ByteLineReader lines = new ByteLineReader(in, importer.options().maxDocumentLength());
        return run(batch -> batch.fill(lines), batch -> batch.output.writeTo(out), out);
    }

    /** Fills a batch with lines; false when the input has ended (the batch may still hold lines). */
    @FunctionalInterface
    private interface Input {
        boolean fill(Batch batch) throws IOException;
    }

    /** Writes out the output of an assessed batch. */
    @FunctionalInterface
    private interface Output {
        void write(Batch batch) throws IOException;
    }

    private Summary run(Input in, Output out, Flushable flush) throws IOException {
        long lines = 0;
        long decisions = 0;
        if (threads == 1) {
            Batch batch = new Batch();
            for (boolean more = true; more; ) {
                more = in.fill(batch);
                if (batch.count == 0) {
                    break;
                }
                assess(batch, false);
                out.write(batch);
                lines += batch.count;
                decisions += batch.decisions;
                if (!batch.reusable()) {
                    batch = new Batch();
                }
            }
        } else {
            ExecutorService workers = Executors.newFixedThreadPool(threads, new Workers());
            try {
                ArrayDeque<Future<Batch>> pending = new ArrayDeque<>();
                ArrayDeque<Batch> free = new ArrayDeque<>();
                long pendingSize = 0;
                for (boolean more = true; more || !pending.isEmpty(); ) {
                    if (more && pending.size() < threads + 2 && pendingSize <= MAX_PENDING) {
                        Batch batch = free.isEmpty() ? new Batch() : free.pop();
                        more = in.fill(batch);
                        if (batch.count > 0) {
                            pendingSize += batch.size;
                            pending.add(workers.submit(() -> assess(batch, true), batch));
                        }
                        continue;
                    }
                    Batch done = await(Objects.requireNonNull(pending.poll()));
                    pendingSize -= done.size;
                    out.write(done);
                    lines += done.count;
                    decisions += done.decisions;
                    if (done.reusable()) {
                        free.push(done);
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
        flush.flush();
        return new Summary(lines, decisions, lines - decisions);
    }

    /** The batch of a finished task, or what the task threw. */
    private static Batch await(Future<Batch> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while assessing");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
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
    }

    /** Assesses every line of a batch into its output; a worker stops early when the run is stopped. */
    private void assess(Batch batch, boolean worker) {
        ByteSink out = batch.output;
        out.truncate(0);
        batch.decisions = 0;
        try {
            for (int i = 0; i < batch.count; i++) {
                if (worker && Thread.currentThread().isInterrupted()) {
                    return;
                }
                long number = batch.first + i;
                List<JsonProblem> problems;
                try {
                    problems = assess(batch.household(i), out);
                } catch (JsonImportException e) {
                    problems = e.problems();
                }
                if (problems.isEmpty()) {
                    batch.decisions++;
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
     * Assesses a household and writes its decision and a line break; the problems that stopped it, written nothing,
     * otherwise. {@link JsonAssessment} assesses its one household here too.
     */
    List<JsonProblem> assess(Household household, ByteSink out) {
        if (household.incomeOf(year) == null) {
            return List.of(new JsonProblem("$.income", "no income record for " + year + ", the year assessed"));
        }
        int mark = out.size();
        try {
            Decision decision = assessor.assess(household, year);
            try (JsonGenerator gen = output.createGenerator(out)) {
                DecisionCodec.write(decision, gen);
            }
            out.write('\n');
            return List.of();
        } catch (MissingParameterException e) {
            out.truncate(mark);
            return List.of(new JsonProblem(JsonPath.ROOT, Objects.requireNonNullElse(e.getMessage(),
                    "a parameter is missing")));
        } catch (IOException | RuntimeException e) {
            out.truncate(mark);
            return List.of(new JsonProblem(JsonPath.ROOT, "could not be assessed for " + year + " ("
                    + e.getClass().getSimpleName() + ")"));
        }
    }

    /**
     * Lines of input and the output written for them: the input as text or as UTF-8 bytes, as it was read. Filled
     * and written out by the calling thread, assessed by one worker at a time.
     */
    private final class Batch {

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
        /** The length of each line in bytes; -1 for a line too long. */
        final int[] lengths = new int[BATCH_LINES];
        final ByteSink output = new ByteSink(1 << 20);
        /** The decisions among the lines, once assessed. */
        long decisions;

        boolean fill(LineReader lines) throws IOException {
            count = 0;
            size = 0;
            String[] text = texts == null ? new String[BATCH_LINES] : texts;
            texts = text;
            while (count < BATCH_LINES && size < BATCH_SIZE) {
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
            while (count < BATCH_LINES && size < BATCH_SIZE) {
                if (!lines.next()) {
                    return false;
                }
                if (count == 0) {
                    first = lines.number();
                }
                int length = lines.length();
                if (size + length > data.length) {
                    data = Arrays.copyOf(data, (int) Math.max(size + length, Math.min(
                            Math.max(data.length * 2L, 1 << 16), BATCH_SIZE)));
                }
                System.arraycopy(lines.buffer(), lines.start(), data, (int) size, length);
                starts[count] = (int) size;
                lengths[count] = lines.tooLong() ? -1 : length;
                count++;
                size += length;
            }
            return true;
        }

        /** Reads the household of a line, or throws the line's problems. */
        Household household(int i) throws JsonImportException {
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
                return importer.readHousehold(line);
            }
            int length = lengths[i];
            if (length < 0) {
                throw problem(NdjsonReader.tooLong(maxLength));
            }
            int start = starts[i];
            int malformed = Utf8.malformedAt(data, start, start + length);
            if (malformed >= 0) {
                throw problem("malformed UTF-8 at byte " + (malformed - start + 1)
                        + "; each line is text in UTF-8");
            }
            if (Utf8.isBlank(data, start, start + length)) {
                throw problem(NdjsonReader.EMPTY_LINE);
            }
            return importer.readHousehold(data, start, length);
        }

        boolean reusable() {
            return data.length <= REUSE_LIMIT && output.capacity() <= REUSE_LIMIT;
        }
    }

    private static JsonImportException problem(String message) {
        return new JsonImportException(List.of(new JsonProblem(JsonPath.ROOT, message)));
    }

    /** Daemon worker threads, named for a thread dump. */
    private static final class Workers implements ThreadFactory {
        private static final AtomicInteger RUNS = new AtomicInteger();
        private final int run = RUNS.incrementAndGet();
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "jingzhun-assessment-" + run + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
