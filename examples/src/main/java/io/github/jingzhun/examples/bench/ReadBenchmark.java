package io.github.jingzhun.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.jingzhun.examples.population.SyntheticPopulation;
import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.json.JsonImportException;
import io.github.jingzhun.json.JsonImporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.Arrays;
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
 * The per-record API against a plain Jackson tree parse, in microseconds per household: 5,000 households of the
 * synthetic population (income year 2019), each held as the string an embedding system is given per request.
 *
 * <ul>
 *   <li>{@code plainTreeParseString}: a default {@code ObjectMapper} reads each string into a {@code JsonNode};
 *   <li>{@code readHouseholdString}: {@link JsonImporter#readHousehold(String)} reads and validates each one;
 *   <li>{@code readHouseholdBytes}: {@link JsonImporter#readHousehold(byte[], int, int)} reads and validates each
 *       one from its UTF-8 bytes, as an NDJSON line of bytes is read.
 * </ul>
 *
 * <p>Run with {@code mvn -B -q -pl examples -am test-compile exec:exec@bench -Djmh.args=ReadBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class ReadBenchmark {

    static final int HOUSEHOLDS = 5_000;

    private final ObjectReader plain = new ObjectMapper().readerFor(JsonNode.class);
    private final JsonImporter importer = JingzhunJson.importer();
    private String[] households = new String[0];
    private byte[][] lines = new byte[0][];

    /** Creates the benchmark. */
    public ReadBenchmark() {
        // state is built in setUp
    }

    /**
     * Writes each household as a string, as {@code generate} writes its line, and as its UTF-8 bytes.
     *
     * @throws IOException never: the strings stay in memory
     */
    @Setup
    public void setUp() throws IOException {
        households = SyntheticPopulation.of(2019, Year.of(2019)).households(HOUSEHOLDS)
                .map(h -> {
                    try {
                        return importer.mapper().writeValueAsString(h);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toArray(String[]::new);
        lines = Arrays.stream(households).map(h -> h.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    }

    /**
     * A plain Jackson tree parse of each string.
     *
     * @param blackhole consumes the trees
     * @throws IOException never: the strings are in memory
     */
    @Benchmark
    @OperationsPerInvocation(HOUSEHOLDS)
    public void plainTreeParseString(Blackhole blackhole) throws IOException {
        for (String household : households) {
            blackhole.consume(plain.readTree(household));
        }
    }

    /**
     * Read and validate each string, one call each.
     *
     * @param blackhole consumes the households
     * @throws JsonImportException never: every household is valid
     */
    @Benchmark
    @OperationsPerInvocation(HOUSEHOLDS)
    public void readHouseholdString(Blackhole blackhole) throws JsonImportException {
        for (String household : households) {
            blackhole.consume(importer.readHousehold(household));
        }
    }

    /**
     * Read and validate each household from its UTF-8 bytes, one call each.
     *
     * @param blackhole consumes the households
     * @throws JsonImportException never: every household is valid
     */
    @Benchmark
    @OperationsPerInvocation(HOUSEHOLDS)
    public void readHouseholdBytes(Blackhole blackhole) throws JsonImportException {
        for (byte[] line : lines) {
            blackhole.consume(importer.readHousehold(line, 0, line.length));
        }
    }
}
