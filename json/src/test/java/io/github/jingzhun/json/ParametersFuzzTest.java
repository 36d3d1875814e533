package io.github.jingzhun.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jingzhun.parameter.PolicyParameters;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Coverage-guided fuzzing of {@link JsonImporter#readParameters}: from arbitrary bytes, decoded as UTF-8, a
 * parameter set is read or refused with a {@link JsonImportException}, never anything else; the text and the reader
 * entry points agree; an accepted parameter set writes back to JSON that reads as an equal one. Seeds: the national
 * and a provincial parameter set (committed in {@code ParametersFuzzTestInputs/readsAnyParameterSet}) and the
 * hostile-input corpus (copied beside them when the tests are built).
 */
class ParametersFuzzTest {

    private static final JsonImporter IMPORTER = JingzhunJson.importer();

    @FuzzTest(maxDuration = "20s")
    void readsAnyParameterSet(byte[] input) throws IOException {
        String text = new String(input, StandardCharsets.UTF_8);
        PolicyParameters fromText = read(text, false);
        PolicyParameters fromReader = read(text, true);
        FuzzOracle.check((fromText == null) == (fromReader == null), "text and reader disagree");
        if (fromText != null) {
            FuzzOracle.check(fromText.equals(fromReader), "text and reader read different parameter sets");
            String written = IMPORTER.mapper().writeValueAsString(fromText);
            FuzzOracle.check(fromText.equals(read(written, false)),
                    "an accepted parameter set does not round-trip: " + written);
        }
    }

    private static @Nullable PolicyParameters read(String text, boolean viaReader) throws IOException {
        try {
            return viaReader ? IMPORTER.readParameters(new StringReader(text)) : IMPORTER.readParameters(text);
        } catch (JsonImportException e) {
            FuzzOracle.checkRefusal(e);
            return null;
        }
    }
}
