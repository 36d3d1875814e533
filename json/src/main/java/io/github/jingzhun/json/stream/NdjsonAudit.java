package io.github.jingzhun.json.stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.audit.CrossDepartmentAudit;
import io.github.jingzhun.audit.DepartmentRoll;
import io.github.jingzhun.audit.HouseholdAudit;
import io.github.jingzhun.audit.PopulationAudit;
import io.github.jingzhun.audit.RegistryFinding;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.json.JsonImporter;
import io.github.jingzhun.json.JsonProblem;
import io.github.jingzhun.parameter.MissingParameterException;
import io.github.jingzhun.parameter.YearParameters;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Audits a registry given as a stream of households (supervision, AUD-1 to AUD-9): one NDJSON line per finding, each
 * citing its rule and naming the households involved by registry id (audit-finding.schema.json), never a name or
 * an ID number; and an error object for each input line that is not a valid household.
 *
 * <pre>{@code
 * NdjsonAudit.Summary summary = new NdjsonAudit(PovertyPolicy.national(), Year.of(2019), JingzhunJson.importer())
 *         .rolls(rolls).threads(2).run(in, out);
 * }</pre>
 *
 * <p>What is written, in this order:
 * <ul>
 *   <li>for each input line, in input order: the findings of the household's own record for the year
 *       ({@link HouseholdAudit}: AUD-3 to AUD-8 and AUD-10, with AUD-7 over the procedures it records) and of each
 *       department's roll against it ({@link CrossDepartmentAudit}, AUD-9); or the line's error object;</li>
 *   <li>at the end, the findings across households ({@link PopulationAudit}): each ID number registered in two
 *       households (AUD-1), in the order the repeats were met, then each household id on two records (AUD-1),
 *       then each contact cadre paired with too many households (AUD-8), by cadre id.</li>
 * </ul>
 * Every input line is a household audited or an error line: the {@link Summary} accounts for each.
 *
 * <p><b>Memory.</b> Households are read in batches and audited on worker threads as {@link NdjsonAssessment}
 * assesses them; the audit across households keeps what it must remember in a storage that spills to disk: every
 * household's id and cadre go to a file, and the pairs of ID numbers and cadres are sorted in runs of a bounded size
 * on the heap, spilled, and merged at the end ({@link SpillingStorage}). The runs take about a sixteenth of the heap
 * each, so ninety million persons are audited within a 512 MB heap; the files take some 16 bytes a person and 50 a
 * household, and are deleted at the end of the run, even when it fails. A department's roll is
 * held in memory while the registry is read.
 *
 * <p>An audit is immutable and thread-safe; each run is independent.
 */
public final class NdjsonAudit {

    /**
     * What a run did.
     *
     * @param lines the input lines
     * @param households the lines that were valid households, each audited
     * @param errors the lines with problems, each written as an error object
     * @param findings the findings written, by rule
     */
    public record Summary(long lines, long households, long errors, Map<Rule, Long> findings) {

        /**
         * Creates a summary, copying the counts.
         *
         * @param lines the input lines
         * @param households the lines that were valid households
         * @param errors the lines with problems
         * @param findings the findings written, by rule
         */
        public Summary {
            findings = Collections.unmodifiableMap(findings.isEmpty() ? new EnumMap<>(Rule.class)
                    : new EnumMap<>(findings));
        }

        /**
         * The number of findings written, of every rule.
         *
         * @return the total
         */
        public long totalFindings() {
            long total = 0;
            for (long count : findings.values()) {
                total += count;
            }
            return total;
        }
    }

    private final PovertyPolicy policy;
    private final Year year;
    private final JsonImporter importer;
    private final int threads;
    private final List<CrossDepartmentAudit> rolls;
    private final @Nullable Path spillDirectory;
    private final int runPairs;

    /**
     * Creates an audit on the calling thread alone, with no department's roll.
     *
     * @param policy the policy whose parameters the audit reads, not null
     * @param year the income year audited, not null
     * @param importer the importer that reads the households, not null
     */
    public NdjsonAudit(PovertyPolicy policy, Year year, JsonImporter importer) {
        this(policy, year, importer, 1, List.of(), null, SpillingStorage.defaultRunPairs());
    }

    private NdjsonAudit(PovertyPolicy policy, Year year, JsonImporter importer, int threads,
            List<CrossDepartmentAudit> rolls, @Nullable Path spillDirectory, int runPairs) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.year = Objects.requireNonNull(year, "year");
        this.importer = Objects.requireNonNull(importer, "importer");
        this.threads = threads;
        this.rolls = List.copyOf(rolls);
        this.spillDirectory = spillDirectory;
        this.runPairs = runPairs;
    }

    /**
     * Returns this audit with a number of worker threads; 1, the default, audits on the calling thread. The output
     * does not depend on it.
     *
     * @param count the number of worker threads, from 1 to {@link NdjsonAssessment#MAX_THREADS}
     * @return the changed audit, not null
     * @throws IllegalArgumentException if the count is out of that range
     */
    public NdjsonAudit threads(int count) {
        return new NdjsonAudit(policy, year, importer, NdjsonBatches.checkThreads(count), rolls, spillDirectory,
                runPairs);
    }

    /**
     * Returns this audit comparing the registry with other departments' rolls (AUD-9).
     *
     * @param departmentRolls the rolls, not null
     * @return the changed audit, not null
     */
    public NdjsonAudit rolls(List<DepartmentRoll> departmentRolls) {
        List<CrossDepartmentAudit> indexed = new ArrayList<>(departmentRolls.size());
        for (DepartmentRoll roll : departmentRolls) {
            indexed.add(CrossDepartmentAudit.of(roll));
        }
        return new NdjsonAudit(policy, year, importer, threads, indexed, spillDirectory, runPairs);
    }

    /**
     * Returns this audit spilling to a directory of its own created in the one given (by default, the system's
     * temporary directory).
     *
     * @param directory an existing directory, not null
     * @return the changed audit, not null
     */
    public NdjsonAudit spillTo(Path directory) {
        return new NdjsonAudit(policy, year, importer, threads, rolls, Objects.requireNonNull(directory, "directory"),
                runPairs);
    }

    /**
     * Returns this audit holding at most a number of pairs on the heap before it spills a run: the bound of the heap
     * the audit across households takes (16 bytes a pair, three sets of pairs at most). For tests, which spill
     * small populations to check that nothing is lost.
     *
     * @param pairs the pairs of a run, at least 2
     * @return the changed audit, not null
     */
    NdjsonAudit runPairs(int pairs) {
        if (pairs < 2) {
            throw new IllegalArgumentException("at least 2 pairs a run: " + pairs);
        }
        return new NdjsonAudit(policy, year, importer, threads, rolls, spillDirectory, pairs);
    }

    /**
     * Audits every line of UTF-8 input, writing findings and error objects as UTF-8 lines. Neither stream is closed;
     * the output is flushed.
     *
     * @param in NDJSON households as UTF-8, not null
     * @param out where findings and error objects are written as UTF-8, not null
     * @return what the run did, not null
     * @throws IOException if reading, writing or spilling fails
     * @throws MissingParameterException if the policy's parameters do not cover the year
     */
    public Summary run(InputStream in, OutputStream out) throws IOException {
        return run((batches, done) -> batches.run(in, out, 0, done), sink -> {
            sink.writeTo(out);
            out.flush();
        });
    }

    /**
     * Audits every line of the input, writing findings and error objects as lines. Neither stream is closed; the
     * output is flushed.
     *
     * @param in NDJSON households, not null
     * @param out where findings and error objects are written, not null
     * @return what the run did, not null
     * @throws IOException if reading, writing or spilling fails
     * @throws MissingParameterException if the policy's parameters do not cover the year
     */
    public Summary run(Reader in, Writer out) throws IOException {
        return run((batches, done) -> batches.run(in, out, 0, done), sink -> {
            out.write(sink.text());
            out.flush();
        });
    }

    /** Runs the batches over the input. */
    @FunctionalInterface
    private interface Reading {
        NdjsonBatches.Summary read(NdjsonBatches batches, NdjsonBatches.Done done) throws IOException;
    }

    /** Writes out what was written into a sink after the input, and flushes. */
    @FunctionalInterface
    private interface Ending {
        void write(ByteSink sink) throws IOException;
    }

    private Summary run(Reading reading, Ending ending) throws IOException {
        YearParameters parameters = policy.parametersFor(year);
        int rules = Rule.values().length;
        JsonFactory output = NdjsonBatches.output(importer);
        long[] counts = new long[rules];
        try (SpillingStorage storage = new SpillingStorage(spillDirectory, runPairs)) {
            PopulationAudit population = PopulationAudit.start(parameters, storage);
            NdjsonBatches batches = new NdjsonBatches(importer, "jingzhun-audit", threads, rules,
                    (household, batch, out) -> audit(household, parameters, output, batch.counts, out));
            // In input order, on this thread: the households go to the audit across households.
            NdjsonBatches.Summary read = reading.read(batches, batch -> {
                for (int i = 0; i < batch.count; i++) {
                    Household household = batch.household(i);
                    if (household != null) {
                        population.add(household);
                    }
                }
                for (int r = 0; r < rules; r++) {
                    counts[r] += batch.counts[r];
                }
            });
            ByteSink sink = new ByteSink(1 << 16);
            try {
                population.finish(finding -> {
                    try {
                        write(finding, output, sink);
                        counts[finding.finding().rule().ordinal()]++;
                        if (sink.size() >= 1 << 20) {
                            ending.write(sink);
                            sink.truncate(0);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            ending.write(sink);
            Map<Rule, Long> findings = new EnumMap<>(Rule.class);
            for (Rule rule : Rule.values()) {
                if (counts[rule.ordinal()] > 0) {
                    findings.put(rule, counts[rule.ordinal()]);
                }
            }
            return new Summary(read.lines(), read.worked(), read.lines() - read.worked(), findings);
        }
    }

    /** Audits one household and writes its findings; the problem that stopped it, written nothing, otherwise. */
    private List<JsonProblem> audit(Household household, YearParameters parameters, JsonFactory output, long[] counts,
            ByteSink out) {
        int mark = out.size();
        try {
            List<Finding> findings = HouseholdAudit.check(household, parameters);
            if (!rolls.isEmpty()) {
                findings = new ArrayList<>(findings);
                for (CrossDepartmentAudit roll : rolls) {
                    findings.addAll(roll.check(household));
                }
            }
            List<String> named = List.of(household.getId());
            for (Finding f : findings) {
                write(new RegistryFinding(named, f), output, out);
            }
            for (Finding f : findings) {
                counts[f.rule().ordinal()]++;
            }
            return List.of();
        } catch (IOException | RuntimeException e) {
            out.truncate(mark);
            return List.of(NdjsonReader.failed(e, "audited", year));
        }
    }

    private static void write(RegistryFinding finding, JsonFactory output, OutputStream out) throws IOException {
        try (JsonGenerator gen = output.createGenerator(out)) {
            JingzhunJson.writeFinding(finding, gen);
        }
        out.write('\n');
    }
}
