package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingzhun.Decision;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.area.Geography;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.json.stream.NdjsonWriter;
import io.github.jingzhun.parameter.ParameterValue;
import io.github.jingzhun.parameter.PovertyLine;
import io.github.jingzhun.parameter.RegionalLine;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON contract document, {@code json/CONTRACT.md}, is true: every example is of a known kind, validates
 * against its kind's schema and reads and writes back as the same JSON; the example decisions are what the
 * national policy decides for the example households; every field of every schema is documented, and every
 * schema has an example.
 */
class ContractDocumentTest {

    private static final JsonImporter IMPORTER = JingzhunJson.importer();
    private static final ObjectMapper MAPPER = IMPORTER.mapper();

    /** Reads an example's JSON into its Java value. */
    @FunctionalInterface
    interface Reader {
        Object read(String json) throws Exception;
    }

    /** Writes a value back as JSON. */
    @FunctionalInterface
    interface Writer {
        String write(Object value) throws Exception;
    }

    /**
     * What an example of a kind is: the schema (or the definition within it) it validates against, and how it
     * reads and writes back, if it does; a kind without a reader is checked against its schema only.
     */
    record Kind(ContractSchema schema, String definition, @Nullable Reader reader, Writer writer) {

        static Kind of(ContractSchema schema, String definition, Reader reader) {
            return new Kind(schema, definition, reader, MAPPER::writeValueAsString);
        }

        static Kind of(ContractSchema schema, String definition, Class<?> type) {
            return of(schema, definition, json -> MAPPER.readValue(json, type));
        }

        static Kind schemaOnly(ContractSchema schema) {
            return schemaOnly(schema, "");
        }

        static Kind schemaOnly(ContractSchema schema, String definition) {
            return new Kind(schema, definition, null, value -> {
                throw new UnsupportedOperationException();
            });
        }
    }

    /** An error line read into Java: its number and problems, which {@link NdjsonWriter} writes. */
    record ErrorLine(long line, List<JsonProblem> errors) {

        static ErrorLine read(String json) throws IOException {
            JsonNode tree = MAPPER.readTree(json);
            List<JsonProblem> errors = new ArrayList<>();
            tree.get("errors").forEach(e -> errors.add(new JsonProblem(e.get("path").textValue(),
                    e.get("message").textValue())));
            assertThat(tree.size()).as("fields of an error line").isEqualTo(2);
            return new ErrorLine(tree.get("line").longValue(), errors);
        }

        static String write(Object value) throws IOException {
            ErrorLine line = (ErrorLine) value;
            StringWriter out = new StringWriter();
            try (NdjsonWriter writer = new NdjsonWriter(out, MAPPER)) {
                writer.writeErrors(line.line(), line.errors());
            }
            return out.toString();
        }
    }

    /**
     * The kinds of example, by the name of their marker {@code <!-- example: KIND -->}. A record added to the
     * contract gets its kind here: its schema (or a definition of one) and how it reads.
     */
    static final Map<String, Kind> KINDS = kinds();

    private static Map<String, Kind> kinds() {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        kinds.put("household", Kind.of(ContractSchema.HOUSEHOLD, "", IMPORTER::readHousehold));
        kinds.put("decision", Kind.of(ContractSchema.DECISION, "", IMPORTER::readDecision));
        kinds.put("parameters", Kind.of(ContractSchema.PARAMETERS, "", IMPORTER::readParameters));
        kinds.put("parameter-value", Kind.of(ContractSchema.PARAMETERS, "value", ParameterValue.class));
        kinds.put("poverty-line", Kind.of(ContractSchema.PARAMETERS, "line", PovertyLine.class));
        kinds.put("regional-line", Kind.of(ContractSchema.PARAMETERS, "regionalLine", RegionalLine.class));
        kinds.put("geography", Kind.of(ContractSchema.PARAMETERS, "geography", Geography.class));
        kinds.put("village", Kind.of(ContractSchema.VILLAGE, "", IMPORTER::readVillage));
        kinds.put("county", Kind.of(ContractSchema.COUNTY, "", IMPORTER::readCounty));
        kinds.put("benchmark", Kind.of(ContractSchema.BENCHMARK, "", IMPORTER::readBenchmark));
        kinds.put("area-decision", Kind.schemaOnly(ContractSchema.AREA_DECISION));
        kinds.put("procedure", Kind.schemaOnly(ContractSchema.HOUSEHOLD, "procedure"));
        kinds.put("monitoring", Kind.schemaOnly(ContractSchema.HOUSEHOLD, "monitoring"));
        kinds.put("household-over-time", Kind.schemaOnly(ContractSchema.HOUSEHOLD));
        kinds.put("risk-elimination", Kind.schemaOnly(ContractSchema.DECISION, "riskElimination"));
        kinds.put("change", Kind.schemaOnly(ContractSchema.DECISION, "change"));
        kinds.put("roll-line", Kind.of(ContractSchema.ROLL_LINE, "", IMPORTER::readRollLine));
        kinds.put("audit-finding", Kind.schemaOnly(ContractSchema.AUDIT_FINDING));
        kinds.put("error-line", new Kind(ContractSchema.ERROR_LINE, "", ErrorLine::read, ErrorLine::write));
        kinds.put("validation-line", Kind.schemaOnly(ContractSchema.VALIDATION_LINE));
        return kinds;
    }

    /** Numbers are the same when their value and scale are: money keeps its two decimals. */
    private static final Comparator<JsonNode> EXACT = (a, b) -> a.isNumber() && b.isNumber()
            ? (a.decimalValue().equals(b.decimalValue()) ? 0 : 1) : (a.equals(b) ? 0 : 1);

    private static final ContractDocument DOCUMENT = ContractDocument.get();

    static Stream<ContractDocument.Example> examples() {
        return DOCUMENT.examples().stream();
    }

    static Stream<ContractDocument.Example> examplesThatRead() {
        return examples().filter(e -> KINDS.containsKey(e.kind()) && KINDS.get(e.kind()).reader() != null);
    }

    @Test
    void everyJsonBlockIsAMarkedExample() {
        assertThat(DOCUMENT.problems()).isEmpty();
        assertThat(DOCUMENT.examples()).extracting(ContractDocument.Example::kind)
                .contains("household", "decision", "error-line", "validation-line");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleIsOfAKnownKindAndValidatesAgainstItsSchema(ContractDocument.Example example) throws Exception {
        assertThat(KINDS).as("kinds of example").containsKey(example.kind());
        Kind kind = KINDS.get(example.kind());
        assertThat(SchemaCheck.of(kind.schema()).violations(MAPPER.readTree(example.json()), kind.definition()))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examplesThatRead")
    void exampleReadsAndWritesBackAsTheSameJson(ContractDocument.Example example) throws Exception {
        Kind kind = KINDS.get(example.kind());
        Object value = Objects.requireNonNull(kind.reader()).read(example.json());
        String written = kind.writer().write(value);
        JsonNode expected = MAPPER.readTree(example.json());
        JsonNode actual = MAPPER.readTree(written);
        assertThat(actual.equals(EXACT, expected)).as("written back: %s%ndifferences: %s", written,
                differences(expected, actual, "$")).isTrue();
        assertThat(kind.reader().read(written)).isEqualTo(value);
    }

    @ParameterizedTest
    @EnumSource(ContractSchema.class)
    void everySchemaHasAnExample(ContractSchema schema) {
        assertThat(DOCUMENT.examples()).anySatisfy(e -> assertThat(KINDS.get(e.kind()).schema()).isEqualTo(schema));
    }

    @ParameterizedTest
    @EnumSource(ContractSchema.class)
    void everyFieldOfTheSchemaIsDocumented(ContractSchema schema) {
        Set<String> fields = new TreeSet<>();
        propertyNames(SchemaCheck.of(schema).root(), fields);
        assertThat(fields).isNotEmpty()
                .allSatisfy(f -> assertThat(DOCUMENT.text()).as("json/CONTRACT.md documents " + f)
                        .contains("`" + f + "`"));
    }

    private static void propertyNames(JsonNode schema, Set<String> names) {
        if (schema.isObject()) {
            schema.properties().forEach(e -> {
                if (e.getKey().equals("properties")) {
                    e.getValue().properties().forEach(p -> {
                        names.add(p.getKey());
                        propertyNames(p.getValue(), names);
                    });
                } else {
                    propertyNames(e.getValue(), names);
                }
            });
        } else if (schema.isArray()) {
            schema.forEach(n -> propertyNames(n, names));
        }
    }

    @Test
    void theExampleDecisionsAreWhatTheNationalPolicyDecidesForTheExampleHouseholds() throws Exception {
        Map<ContractDocument.Example, JsonNode> decided = new LinkedHashMap<>();
        List<String> differences = new ArrayList<>();
        for (ContractDocument.Example example : DOCUMENT.examples("decision")) {
            JsonNode expected = MAPPER.readTree(example.json());
            Household household = exampleHousehold(expected.get("household").textValue());
            Decision decision = PovertyPolicy.national().assess(household, Year.of(expected.get("year").intValue()));
            JsonNode actual = MAPPER.readTree(MAPPER.writeValueAsString(decision));
            decided.put(example, actual);
            if (!actual.equals(EXACT, expected)) {
                differences.add(example + ": " + differences(expected, actual, "$"));
            }
        }
        if (!differences.isEmpty()) {
            Path regenerated = Path.of("target", "CONTRACT.md");
            Files.createDirectories(regenerated.getParent());
            Files.writeString(regenerated, DOCUMENT.withExamples(decided), StandardCharsets.UTF_8);
            assertThat(differences).as("The example decisions of json/CONTRACT.md are not what the policy decides. "
                    + "If the change is intended, take the document with the decisions regenerated: "
                    + "cp json/%s json/CONTRACT.md", regenerated).isEmpty();
        }
        assertThat(decided).isNotEmpty();
    }

    private static Household exampleHousehold(String id) throws JsonImportException {
        for (ContractDocument.Example example : DOCUMENT.examples("household")) {
            Household household = IMPORTER.readHousehold(example.json());
            if (household.getId().equals(id)) {
                return household;
            }
        }
        throw new AssertionError("json/CONTRACT.md has a decision of " + id + " but no household " + id);
    }

    @Test
    void regeneratingAnExampleKeepsTheRestOfTheDocument() throws Exception {
        ContractDocument.Example decision = DOCUMENT.examples("decision").get(0);
        JsonNode tree = MAPPER.readTree(decision.json());
        String again = DOCUMENT.withExamples(Map.of(decision, tree));
        Path copy = Files.createTempFile("contract", ".md");
        try {
            Files.writeString(copy, again, StandardCharsets.UTF_8);
            ContractDocument reread = ContractDocument.read(copy);
            assertThat(reread.examples()).extracting(ContractDocument.Example::kind)
                    .isEqualTo(DOCUMENT.examples().stream().map(ContractDocument.Example::kind).toList());
            assertThat(MAPPER.readTree(reread.examples("decision").get(0).json()).equals(EXACT, tree)).isTrue();
            assertThat(again.substring(0, decision.start())).isEqualTo(DOCUMENT.text().substring(0,
                    decision.start()));
            assertThat(again.substring(again.length() - (DOCUMENT.text().length() - decision.end())))
                    .isEqualTo(DOCUMENT.text().substring(decision.end()));
        } finally {
            Files.delete(copy);
        }
    }

    @Test
    void theWorkedHouseholdReadsAsTheRegistryRecordsIt() throws Exception {
        Household household = IMPORTER.readHousehold(ContractDocument.workedHousehold());
        assertThat(household.getId()).isEqualTo("HH-522727-0001");
        assertThat(household.getMembers()).hasSize(2);
        assertThat(household.getMembers().get(0).getIdNumber().unmasked()).isEqualTo("522727198001011229");
        assertThat(household.getIncome().get(0).netIncome()).hasToString("6400.00");
    }

    @Test
    void theWorkedDecisionHasMoneyWithTwoDecimalsAndNoPersonalData() throws Exception {
        Household household = IMPORTER.readHousehold(ContractDocument.workedHousehold());
        String json = MAPPER.writeValueAsString(PovertyPolicy.national().assess(household, Year.of(2019)));
        assertThat(json).contains("\"perCapitaIncome\":3200.00,\"line\":3218.00")
                .contains("\"observed\":3200.00,\"threshold\":3218.00")
                .doesNotContain("Wang Fang", "Li Ming", "522727198001011229", "522727201005051230");
    }

    /** Where two trees differ, as paths; numbers differ when their value or scale does. */
    static List<String> differences(JsonNode expected, JsonNode actual, String path) {
        List<String> out = new ArrayList<>();
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (!expected.has(name) || !actual.has(name)) {
                    out.add(path + "." + name + (expected.has(name) ? ": missing" : ": not expected"));
                } else {
                    out.addAll(differences(expected.get(name), actual.get(name), path + "." + name));
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                out.addAll(differences(expected.get(i), actual.get(i), path + "[" + i + "]"));
            }
        } else if (!expected.equals(EXACT, actual)) {
            out.add(path + ": expected " + expected + " but was " + actual);
        }
        return out;
    }
}
