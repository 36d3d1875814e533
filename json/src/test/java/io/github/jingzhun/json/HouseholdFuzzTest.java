package io.github.jingzhun.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jingzhun.household.Household;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Coverage-guided fuzzing of {@link JsonImporter#readHousehold}: from arbitrary bytes, decoded as UTF-8, a household
 * is read or refused with a {@link JsonImportException}, never anything else; the text and the reader entry points
 * agree; an accepted household writes back to JSON that reads as an equal household. Seeds: the hostile-input
 * corpus (copied into {@code HouseholdFuzzTestInputs/readsAnyHousehold/seeds} when the tests are built) and the
 * committed seeds and findings beside them in src/test/resources. Without {@code JAZZER_FUZZ} this runs
 * once per seed and finding, as a regression test.
 */
class HouseholdFuzzTest {

    private static final JsonImporter STRICT = JingzhunJson.importer();
    private static final JsonImporter TOLERANT =
            JingzhunJson.importer(JsonOptions.defaults().withTolerateUnknownFields(true));

    @FuzzTest(maxDuration = "20s")
    void readsAnyHousehold(byte[] input) throws IOException {
        String text = new String(input, StandardCharsets.UTF_8);
        for (JsonImporter importer : new JsonImporter[] {STRICT, TOLERANT}) {
            Household fromText = read(importer, text, false);
            Household fromReader = read(importer, text, true);
            FuzzOracle.check((fromText == null) == (fromReader == null),
                    "text and reader disagree: " + fromText + " / " + fromReader);
            // The byte read agrees with the text read on well-formed UTF-8 (the text read skips a byte order mark,
            // the byte read does not) and refuses anything else.
            Household fromBytes = readBytes(importer, input);
            boolean marked = input.length >= 3 && input[0] == (byte) 0xEF && input[1] == (byte) 0xBB
                    && input[2] == (byte) 0xBF;
            FuzzOracle.check(!wellFormed(input) ? fromBytes == null : marked || Objects.equals(fromBytes, fromText),
                    "bytes and text disagree: " + fromBytes + " / " + fromText);
            if (fromText != null) {
                FuzzOracle.check(fromText.equals(fromReader), "text and reader read different households");
                String written = importer.mapper().writeValueAsString(fromText);
                Household again = read(importer, written, false);
                FuzzOracle.check(fromText.equals(again), "an accepted household does not round-trip: " + written);
            }
        }
    }

    private static @Nullable Household readBytes(JsonImporter importer, byte[] input) throws IOException {
        try {
            return importer.readHousehold(input, 0, input.length);
        } catch (JsonImportException e) {
            FuzzOracle.checkRefusal(e);
            return null;
        }
    }

    private static boolean wellFormed(byte[] input) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(input));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static @Nullable Household read(JsonImporter importer, String text, boolean viaReader)
            throws IOException {
        try {
            return viaReader ? importer.readHousehold(new StringReader(text)) : importer.readHousehold(text);
        } catch (JsonImportException e) {
            FuzzOracle.checkRefusal(e);
            return null;
        }
    }
}
