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
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    /**
     * Mutants of a household's text as other systems write it, edited character by character (which the mutants of
     * the tree above cannot be): whitespace of every kind anywhere, characters escaped (validly or not), numbers
     * with exponents, leading zeros, signs and excess digits, unknown fields, non-ASCII characters, a {@code ?},
     * punctuation dropped or doubled, the line cut short. A lone surrogate has no UTF-8 form, so such a mutant is
     * compared on the text read only.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("textSeeds")
    void everyTextMutantOfAHouseholdIsReadAlike(long seed) throws IOException {
        Random random = new Random(seed);
        Household household = RandomHouseholds.generate(seed);
        String line = seed % 3 == 0 ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(household)
                : MAPPER.writeValueAsString(household);
        // JSON whitespace of every kind between all tokens: bound directly, to the same household.
        StringBuilder spaced = new StringBuilder();
        String[] spaces = {" ", "\t", "\n", "\r", "\r\n", "  \t "};
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            spaced.append(c);
            if ("{}[]:,".indexOf(c) >= 0 && !TextMutation.insideString(line, i)) {
                spaced.append(spaces[random.nextInt(spaces.length)]);
            }
        }
        assertThat(STRICT.bindDirectly(spaced.toString())).isEqualTo(household);
        assertThat(assertAgree(STRICT, spaced.toString())).isTrue();
        for (int n = 0; n < 24; n++) {
            String mutant = line;
            for (int edits = 1 + random.nextInt(2); edits > 0; edits--) {
                mutant = TextMutation.values()[random.nextInt(TextMutation.values().length)].apply(mutant, random);
            }
            if (hasLoneSurrogate(mutant)) {
                assertTextAgrees(STRICT, mutant);
                assertTextAgrees(TOLERANT, mutant);
                continue;
            }
            assertAgree(STRICT, mutant);
            assertAgree(TOLERANT, mutant);
        }
    }

    static LongStream textSeeds() {
        return LongStream.rangeClosed(1, 60);
    }

    private static boolean hasLoneSurrogate(String text) {
        return !text.equals(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }

    /** Fast and slow agree on a text read as text. */
    private static void assertTextAgrees(JsonImporter importer, String json) {
        Outcome slow = outcome(importer::readHouseholdSlowly, json);
        assertThat(outcome(importer::readHouseholdLine, json)).as(json).isEqualTo(slow);
        String unmarked = json.startsWith("\uFEFF") ? json.substring(1) : json;
        assertThat(outcome(importer::readHousehold, json)).as(json)
                .isEqualTo(outcome(importer::readHouseholdSlowly, unmarked));
    }

    /** One edit of a household's text at a random place. */
    private enum TextMutation {
        WHITESPACE {
            @Override
            String apply(String text, Random r) {
                String[] spaces = {" ", "\t", "\n", "\r", "\r\n", "   ", "\u000b", "\f", "\u00a0", "\u0000"};
                return insert(text, r.nextInt(text.length() + 1), spaces[r.nextInt(spaces.length)]);
            }
        },
        ESCAPE {
            @Override
            String apply(String text, Random r) {
                int at = inString(text, r);
                if (at < 0) {
                    return text;
                }
                char c = text.charAt(at);
                String[] forms = {String.format("\\u%04x", (int) c), String.format("\\u%04X", (int) c), "\\/",
                    "\\\"", "\\\\", "\\t", "\\n", "\\b", "\\f", "\\r", "\\u738b", "\\ud83d\\ude00",
                    "\\ud800", "\\x", "\\u12", "\\u12g4", "\\", "\\'", "\\U0041"};
                String form = forms[r.nextInt(forms.length)];
                return form.length() > 5 && form.startsWith("\\u") && r.nextBoolean()
                        ? text.substring(0, at) + form + text.substring(at + 1) : insert(text, at, form);
            }
        },
        NUMBER {
            @Override
            String apply(String text, Random r) {
                int at = number(text, r);
                if (at < 0) {
                    return text;
                }
                int stop = at;
                while (stop < text.length() && "-0123456789.".indexOf(text.charAt(stop)) >= 0) {
                    stop++;
                }
                String n = text.substring(at, stop);
                String[] forms = {n + "e0", n + "E+1", n + "e-2", "0" + n, "-" + n, "-0", "-0.0", "0.0", n + "0",
                    n + "00000000000000000000000", "2147483647", "2147483648", "-2147483648", "-2147483649",
                    "9223372036854775808", n + ".", "." + n, "+" + n, n + ".5", n + ".001", n + ".10", "1" + "0".repeat(70),
                    "NaN", "Infinity", "0x1F", n + "-1"};
                return text.substring(0, at) + forms[r.nextInt(forms.length)] + text.substring(stop);
            }
        },
        UNKNOWN_FIELD {
            @Override
            String apply(String text, Random r) {
                List<Integer> opens = new ArrayList<>();
                for (int i = 0; i < text.length(); i++) {
                    if (text.charAt(i) == '{' && !insideString(text, i)) {
                        opens.add(i);
                    }
                }
                String[] values = {"1", "-2.50", "1e3", "\"x\"", "\"a\\\"b\\u00e9\"", "\"?\"", "null", "true",
                    "[]", "{}", "{\"a\":{\"b\":[1,2.5,-3,\"王\"]}}", "{\"a\":1,\"a\":2}", "[{\"c\":\"d\"},{\"c\":0}]",
                    "01", "\"\\q\"", "[1,]"};
                String[] names = {"extra", "王芳", "x\\u0041", "schemaVersion", "id"};
                String field = "\"" + names[r.nextInt(names.length)] + "\":" + values[r.nextInt(values.length)] + ",";
                return insert(text, opens.get(r.nextInt(opens.size())) + 1, field);
            }
        },
        NON_ASCII {
            @Override
            String apply(String text, Random r) {
                int at = inString(text, r);
                String[] chars = {"王芳", "é", "😀", "\u2028", "\uffff", "\ufeff", "\u0080", "\u07ff", "\u0800"};
                return at < 0 ? text : insert(text, at, chars[r.nextInt(chars.length)]);
            }
        },
        LONE_SURROGATE {
            @Override
            String apply(String text, Random r) {
                int at = r.nextInt(4) == 0 ? r.nextInt(text.length() + 1) : inString(text, r);
                String[] chars = {"\ud800", "\udc00", "\ud83d", "\ude00\ud83d"};
                return at < 0 ? text : insert(text, at, chars[r.nextInt(chars.length)]);
            }
        },
        QUESTION_MARK {
            @Override
            String apply(String text, Random r) {
                int at = inString(text, r);
                return at < 0 ? text : insert(text, at, "?");
            }
        },
        PUNCTUATION {
            @Override
            String apply(String text, Random r) {
                int at = r.nextInt(text.length());
                String[] marks = {"{", "}", "[", "]", ":", ",", "\"", "\\", "n", "0", "'"};
                return switch (r.nextInt(3)) {
                    case 0 -> text.substring(0, at) + text.substring(at + 1);
                    case 1 -> insert(text, at, marks[r.nextInt(marks.length)]);
                    default -> insert(text, at, String.valueOf(text.charAt(at)));
                };
            }
        },
        TRUNCATE {
            @Override
            String apply(String text, Random r) {
                return text.substring(0, r.nextInt(text.length()));
            }
        },
        TRAILING {
            @Override
            String apply(String text, Random r) {
                String[] tails = {" ", "\n", "\r\n", "\u0000", "x", "{}", ",", " null", "\ufeff"};
                return text + tails[r.nextInt(tails.length)];
            }
        };

        abstract String apply(String text, Random r);

        private static String insert(String text, int at, String s) {
            return text.substring(0, at) + s + text.substring(at);
        }

        /** A random index inside a string literal (after its opening quote), or -1. */
        private static int inString(String text, Random r) {
            for (int tries = 0; tries < 20; tries++) {
                int at = 1 + r.nextInt(Math.max(text.length() - 1, 1));
                if (at < text.length() && insideString(text, at) && text.charAt(at - 1) != '\\') {
                    return at;
                }
            }
            return -1;
        }

        /** A random index where a number starts, or -1. */
        private static int number(String text, Random r) {
            for (int tries = 0; tries < 40; tries++) {
                int at = r.nextInt(text.length());
                char c = text.charAt(at);
                char before = at == 0 ? ' ' : text.charAt(at - 1);
                if ((c == '-' || c >= '0' && c <= '9') && (before == ':' || before == ' ' || before == '[')
                        && !insideString(text, at)) {
                    return at;
                }
            }
            return -1;
        }

        /** Whether an index is inside a string literal: an odd number of unescaped quotes before it. */
        private static boolean insideString(String text, int at) {
            boolean inside = false;
            for (int i = 0; i < at; i++) {
                char c = text.charAt(i);
                if (inside && c == '\\') {
                    i++;
                } else if (c == '"') {
                    inside = !inside;
                }
            }
            return inside;
        }
    }

    private static String worked() {
        return ContractDocument.workedHousehold();
    }

    /** An integer field: the builder refuses a negative count, so only those at the top of the range bind. */
    @ParameterizedTest
    @CsvSource({"2147483647, true", "2147483648, false", "-2147483649, false", "0, true", "-0, false", "00, false", "07, false", "70.0, false", "7e1, false", "99999999999, false"})
    void anIntegerIsBoundDirectlyOnlyInTheRangeOfInt(String value, boolean direct) {
        String json = worked().replace("\"litresPerPersonPerDay\": 70", "\"litresPerPersonPerDay\": " + value);
        assertThat(json).isNotEqualTo(worked());
        Household household = STRICT.bindDirectly(json);
        assertThat(household != null).as(value).isEqualTo(direct);
        if (household != null) {
            assertThat(household.getConditions().getWater().getLitresPerPersonPerDay())
                    .isEqualTo(Integer.parseInt(value));
        }
        assertAgree(STRICT, json);
        assertAgree(TOLERANT, json);
    }

    @ParameterizedTest
    @CsvSource({"3000.000, 300000", "3000, 300000", "3000.1, 300010", "3000.10, 300010", "3000.100, 300010",
        "0.01, 1", "0.0, 0", "0, 0", "999999999999.99, 99999999999999", "1000000000000.00, 100000000000000",
        "3000.001, ", "3000.0001, ", "1000000000000.01, ", "10000000000000, ", "3e3, ", "3000.00e0, ", "-0, ",
        "-0.00, ", "03000.00, ", "3000., ", ".5, ", "+3000, "})
    void moneyIsBoundDirectlyOnlyExactToTheFen(String amount, @Nullable Long fen) {
        // the record's other amounts net to zero, so that its net income may be the wage up to one trillion
        String json = worked().replace("\"wage\": 3000.00", "\"wage\": " + amount)
                .replace("\"productionCosts\": 900.00", "\"productionCosts\": 4300.00");
        assertThat(json).isNotEqualTo(worked());
        Household household = STRICT.bindDirectly(json);
        assertThat(household == null ? null : household.getIncome().get(0).getWage().fen()).as(amount).isEqualTo(fen);
        assertAgree(STRICT, json);
        assertAgree(TOLERANT, json);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"name\": \"Wang Fang\"|\"name\": \"\"|false",
        "\"name\": \"Wang Fang\"|\"name\": \"Zhang \\\"Wei\\\"\"|true",
        "\"name\": \"Wang Fang\"|\"name\": \"\\u738b\\u82b3 \\/ \\t\\\\\"|true",
        "\"name\": \"Wang Fang\"|\"name\": \"王芳?\"|true",
        "\"name\": \"Wang Fang\"|\"name\": \"\\x\"|false",
        "\"name\": \"Wang Fang\"|\"name\": \"Wang\u0001Fang\"|false",
        "\"name\": \"Wang Fang\"|\"name\": \"Wang\tFang\"|false",
        "\"transfers\": [|\"transfers\": [], \"x\": [|false",
        "\"secondary\": [\"LACK_OF_SKILLS\"]|\"secondary\": []|true",
        "\"secondary\": [\"LACK_OF_SKILLS\"]|\"secondary\": [ ]|true",
        "\"secondary\": [\"LACK_OF_SKILLS\"]|\"secondary\": [null]|false",
        "\"secondary\": [\"LACK_OF_SKILLS\"]|\"secondary\": [\"LACK_OF_SKILLS\",]|false",
        "\"contactCadre\": \"CADRE-0017\"|\"contactCadre\": \"\"|false",
        "\"birthDate\": \"1980-01-01\"|\"birthDate\": \"\"|false",
        "\"birthDate\": \"1980-01-01\"|\"birthDate\": \"1980-01-0\\u0031\"|false",
        "\"sex\": \"FEMALE\"|\"sex\": \"\"|false",
        "\"sex\": \"FEMALE\"|\"sex\": \"FEM\\u0041LE\"|false",
        "\"sex\": \"FEMALE\"|\"s\\u0065x\": \"FEMALE\"|false",
        "\"members\": [|\"members\": [], \"x\": [|false"})
    void stringsAndArraysAtTheirEdgesAreReadAlike(String from, String to, boolean direct) {
        String json = worked().replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to));
        assertThat(json).isNotEqualTo(worked());
        assertThat(STRICT.bindDirectly(json) != null).as(to).isEqualTo(direct);
        assertAgree(STRICT, json);
        assertAgree(TOLERANT, json);
    }

    @Test
    void escapesAreDecodedAsTheSlowPathDecodesThem() throws JsonImportException {
        String json = worked().replace("\"Wang Fang\"", "\"\\u738b\\u82B3 \\\"\\\\\\/\\b\\f\\n\\r\\t\\ud83d\\ude00\"");
        Household direct = STRICT.bindDirectly(json);
        assertThat(direct).isNotNull();
        assertThat(direct.getMembers().get(0).getName()).isEqualTo("王芳 \"\\/\b\f\n\r\t😀");
        assertThat(direct).isEqualTo(STRICT.bindFromTree(json));
    }

    @Test
    void aQuestionMarkIsBoundDirectlyButALoneSurrogateIsLeftToTheSlowPath() {
        String question = worked().replace("\"Wang Fang\"", "\"Wang?Fang\"");
        assertThat(STRICT.bindDirectly(question)).isNotNull();
        String lone = worked().replace("\"Wang Fang\"", "\"Wang?Fang\"").replace("\"Li Ming\"", "\"Li\ud800Ming\"");
        assertThat(STRICT.bindDirectly(lone)).isNull();
        assertTextAgrees(STRICT, lone);
        String pair = worked().replace("\"Wang Fang\"", "\"Wang?Fang\"").replace("\"Li Ming\"", "\"Li😀Ming\"");
        assertThat(STRICT.bindDirectly(pair)).isNotNull();
    }

    @Test
    void theReadingLimitsAreTheSlowPathsOrTighter() {
        String json = worked();
        for (JsonOptions options : List.of(JsonOptions.defaults().withMaxStringLength(17),
                JsonOptions.defaults().withMaxStringLength(18), JsonOptions.defaults().withMaxNumberLength(6),
                JsonOptions.defaults().withMaxNumberLength(7), JsonOptions.defaults().withMaxNestingDepth(3),
                JsonOptions.defaults().withMaxNestingDepth(4), JsonOptions.defaults().withMaxNestingDepth(5))) {
            assertAgree(JingzhunJson.importer(options), json);
            assertAgree(JingzhunJson.importer(options.withTolerateUnknownFields(true)), json);
        }
        assertThat(JingzhunJson.importer(JsonOptions.defaults().withMaxStringLength(17)).bindDirectly(json)).isNull();
        assertThat(JingzhunJson.importer(JsonOptions.defaults().withMaxNestingDepth(3)).bindDirectly(json)).isNull();
    }

    /**
     * The binder checks bytes as it reads them, in place of a check of the whole line first: random bytes beyond
     * ASCII in a name are bound directly exactly when they are well-formed UTF-8, to the name Java decodes, and
     * otherwise the read refuses them as malformed, naming the same byte as before.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void bytesBeyondAsciiAreBoundExactlyWhenWellFormed(long seed) throws IOException {
        Random random = new Random(seed);
        byte[] worked = worked().getBytes(StandardCharsets.UTF_8);
        int at = worked().indexOf("Wang Fang") + 4;
        int[] leads = {0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4,
            0xF5, 0xFF};
        int bound = 0;
        for (int n = 0; n < 2_000; n++) {
            byte[] inserted = new byte[1 + random.nextInt(4)];
            inserted[0] = (byte) leads[random.nextInt(leads.length)];
            for (int k = 1; k < inserted.length; k++) {
                // Mostly continuation bytes; sometimes an ASCII letter or another lead byte, cutting a sequence short.
                int kind = random.nextInt(8);
                inserted[k] = (byte) (kind == 0 ? 'a' + random.nextInt(26)
                        : kind == 1 ? 0xC0 + random.nextInt(0x40) : 0x80 + random.nextInt(0x40));
            }
            byte[] line = new byte[worked.length + inserted.length];
            System.arraycopy(worked, 0, line, 0, at);
            System.arraycopy(inserted, 0, line, at, inserted.length);
            System.arraycopy(worked, at, line, at + inserted.length, worked.length - at);
            String name;
            try {
                name = "Wang" + StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(inserted))
                        + " Fang";
            } catch (java.nio.charset.CharacterCodingException e) {
                name = null;
            }
            Household direct = STRICT.bindDirectly(line, 0, line.length);
            String hex = java.util.HexFormat.of().formatHex(inserted);
            if (name == null) {
                assertThat(direct).as(hex).isNull();
                int malformed = MalformedUtf8.at(line, 0, line.length);
                assertThat(malformed).as(hex).isNotNegative();
                assertThat(outcome(j -> STRICT.readHousehold(line, 0, line.length), hex).problems()).as(hex)
                        .containsExactly(new JsonProblem("$", MalformedUtf8.message(line, 0, malformed)));
            } else {
                assertThat(direct).as(hex).isNotNull();
                assertThat(direct.getMembers().get(0).getName()).isEqualTo(name);
                bound++;
            }
        }
        assertThat(bound).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"c280", "dfbf", "e0a080", "ed9fbf", "ee8080", "efbfbf", "f0908080", "f48fbfbf"})
    void everyFormOfUtf8IsBoundDirectly(String hex) {
        byte[] sequence = java.util.HexFormat.of().parseHex(hex);
        String character = new String(sequence, StandardCharsets.UTF_8);
        String json = worked().replace("\"Wang Fang\"", "\"Wang" + character + "\"");
        byte[] line = json.getBytes(StandardCharsets.UTF_8);
        Household direct = STRICT.bindDirectly(line, 0, line.length);
        assertThat(direct).isNotNull();
        assertThat(direct.getMembers().get(0).getName()).isEqualTo("Wang" + character);
        assertAgree(STRICT, json);
    }
}
