package io.github.jingzhun.examples.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingzhun.examples.population.SyntheticPopulation;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.json.stream.NdjsonWriter;
import java.io.IOException;
import java.io.Writer;
import java.time.Year;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The synthetic population's throughput in households per second (one operation is one household): drawing the
 * household alone, and drawing it and writing its NDJSON line as {@code generate} does, to a writer that discards
 * the text. Each operation takes the next index, so no two operations draw the same household.
 *
 * <p>Run with {@code mvn -B -q -pl examples -am test-compile exec:exec@bench -Djmh.args=GeneratorBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class GeneratorBenchmark {

    private final SyntheticPopulation population = SyntheticPopulation.of(2019, Year.of(2019));
    private final ObjectMapper mapper = JingzhunJson.mapper();
    private final Discard discard = new Discard();
    private final NdjsonWriter out = new NdjsonWriter(discard, mapper);
    private long next;

    /** Creates the benchmark. */
    public GeneratorBenchmark() {
        // state is initialised in the fields
    }

    /**
     * Draws the next household.
     *
     * @return the household
     */
    @Benchmark
    public Household household() {
        return population.household(next++);
    }

    /**
     * Draws the next household and writes its NDJSON line, as {@code generate} does.
     *
     * @return the characters written so far
     * @throws IOException never: the writer discards
     */
    @Benchmark
    public long ndjsonLine() throws IOException {
        out.write(population.household(next++));
        return discard.count;
    }

    /** A writer that counts characters and keeps none. */
    private static final class Discard extends Writer {
        long count;

        @Override
        public void write(char[] buffer, int offset, int length) {
            count += length;
        }

        @Override
        public void write(String text) {
            count += text.length();
        }

        @Override
        public void flush() {
            // nothing kept
        }

        @Override
        public void close() {
            // nothing kept
        }
    }
}
