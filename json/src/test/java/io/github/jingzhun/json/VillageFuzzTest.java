package io.github.jingzhun.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jingzhun.area.Village;
import io.github.jingzhun.json.stream.NdjsonReader;
import java.io.IOException;

/**
 * Coverage-guided fuzzing of {@link JsonImporter#readVillage} and {@link NdjsonReader#villages(JsonImporter,
 * java.io.InputStream)}: the properties of {@link RecordFuzz} for a village. Seeds: the area records and roll lines of
 * the hostile-input corpus (copied into {@code VillageFuzzTestInputs/readsAnyVillage/seeds} when the tests are built)
 * and the findings committed beside them. Without {@code JAZZER_FUZZ} this runs once per seed and finding, as a
 * regression test.
 */
class VillageFuzzTest {

    private static final RecordFuzz<Village> FUZZ =
            new RecordFuzz<>(JsonImporter::readVillage, NdjsonReader::villages);

    @FuzzTest(maxDuration = "20s")
    void readsAnyVillage(byte[] input) throws IOException {
        FUZZ.check(input);
    }
}
