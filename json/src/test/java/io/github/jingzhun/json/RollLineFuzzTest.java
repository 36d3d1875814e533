package io.github.jingzhun.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jingzhun.audit.RollLine;
import io.github.jingzhun.json.stream.NdjsonReader;
import java.io.IOException;

/**
 * Coverage-guided fuzzing of {@link JsonImporter#readRollLine} and {@link NdjsonReader#rollLines(JsonImporter,
 * java.io.InputStream)}: the properties of {@link RecordFuzz} for a department roll line. Seeds: the area records and
 * roll lines of the hostile-input corpus (copied into {@code RollLineFuzzTestInputs/readsAnyRollLine/seeds} when the
 * tests are built) and the findings committed beside them. Without {@code JAZZER_FUZZ} this runs once per seed and
 * finding, as a regression test.
 */
class RollLineFuzzTest {

    private static final RecordFuzz<RollLine> FUZZ =
            new RecordFuzz<>(JsonImporter::readRollLine, NdjsonReader::rollLines);

    @FuzzTest(maxDuration = "20s")
    void readsAnyRollLine(byte[] input) throws IOException {
        FUZZ.check(input);
    }
}
