package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.json.stream.NdjsonAssessment;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The same input and parameters give byte-identical NDJSON, whatever the run, the JVM or the JDK. The input is a
 * committed file, src/test/resources/determinism/households.ndjson, of 52 lines: 43 generated households
 * (RandomHouseholds, with seeds drawn from {@code new Random(2016)}), 40 of which have an income record for 2016,
 * the year assessed, so that their decisions carry derived causes, exclusions, gaps, measures, monitoring and
 * findings; and 12 error lines: 3 households without 2016 income, 7 lines of the hostile corpus, an empty line and
 * the JSON contract's worked household (no 2016 income either). Three checks:
 * <ul>
 *   <li>in this JVM, two runs with a fresh importer, mapper and policy each write the same bytes, and the order of
 *       the fields in the input changes no decision;</li>
 *   <li>a fresh JVM writes the same bytes as this one, once with all identity hash codes equal and once with
 *       them shifted (see {@link IdentityHashes}), its {@code Set.of}/{@code Map.of} iteration order drawn anew
 *       each time: output that followed the iteration of a {@code HashSet}/{@code HashMap} of enums or of objects
 *       without {@code hashCode}, or of an immutable set or map, would most likely differ;</li>
 *   <li>the output's SHA-256 equals the committed one, src/test/resources/determinism/decisions.ndjson.sha256, on
 *       every JDK the build runs on (17 and 25 in CI): the test writes target/determinism/decisions.ndjson and
 *       decisions.ndjson.sha256 (in {@code sha256sum} format) for diffing the outputs of two JDKs.</li>
 * </ul>
 */
public class DeterminismTest {

    public static final String INPUT = "determinism/households.ndjson";
    public static final String GOLDEN = "determinism/decisions.ndjson.sha256";
    public static final Year YEAR = Year.of(2016);

    /** Run by JUnit: the class is public only for its golden input, which the stream tests read too. */
    DeterminismTest() {}

    @TempDir
    Path temp;

    /** The assessment of an input with a fresh importer (and so mapper and validator) and a fresh policy. */
    static byte[] assess(String input) throws IOException {
        StringWriter out = new StringWriter();
        new NdjsonAssessment(PovertyPolicy.national(), YEAR, JingzhunJson.importer())
                .run(new StringReader(input), out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theInputHasDecisionsAndErrorLines() throws IOException {
        String output = new String(assess(TestResources.text(INPUT)), StandardCharsets.UTF_8);
        assertThat(output.lines().filter(l -> l.startsWith("{\"household\"")).count()).isEqualTo(40);
        assertThat(output.lines().filter(l -> l.startsWith("{\"line\"")).count()).isEqualTo(12);
        assertThat(output).contains("\"derivedCauses\":[\"").contains("\"exclusions\":[\"")
                .contains("\"monitored\":true").contains("\"addresses\":[\"");
    }

    @Test
    void twoFreshPipelinesWriteTheSameBytes() throws IOException {
        String input = TestResources.text(INPUT);
        byte[] first = assess(input);
        byte[] second = assess(input);
        assertSameBytes("a second run in the same JVM", first, second);
    }

    @Test
    void theOrderOfTheFieldsInTheInputChangesNoDecision() throws IOException {
        ObjectMapper mapper = JingzhunJson.mapper();
        JsonImporter importer = JingzhunJson.importer();
        StringBuilder valid = new StringBuilder();
        StringBuilder reversed = new StringBuilder();
        for (String line : TestResources.text(INPUT).split("\n")) {
            try {
                importer.readHousehold(line);
            } catch (JsonImportException e) {
                continue;
            }
            valid.append(line).append('\n');
            reversed.append(mapper.writeValueAsString(reverseFields(mapper.readTree(line)))).append('\n');
        }
        assertThat(reversed.toString()).isNotEqualTo(valid.toString());
        assertSameBytes("the input with every object's fields in reverse order", assess(valid.toString()),
                assess(reversed.toString()));
    }

    /** The tree with the fields of every object in reverse order. */
    private static JsonNode reverseFields(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(object.properties());
            ObjectNode copy = object.objectNode();
            for (int i = fields.size() - 1; i >= 0; i--) {
                copy.set(fields.get(i).getKey(), reverseFields(fields.get(i).getValue()));
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = array.arrayNode();
            array.forEach(element -> copy.add(reverseFields(element)));
            return copy;
        }
        return node;
    }

    /**
     * How a fresh JVM's identity hash codes differ from this one's. They are drawn from a per-thread sequence that
     * is the same in every run of a JDK, so a fresh JVM alone would often repeat this one's; instead they are all
     * equal ({@code -XX:hashCode=2}: hash sets and maps then iterate in insertion order), or shifted by drawing a
     * random number of them first.
     */
    enum IdentityHashes {
        ALL_EQUAL, SHIFTED
    }

    @ParameterizedTest
    @EnumSource(IdentityHashes.class)
    void aFreshJvmWithOtherIdentityHashCodesWritesTheSameBytes(IdentityHashes hashes)
            throws IOException, InterruptedException {
        Path output = temp.resolve("decisions.ndjson");
        Path log = temp.resolve("jvm.log");
        int shift = hashes == IdentityHashes.SHIFTED ? 1 + new Random().nextInt(100_000) : 0;
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        if (hashes == IdentityHashes.ALL_EQUAL) {
            command.addAll(List.of("-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=2"));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), FreshJvm.class.getName(),
                output.toString(), Integer.toString(shift)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("the fresh JVM did not finish in 2 minutes");
        }
        assertThat(process.exitValue()).as(Files.readString(log)).isZero();
        assertSameBytes("a fresh JVM (identity hash codes " + hashes + (shift > 0 ? " by " + shift : "") + ")",
                assess(TestResources.text(INPUT)), Files.readAllBytes(output));
    }

    /**
     * Entry point of the fresh JVM: draws as many identity hash codes as its second argument says, then writes the
     * assessment of the input to the file named by its first.
     */
    static final class FreshJvm {

        private FreshJvm() {}

        public static void main(String[] args) throws IOException {
            for (int i = Integer.parseInt(args[1]); i > 0; i--) {
                System.identityHashCode(new Object());
            }
            Files.write(Path.of(args[0]), assess(TestResources.text(INPUT)));
        }
    }

    @Test
    void theOutputMatchesTheCommittedSha256() throws IOException {
        byte[] output = assess(TestResources.text(INPUT));
        String sha256 = sha256(output);
        // target/test-classes/determinism -> target/determinism
        Path directory = TestResources.directory("determinism").getParent().getParent().resolve("determinism");
        Files.createDirectories(directory);
        Files.write(directory.resolve("decisions.ndjson"), output);
        Files.writeString(directory.resolve("decisions.ndjson.sha256"), sha256 + "  decisions.ndjson\n");
        String golden = TestResources.text(GOLDEN).trim().split("\\s+")[0];
        assertThat(sha256).as("SHA-256 of %s, expected in src/test/resources/%s: the output changed. If the change"
                + " is intended, and the same on JDK 17 and 25, update that file", directory.resolve(
                        "decisions.ndjson"), GOLDEN).isEqualTo(golden);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fails naming the first line that differs, rather than printing two outputs of hundreds of kilobytes. */
    private static void assertSameBytes(String what, byte[] expected, byte[] actual) {
        if (Arrays.equals(expected, actual)) {
            return;
        }
        String[] e = new String(expected, StandardCharsets.UTF_8).split("\n", -1);
        String[] a = new String(actual, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<none>";
            String al = i < a.length ? a[i] : "<none>";
            if (!el.equals(al)) {
                int at = 0;
                while (at < Math.min(el.length(), al.length()) && el.charAt(at) == al.charAt(at)) {
                    at++;
                }
                int from = Math.max(0, at - 120);
                fail("%s wrote other bytes: output line %d differs at character %d%n  expected: ...%s%n"
                        + "  actual:   ...%s", what, i + 1, at, excerpt(el, from), excerpt(al, from));
            }
        }
        fail("%s wrote other bytes", what);
    }

    private static String excerpt(String line, int from) {
        return line.substring(Math.min(from, line.length()), Math.min(line.length(), from + 240));
    }
}
