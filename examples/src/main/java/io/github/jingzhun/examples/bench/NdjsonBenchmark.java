package io.github.jingzhun.examples.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.jingzhun.Decision;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.examples.population.SyntheticPopulation;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.json.DecisionDetail;
import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.json.JsonImporter;
import io.github.jingzhun.json.stream.NdjsonAssessment;
import io.github.jingzhun.json.stream.NdjsonWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * NDJSON end to end against a plain Jackson tree parse of the same file, in microseconds per line: 20,000 lines
 * of the synthetic population (income year 2019, about 2.5 KB a line) held in memory as UTF-8.
 *
 * <ul>
 *   <li>{@code plainTreeParse}: a default {@code ObjectMapper} reads every line into a {@code JsonNode} — the
 *       least any reader of the file must do;
 *   <li>{@code endToEnd}: {@link NdjsonAssessment} reads, validates and assesses every line and writes each
 *       decision's JSON line, with its findings and messages (about 5 KB), to a file, on one thread like the plain
 *       parse; {@code endToEndFailed} and {@code endToEndOutcomes} the same at {@link DecisionDetail#FAILED} and
 *       {@link DecisionDetail#OUTCOMES};
 *   <li>{@code endToEndTwoThreads}, {@code endToEndOutcomesTwoThreads}: the same on two worker threads, as the
 *       command line runs on this machine;
 *   <li>{@code writeFull}, {@code writeOutcomes}: only the writing of decisions made beforehand (the first
 *       {@value #DECISIONS}), each a JSON line into memory, in full and outcomes only: what a decision written costs,
 *       with {@code -prof gc} what it allocates. Their findings are built once, when first written;
 *   <li>{@code assessWriteFull}, {@code assessWriteOutcomes}: the same households read beforehand, assessed and
 *       written: the difference is what complete decisions cost beyond their outcomes, building their findings
 *       included.
 * </ul>
 *
 * <p>Run with {@code mvn -B -q -pl examples -am test-compile exec:exec@bench -Djmh.args=NdjsonBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class NdjsonBenchmark {

    static final int LINES = 20_000;
    static final int DECISIONS = 2_000;
    private static final Year YEAR = Year.of(2019);

    private final ObjectReader plain = new ObjectMapper().readerFor(JsonNode.class);
    private final JsonImporter importer = JingzhunJson.importer();
    private final NdjsonAssessment assessment = new NdjsonAssessment(PovertyPolicy.national(), YEAR, importer);
    private final NdjsonAssessment twoThreads = assessment.threads(2);
    private final NdjsonAssessment failed = assessment.detail(DecisionDetail.FAILED);
    private final NdjsonAssessment outcomes = assessment.detail(DecisionDetail.OUTCOMES);
    private final NdjsonAssessment outcomesTwoThreads = outcomes.threads(2);
    private byte[] file = new byte[0];
    private Path output = Path.of("");
    private List<Decision> decisions = List.of();
    private List<Household> households = List.of();
    private final PovertyPolicy policy = PovertyPolicy.national();
    private final ByteArrayOutputStream written = new ByteArrayOutputStream(DECISIONS * 6000);

    /** Creates the benchmark. */
    public NdjsonBenchmark() {
        // state is built in setUp
    }

    /**
     * Writes the file: the first {@value #LINES} households of the synthetic population, as {@code generate} does.
     *
     * @throws IOException never: the bytes stay in memory
     */
    @Setup
    public void setUp() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(LINES * 2600);
        try (Writer text = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            NdjsonWriter out = new NdjsonWriter(text, importer.mapper());
            SyntheticPopulation.of(2019, YEAR).households(LINES).forEach(h -> {
                try {
                    out.write(h);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        file = bytes.toByteArray();
        households = SyntheticPopulation.of(2019, YEAR).households(DECISIONS).toList();
        decisions = households.stream().map(h -> policy.assess(h, YEAR)).toList();
        output = Files.createTempFile("jingzhun-bench", ".ndjson");
        output.toFile().deleteOnExit();
        NdjsonAssessment.Summary summary = endToEnd();
        if (summary.decisions() != LINES) {
            throw new IllegalStateException("every generated line must be assessed: " + summary);
        }
    }

    /**
     * A plain Jackson tree parse of every line.
     *
     * @param blackhole consumes the trees
     * @throws IOException never: the bytes are in memory
     */
    @Benchmark
    @OperationsPerInvocation(LINES)
    public void plainTreeParse(Blackhole blackhole) throws IOException {
        try (MappingIterator<JsonNode> lines = plain.readValues(new ByteArrayInputStream(file))) {
            for (Iterator<JsonNode> it = lines; it.hasNext(); ) {
                blackhole.consume(it.next());
            }
        }
    }

    private NdjsonAssessment.Summary toFile(NdjsonAssessment run) throws IOException {
        try (OutputStream out = Files.newOutputStream(output)) {
            return run.run(new ByteArrayInputStream(file), out);
        }
    }

    /**
     * Read, validate, assess and write every line, every finding with its messages, to a file.
     *
     * @return the run's summary
     * @throws IOException if the file cannot be written
     */
    @Benchmark
    @OperationsPerInvocation(LINES)
    public NdjsonAssessment.Summary endToEnd() throws IOException {
        return toFile(assessment);
    }

    /**
     * The same, writing only the failed findings, without messages.
     *
     * @return the run's summary
     * @throws IOException if the file cannot be written
     */
    @Benchmark
    @OperationsPerInvocation(LINES)
    public NdjsonAssessment.Summary endToEndFailed() throws IOException {
        return toFile(failed);
    }

    /**
     * The same, writing the outcomes only.
     *
     * @return the run's summary
     * @throws IOException if the file cannot be written
     */
    @Benchmark
    @OperationsPerInvocation(LINES)
    public NdjsonAssessment.Summary endToEndOutcomes() throws IOException {
        return toFile(outcomes);
    }

    /**
     * Read, validate, assess and write every line on two worker threads, in input order.
     *
     * @return the run's summary
     * @throws IOException if the file cannot be written
     */
    @Benchmark
    @OperationsPerInvocation(LINES)
    public NdjsonAssessment.Summary endToEndTwoThreads() throws IOException {
        return toFile(twoThreads);
    }

    /**
     * Writes the decisions made beforehand, in full, one JSON line each, into memory.
     *
     * @return the bytes written
     * @throws IOException never: the bytes stay in memory
     */
    @Benchmark
    @OperationsPerInvocation(DECISIONS)
    public int writeFull() throws IOException {
        return write(DecisionDetail.FULL);
    }

    /**
     * Writes the outcomes of the decisions made beforehand, one JSON line each, into memory.
     *
     * @return the bytes written
     * @throws IOException never: the bytes stay in memory
     */
    @Benchmark
    @OperationsPerInvocation(DECISIONS)
    public int writeOutcomes() throws IOException {
        return write(DecisionDetail.OUTCOMES);
    }

    /**
     * Assesses the households read beforehand and writes their decisions in full, one JSON line each, into memory.
     *
     * @return the bytes written
     * @throws IOException never: the bytes stay in memory
     */
    @Benchmark
    @OperationsPerInvocation(DECISIONS)
    public int assessWriteFull() throws IOException {
        return write(households.stream().map(h -> policy.assess(h, YEAR)).toList(), DecisionDetail.FULL);
    }

    /**
     * Assesses the households read beforehand and writes the outcomes of their decisions, one JSON line each.
     *
     * @return the bytes written
     * @throws IOException never: the bytes stay in memory
     */
    @Benchmark
    @OperationsPerInvocation(DECISIONS)
    public int assessWriteOutcomes() throws IOException {
        return write(households.stream().map(h -> policy.assess(h, YEAR)).toList(), DecisionDetail.OUTCOMES);
    }

    private int write(DecisionDetail detail) throws IOException {
        return write(decisions, detail);
    }

    private int write(List<Decision> list, DecisionDetail detail) throws IOException {
        written.reset();
        try (JsonGenerator gen = importer.mapper().getFactory().createGenerator(written)) {
            gen.setRootValueSeparator(null);
            for (Decision d : list) {
                JingzhunJson.writeDecision(d, gen, detail, null);
                gen.writeRaw('\n');
            }
        }
        return written.size();
    }

    /**
     * The outcomes only, on two worker threads.
     *
     * @return the run's summary
     * @throws IOException if the file cannot be written
     */
    @Benchmark
    @OperationsPerInvocation(LINES)
    public NdjsonAssessment.Summary endToEndOutcomesTwoThreads() throws IOException {
        return toFile(outcomesTwoThreads);
    }
}
