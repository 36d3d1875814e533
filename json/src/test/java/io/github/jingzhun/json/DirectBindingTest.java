package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingzhun.household.Household;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The direct binder (the fast path of {@link JsonImporter}) against the slow path it stands in for: for every
 * input, reading a household from its text or its UTF-8 bytes gives what the slow path gives — the same household,
 * or the same problems — and whenever the binder binds a record on its own, the slow path binds an equal household
 * from the exact tree. Inputs: the hostile-input corpus, the contract's household, generated households, the committed
 * determinism input, and thousands of mutants of generated households (each value replaced by another kind of
 * value, each field dropped, repeated or joined by an unknown one), with unknown fields errors and tolerated.
 */
class DirectBindingTest {

    private static final JsonImporter STRICT = JingzhunJson.importer();
    private static final JsonImporter TOLERANT =
            JingzhunJson.importer(JsonOptions.defaults().withTolerateUnknownFields(true));
    private static final ObjectMapper MAPPER = STRICT.mapper();

    /** What reading gave: a household, or problems. */
    record Outcome(@Nullable Household household, List<JsonProblem> problems) {}

    @FunctionalInterface
    interface Read {
        Household read(String json) throws JsonImportException;
    }

    private static Outcome outcome(Read read, String json) {
        try {
            return new Outcome(read.read(json), List.of());
        } catch (JsonImportException e) {
            return new Outcome(null, e.problems());
        }
    }

    /** Fast and slow agree on a text, from a string and from bytes; returns whether the binder bound it alone. */
    static boolean assertAgree(JsonImporter importer, String json) {
        Outcome slow = outcome(importer::readHouseholdSlowly, json);
        assertThat(outcome(importer::readHouseholdLine, json)).as(json).isEqualTo(slow);
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        byte[] padded = new byte[utf8.length + 6];
        System.arraycopy(utf8, 0, padded, 3, utf8.length);
        assertThat(outcome(j -> importer.readHousehold(padded, 3, utf8.length), json)).as(json).isEqualTo(slow);
        Household direct = importer.bindDirectly(json);
        if (direct != null) {
            assertThat(outcome(importer::bindFromTree, json)).as(json).isEqualTo(new Outcome(direct, List.of()));
        }
        Household fromBytes = importer.bindDirectly(padded, 3, utf8.length);
        assertThat(fromBytes).as(json).isEqualTo(direct);
        // The public method skips a byte order mark at the start and reads the rest as the slow path does.
        String unmarked = json.startsWith("\uFEFF") ? json.substring(1) : json;
        assertThat(outcome(importer::readHousehold, json)).as(json)
                .isEqualTo(outcome(importer::readHouseholdSlowly, unmarked));
        // A reader is read as its text is, on the same path.
        assertThat(outcome(j -> {
            try {
                return importer.readHousehold(new StringReader(j));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, json)).as(json).isEqualTo(outcome(importer::readHousehold, json));
        return direct != null;
    }

    static Stream<Path> hostileFiles() throws IOException {
        try (Stream<Path> files = Files.list(TestResources.directory("hostile"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void theHostileCorpusIsReadAlikeAndRefused(Path file) throws IOException {
        String json = Files.readString(file);
        assertAgree(STRICT, json);
        assertAgree(TOLERANT, json);
        assertThat(outcome(STRICT::readHouseholdLine, json).problems()).isNotEmpty();
    }

    @Test
    void theWorkedHouseholdIsBoundDirectly() {
        String json = ContractDocument.workedHousehold();
        assertThat(assertAgree(STRICT, json)).isTrue();
        assertThat(assertAgree(TOLERANT, json)).isTrue();
    }

    @Test
    void theDeterminismInputIsReadAlike() {
        int direct = 0;
        for (String line : TestResources.text(DeterminismTest.INPUT).split("\n", -1)) {
            if (!line.isBlank() && assertAgree(STRICT, line)) {
                direct++;
            }
            assertAgree(TOLERANT, line);
        }
        assertThat(direct).isGreaterThanOrEqualTo(40);
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 100);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedHouseholdsAreBoundDirectlyToEqualValues(long seed) throws IOException {
        Household household = RandomHouseholds.generate(seed);
        String json = MAPPER.writeValueAsString(household);
        assertThat(STRICT.bindDirectly(json)).isEqualTo(household);
        assertThat(assertAgree(STRICT, json)).isTrue();
        assertThat(assertAgree(TOLERANT, json)).isTrue();
    }

    /** Values put in place of each value of a household, of every JSON kind and some edge of each. */
    private static final List<String> REPLACEMENTS = List.of("null", "\"\"", "\"x\"", "\"MALE\"", "\"2019-02-29\"",
            "\"2019-01-01\"", "\"522727\"", "0", "1", "-1", "2019", "1.0", "1.5", "0.001", "1E2", "1e99999999999",
            "2147483648", "12345678901234567890123", "true", "false", "[]", "[null]", "[1]", "{}", "{\"a\":1}",
            "{\"a\":1,\"a\":2}");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5})
    void everyMutantOfAHouseholdIsReadAlike(long seed) throws IOException {
        JsonNode tree = MAPPER.readTree(MAPPER.writeValueAsString(RandomHouseholds.generate(seed)));
        List<String> mutants = new ArrayList<>();
        mutate(tree, new ArrayList<>(), tree, mutants);
        assertThat(mutants).hasSizeGreaterThan(1000);
        int direct = 0;
        for (String mutant : mutants) {
            if (assertAgree(STRICT, mutant)) {
                direct++;
            }
            assertAgree(TOLERANT, mutant);
        }
        // Most mutants are refused; those the binder takes are the harmless ones (a null optional value, say).
        assertThat(direct).isPositive();
    }

    /** Adds the mutants of the node at a path: replaced, and for a field dropped, repeated or joined. */
    private static void mutate(JsonNode root, List<Object> path, JsonNode node, List<String> mutants) {
        for (String replacement : REPLACEMENTS) {
            mutants.add(write(root, path, Edit.REPLACE, replacement));
        }
        if (!path.isEmpty() && path.get(path.size() - 1) instanceof String) {
            mutants.add(write(root, path, Edit.DROP, ""));
            mutants.add(write(root, path, Edit.REPEAT, ""));
            mutants.add(write(root, path, Edit.UNKNOWN_BEFORE, "1e99999999999"));
            mutants.add(write(root, path, Edit.UNKNOWN_BEFORE, "{\"b\":[1,{\"c\":\"d\",\"c\":null}]}"));
            mutants.add(write(root, path, Edit.UNKNOWN_BEFORE, "[0.5,\"x\",true]"));
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                List<Object> child = new ArrayList<>(path);
                child.add(field.getKey());
                mutate(root, child, field.getValue(), mutants);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> child = new ArrayList<>(path);
                child.add(i);
                mutate(root, child, node.get(i), mutants);
            }
        }
    }

    private enum Edit {
        REPLACE, DROP, REPEAT, UNKNOWN_BEFORE
    }

    private static String write(JsonNode root, List<Object> path, Edit edit, String raw) {
        StringWriter text = new StringWriter();
        try (JsonGenerator gen = MAPPER.getFactory().createGenerator(text)) {
            write(gen, root, List.of(), path, edit, raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void write(JsonGenerator gen, JsonNode node, List<Object> at, List<Object> target, Edit edit,
            String raw) throws IOException {
        if (at.equals(target) && edit == Edit.REPLACE) {
            gen.writeRawValue(raw);
            return;
        }
        if (node.isObject()) {
            gen.writeStartObject();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                List<Object> child = new ArrayList<>(at);
                child.add(field.getKey());
                boolean hit = child.equals(target);
                if (hit && edit == Edit.DROP) {
                    continue;
                }
                if (hit && edit == Edit.UNKNOWN_BEFORE) {
                    gen.writeFieldName("unknownField");
                    gen.writeRawValue(raw);
                }
                int times = hit && edit == Edit.REPEAT ? 2 : 1;
                for (int i = 0; i < times; i++) {
                    gen.writeFieldName(field.getKey());
                    write(gen, field.getValue(), child, target, edit, raw);
                }
            }
            gen.writeEndObject();
        } else if (node.isArray()) {
            gen.writeStartArray();
            for (int i = 0; i < node.size(); i++) {
                List<Object> child = new ArrayList<>(at);
                child.add(i);
                write(gen, node.get(i), child, target, edit, raw);
            }
            gen.writeEndArray();
        } else {
            MAPPER.writeTree(gen, node);
        }
    }

    /** Edges of the document, its encoding and the reading limits. */
    static Stream<String> edges() {
        String worked = ContractDocument.workedHousehold().replace("\n", " ");
        String body = worked.substring(worked.indexOf('{') + 1);
        return Stream.of(worked, " " + worked + " ", worked + "\r", "\t" + worked + "\t\r", worked + " {}",
                worked + " x", worked + worked, "[" + worked + "]", "\uFEFF" + worked, worked + "\u0000",
                "\u0000" + worked, "{" + "\"schemaVersion\": null, " + body, "{\"schemaVersion\": 1.0, " + body,
                "{\"schemaVersion\": 2, " + body, "{\"schemaVersion\": \"1\", " + body,
                "{\"schemaVersion\": 1, " + body.replaceFirst("\"schemaVersion\": 1,", "\"schemaVersion\": 1,"),
                "{\"unknown\": 1e99999999999, " + body, "{\"unknown\": 1e999999999, " + body,
                "{\"unknown\": {\"a\": 1, \"a\": 1}, " + body, "{\"u\": 1, \"u\": 2, " + body,
                "{\"unknown\": " + "[".repeat(70) + "]".repeat(70) + ", " + body,
                "{\"unknown\": " + "1".repeat(70) + ", " + body, "{\"unknown\": 0." + "1".repeat(70) + ", " + body,
                "{\"unknown\": \"" + "x".repeat(1_000_001) + "\", " + body,
                "{\"id\": \"" + "x".repeat(1_000_001) + "\", " + body,
                "{\"unknown\": NaN, " + body, "{\"unknown\": 'x', " + body, "{\"unknown\": 01, " + body,
                worked.replace("\"Wang Fang\"", "\"\\ud800 \\u00e9 😀 王芳\""), worked.replace("3000.00", "3000.001"),
                worked.replace("3000.00", "3000.000"), worked.replace("3000.00", "3e3"), worked.replace("3000.00", "-0"),
                worked.replace("\"1980-01-01\"", "\"+1980-01-01\""), worked.replace("\"1980-01-01\"", "\"1980-1-01\""),
                worked.replace("\"MALE\"", "\"male\""), worked.replace("\"MALE\"", "\"MALE \""),
                worked.replace("\"Wang Fang\"", "\"Wang?Fang\""), "{\"unknown?\": 1, " + body, "", " ", "null",
                "{}", "1", "\"x\"");
    }

    @ParameterizedTest
    @MethodSource("edges")
    void theEdgesAreReadAlike(String json) {
        assertAgree(STRICT, json);
        assertAgree(TOLERANT, json);
    }

    /**
     * Text with a lone surrogate, written raw: it has no UTF-8 form (encoded, it would read as '?'), so only text
     * reads it, and the public method reads it as the slow path does.
     */
    @ParameterizedTest
    @ValueSource(strings = {"\"Wang\uD800Fang\"", "\"\uDC00王芳\"", "\"王芳\uD83D\""})
    void aLoneSurrogateIsReadAsText(String name) {
        String json = ContractDocument.workedHousehold().replace("\"Wang Fang\"", name);
        String unknown = "{\"unknown\": " + name + ", " + json.substring(json.indexOf('{') + 1);
        for (String text : List.of(json, unknown)) {
            for (JsonImporter importer : List.of(STRICT, TOLERANT)) {
                Outcome slow = outcome(importer::readHouseholdSlowly, text);
                assertThat(outcome(importer::readHousehold, text)).as(text).isEqualTo(slow);
                assertThat(outcome(importer::readHouseholdLine, text)).as(text).isEqualTo(slow);
            }
        }
    }

    @Test
    void aLineInAnotherEncodingIsNotGuessed() {
        String worked = ContractDocument.workedHousehold().replace("\n", " ");
        for (java.nio.charset.Charset charset : List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE,
                java.nio.charset.Charset.forName("UTF-32BE"))) {
            byte[] bytes = worked.getBytes(charset);
            assertThat(STRICT.bindDirectly(bytes, 0, bytes.length)).as(charset.name()).isNull();
        }
        byte[] bom = ("\uFEFF" + worked).getBytes(StandardCharsets.UTF_8);
        assertThat(STRICT.bindDirectly(bom, 0, bom.length)).isNull();
    }
}
