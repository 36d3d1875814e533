package io.github.jingzhun.json.stream;

import io.github.jingzhun.Decision;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.explain.Changes;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.json.DecisionDetail;
import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.json.JsonImporter;
import io.github.jingzhun.json.JsonProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.time.Year;
import java.util.List;
import java.util.Objects;

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
 * <p>Lines are read in batches bounded by bytes: the input in flight is at most a sixteenth of the heap (at most
 * 32 MiB), and the output worked but not yet written as much again, so that a heap of 32 MiB is enough whatever the
 * number of threads; a line longer than a sixteenth of the heap is an error line. With {@linkplain #threads(int) more than one thread}, the calling thread reads batches and
 * writes them out strictly in input order while worker threads read, validate, assess and write the lines of a
 * batch. The output is the same bytes whatever the number of threads. The policy must be thread-safe then, as
 * core's policies are. A run stopped after writing the output of its first lines resumes after them with
 * {@link #skip(long)}.
 *
 * <p>Each decision is written in full — every finding with its English and Chinese messages — unless a
 * {@linkplain #detail(DecisionDetail) lower level of detail} is chosen, which writes the same outcomes in a fraction
 * of the bytes and time.
 *
 * <p>An assessment is immutable and thread-safe; each run is independent.
 */
public final class NdjsonAssessment {

    /** The most worker threads a pipeline takes: more only cost memory (a batch in flight each) and switching. */
    public static final int MAX_THREADS = 256;

    /**
     * What a run did.
     *
     * @param lines the input lines, and so the output lines
     * @param decisions the lines assessed
     * @param errors the lines with problems
     */
    public record Summary(long lines, long decisions, long errors) {}

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
    private final DecisionDetail detail;
    private final boolean changes;
    private final long skip;
    private final NdjsonBatches batches;

    /**
     * Creates an assessment on the calling thread alone.
     *
     * @param policy the policy to assess with, not null
     * @param year the income year assessed, not null
     * @param importer the importer that reads the households, not null
     */
    public NdjsonAssessment(PovertyPolicy policy, Year year, JsonImporter importer) {
        this(Objects.requireNonNull(policy, "policy"), policy::assess, year, importer, 1);
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
        this(policy, assessor, year, importer, threads, DecisionDetail.FULL, false, 0);
    }

    private NdjsonAssessment(PovertyPolicy policy, Assessor assessor, Year year, JsonImporter importer, int threads,
            DecisionDetail detail, boolean changes, long skip) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.assessor = Objects.requireNonNull(assessor, "assessor");
        this.year = Objects.requireNonNull(year, "year");
        this.importer = Objects.requireNonNull(importer, "importer");
        this.threads = threads;
        this.detail = Objects.requireNonNull(detail, "detail");
        this.changes = changes;
        this.skip = skip;
        this.batches = new NdjsonBatches(importer, "jingzhun-assessment", threads, 0, (household, batch, out) ->
                assess(household, out));
    }

    /**
     * Returns this assessment with a number of worker threads; 1, the default, assesses on the calling thread.
     * The output does not depend on it.
     *
     * @param count the number of worker threads, from 1 to {@link #MAX_THREADS}
     * @return the changed assessment, not null
     * @throws IllegalArgumentException if the count is out of that range
     */
    public NdjsonAssessment threads(int count) {
        return new NdjsonAssessment(policy, assessor, year, importer, NdjsonBatches.checkThreads(count), detail,
                changes, skip);
    }

    /**
     * Returns this assessment writing decisions at a level of detail; {@link DecisionDetail#FULL}, every finding
     * with its messages, is the default. The outcomes are the same at every level.
     *
     * @param level how much of each decision to write, not null
     * @return the changed assessment, not null
     */
    public NdjsonAssessment detail(DecisionDetail level) {
        return new NdjsonAssessment(policy, assessor, year, importer, threads, level, changes, skip);
    }

    /**
     * The level of detail decisions are written at.
     *
     * @return the level, not null
     */
    public DecisionDetail detail() {
        return detail;
    }

    /**
     * Returns this assessment writing, or not, each decision's {@code changes}: the smallest changes that would flip
     * its outcomes ({@link Changes}). Off by default: they cost a little more than the decision, and only when asked.
     *
     * @param on whether to write the changes
     * @return the changed assessment, not null
     */
    public NdjsonAssessment withChanges(boolean on) {
        return new NdjsonAssessment(policy, assessor, year, importer, threads, detail, on, skip);
    }

    /**
     * Returns this assessment moving past the first lines of the input unread: nothing is written for them, and the
     * lines after keep their numbers (in error lines too). A run stopped after writing the output of its first
     * {@code n} lines, resumed with {@code skip(n)} on the same input, writes the rest: the two outputs, one after
     * the other, are the bytes of one run over the whole input. An input of fewer lines fails the run with an
     * {@link java.io.EOFException} before anything is written: it cannot be the input of the stopped run.
     *
     * @param lines how many lines to move past, at least 0; 0, the default, reads them all
     * @return the changed assessment, not null
     * @throws IllegalArgumentException if the count is negative
     */
    public NdjsonAssessment skip(long lines) {
        if (lines < 0) {
            throw new IllegalArgumentException("a negative number of lines: " + lines);
        }
        return new NdjsonAssessment(policy, assessor, year, importer, threads, detail, changes, lines);
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
     * @return what the run did (not counting the lines {@linkplain #skip(long) moved past}), not null
     * @throws IOException if reading or writing fails
     */
    public Summary run(Reader in, Writer out) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        return summary(batches.run(in, out, skip, null));
    }

    /**
     * Reads every line of UTF-8 input and writes one UTF-8 line for each: the same bytes as
     * {@link #run(Reader, Writer)} writes when its streams decode and encode UTF-8. A line that is not well-formed
     * UTF-8 is an error line naming the first malformed byte. Neither stream is closed; the output is flushed. The
     * streams need no buffering: lines are read and written in large blocks.
     *
     * @param in NDJSON households as UTF-8, not null
     * @param out where decisions and error objects are written as UTF-8, not null
     * @return what the run did (not counting the lines {@linkplain #skip(long) moved past}), not null
     * @throws IOException if reading or writing fails
     */
    public Summary run(InputStream in, OutputStream out) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        return summary(batches.run(in, out, skip, null));
    }

    private static Summary summary(NdjsonBatches.Summary run) {
        return new Summary(run.lines(), run.worked(), run.lines() - run.worked());
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
            JingzhunJson.writeDecision(decision, out.generator(batches.output()), detail,
                    changes ? Changes.of(policy, household, decision) : null);
            out.endRecord();
            return List.of();
        } catch (IOException | RuntimeException e) {
            out.truncate(mark);
            return List.of(NdjsonReader.failed(e, "assessed", year));
        }
    }
}
