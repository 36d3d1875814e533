package io.github.jingzhun.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jingzhun.identification.ProvincialBenchmark;
import io.github.jingzhun.json.stream.NdjsonReader;
import java.io.IOException;

/**
 * Coverage-guided fuzzing of {@link JsonImporter#readBenchmark} and {@link NdjsonReader#benchmarks(JsonImporter,
 * java.io.InputStream)}: the properties of {@link RecordFuzz} for a provincial benchmark. Seeds: the area records and
 * roll lines of the hostile-input corpus (copied into {@code BenchmarkFuzzTestInputs/readsAnyBenchmark/seeds} when the
 * tests are built) and the findings committed beside them. Without {@code JAZZER_FUZZ} this runs once per seed and
 * finding, as a regression test.
 */
class BenchmarkFuzzTest {

    private static final RecordFuzz<ProvincialBenchmark> FUZZ =
            new RecordFuzz<>(JsonImporter::readBenchmark, NdjsonReader::benchmarks);

    @FuzzTest(maxDuration = "20s")
    void readsAnyBenchmark(byte[] input) throws IOException {
        FUZZ.check(input);
    }
}
