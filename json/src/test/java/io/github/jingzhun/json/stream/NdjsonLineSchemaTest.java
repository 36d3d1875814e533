package io.github.jingzhun.json.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.json.ContractDocument;
import io.github.jingzhun.json.ContractSchema;
import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.json.JsonImporter;
import io.github.jingzhun.json.JsonOptions;
import io.github.jingzhun.json.JsonProblem;
import io.github.jingzhun.json.SchemaCheck;
import io.github.jingzhun.json.TestResources;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The error line and the validation line have schemas, and what the streams really write conforms to them: every
 * line {@link NdjsonAssessment} writes is a decision or an error line, whatever the input.
 */
class NdjsonLineSchemaTest {

    private static final JsonImporter IMPORTER =
            JingzhunJson.importer(JsonOptions.defaults().withMaxDocumentLength(20_000));
    private static final ObjectMapper MAPPER = IMPORTER.mapper();
    private static final SchemaCheck ERROR_LINE = SchemaCheck.of(ContractSchema.ERROR_LINE);
    private static final SchemaCheck VALIDATION_LINE = SchemaCheck.of(ContractSchema.VALIDATION_LINE);
    private static final SchemaCheck DECISION = SchemaCheck.of(ContractSchema.DECISION);

    /** Every kind of bad line: the hostile corpus, and what only a stream can hold. */
    private static byte[] input() throws IOException {
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        String worked = ContractDocument.workedHousehold().replace("\n", " ");
        in.writeBytes((worked + "\n").getBytes(StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(TestResources.directory("hostile"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                in.writeBytes(Files.readString(file, StandardCharsets.UTF_8).replaceAll("[\r\n]+", " ")
                        .getBytes(StandardCharsets.UTF_8));
                in.write('\n');
            }
        }
        in.writeBytes("\n \r\n".getBytes(StandardCharsets.UTF_8));
        in.writeBytes(("{\"id\": \"" + "x".repeat(30_000) + "\"}\n").getBytes(StandardCharsets.UTF_8));
        in.writeBytes(new byte[] {'{', '"', 'i', 'd', '"', ':', ' ', '"', (byte) 0xC3, '"', '}', '\n'});
        in.writeBytes((worked.replace("\"year\": 2019", "\"year\": 2018") + "\n").getBytes(StandardCharsets.UTF_8));
        in.writeBytes(worked.getBytes(StandardCharsets.UTF_8));
        return in.toByteArray();
    }

    @Test
    void everyLineAnAssessmentWritesIsADecisionOrAnErrorLineOfTheSchema() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NdjsonAssessment.Summary summary = new NdjsonAssessment(PovertyPolicy.national(), Year.of(2019), IMPORTER)
                .run(new ByteArrayInputStream(input()), out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize((int) summary.lines());
        assertThat(summary.decisions()).isEqualTo(2);
        assertThat(summary.errors()).isGreaterThan(60);
        for (String line : lines) {
            JsonNode node = MAPPER.readTree(line);
            SchemaCheck schema = node.has("errors") ? ERROR_LINE : DECISION;
            assertThat(schema.violations(node)).as(line).isEmpty();
        }
    }

    @Test
    void aYearWithoutAPovertyLineGivesErrorLinesOfTheSchema() throws IOException {
        String worked = ContractDocument.workedHousehold().replace("\n", " ")
                .replace("\"year\": 2019", "\"year\": 2031");
        StringWriter out = new StringWriter();
        new NdjsonAssessment(PovertyPolicy.national(), Year.of(2031), IMPORTER).run(
                new StringReader(worked + "\n"), out);
        JsonNode line = MAPPER.readTree(out.toString());
        assertThat(line.get("errors").get(0).get("path").textValue()).isEqualTo("$");
        assertThat(ERROR_LINE.violations(line)).isEmpty();
    }

    @Test
    void theWriterWritesErrorLinesOfTheSchema() throws IOException {
        StringWriter out = new StringWriter();
        try (NdjsonWriter writer = new NdjsonWriter(out, MAPPER)) {
            writer.writeErrors(17, List.of(new JsonProblem("$.members[0].birthDate", "must be a date"),
                    new JsonProblem("$", "empty line")));
        }
        assertThat(ERROR_LINE.violations(MAPPER.readTree(out.toString()))).isEmpty();
        assertThat(VALIDATION_LINE.violations(MAPPER.readTree(out.toString()))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"line\": 0, \"errors\": [{\"path\": \"$\", \"message\": \"x\"}]}",
        "{\"line\": 1, \"errors\": []}", "{\"line\": 1}", "{\"errors\": [{\"path\": \"$\", \"message\": \"x\"}]}",
        "{\"line\": 1, \"errors\": [{\"path\": \"members\", \"message\": \"x\"}]}",
        "{\"line\": 1, \"errors\": [{\"path\": \"$\", \"message\": \"\"}]}",
        "{\"line\": 1, \"errors\": [{\"path\": \"$\"}]}",
        "{\"line\": 1.5, \"errors\": [{\"path\": \"$\", \"message\": \"x\"}]}",
        "{\"line\": 1, \"errors\": [{\"path\": \"$\", \"message\": \"x\"}], \"household\": \"HH-1\"}"})
    void whatIsNotAnErrorLineIsRefused(String json) throws IOException {
        assertThat(ERROR_LINE.violations(MAPPER.readTree(json))).isNotEmpty();
        assertThat(VALIDATION_LINE.violations(MAPPER.readTree(json))).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"line\": 1, \"valid\": false, \"household\": \"HH-1\"}",
        "{\"line\": 1, \"valid\": true}", "{\"line\": 1, \"valid\": true, \"household\": \"\"}",
        "{\"line\": 0, \"valid\": true, \"household\": \"HH-1\"}",
        "{\"line\": 1, \"valid\": true, \"household\": \"HH-1\", \"errors\": [{\"path\": \"$\", \"message\": \"x\"}]}"})
    void whatIsNotAValidationLineIsRefused(String json) throws IOException {
        assertThat(VALIDATION_LINE.violations(MAPPER.readTree(json))).isNotEmpty();
    }

    @Test
    void aValidLineIsAValidationLineButNotAnErrorLine() throws IOException {
        JsonNode valid = MAPPER.readTree("{\"line\": 3, \"valid\": true, \"household\": \"HH-522727-0001\"}");
        assertThat(VALIDATION_LINE.violations(valid)).isEmpty();
        assertThat(ERROR_LINE.violations(valid)).isNotEmpty();
    }
}
