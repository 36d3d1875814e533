package io.github.jingzhun.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jingzhun.exit.County;
import io.github.jingzhun.json.stream.NdjsonReader;
import java.io.IOException;

/**
 * Coverage-guided fuzzing of {@link JsonImporter#readCounty} and {@link NdjsonReader#counties(JsonImporter,
 * java.io.InputStream)}: the properties of {@link RecordFuzz} for a county. Seeds: the area records and roll lines of
 * the hostile-input corpus (copied into {@code CountyFuzzTestInputs/readsAnyCounty/seeds} when the tests are built) and
 * the findings committed beside them. Without {@code JAZZER_FUZZ} this runs once per seed and finding, as a regression
 * test.
 */
class CountyFuzzTest {

    private static final RecordFuzz<County> FUZZ =
            new RecordFuzz<>(JsonImporter::readCounty, NdjsonReader::counties);

    @FuzzTest(maxDuration = "20s")
    void readsAnyCounty(byte[] input) throws IOException {
        FUZZ.check(input);
    }
}
