package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.household.Household;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NdjsonAssessmentTest {

    private static final JsonImporter IMPORTER = JingzhunJson.importer();
    private static final ObjectMapper MAPPER = IMPORTER.mapper();
    private static final String WORKED = TestResources.text("examples/household.json").replace("\n", " ");

    @TempDir
    Path temp;

    private static List<JsonNode> outputLines(String output) throws IOException {
        assertThat(output).endsWith("\n");
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : output.split("\n")) {
            nodes.add(MAPPER.readTree(line));
        }
        return nodes;
    }

    private static NdjsonAssessment assessment(Year year) {
        return new NdjsonAssessment(PovertyPolicy.national(), year, IMPORTER);
    }

    @Test
    void eachInputLineGivesExactlyOneOutputLineInOrder() throws IOException {
        Household noIncome = RandomHouseholds.generate(2);
        String noIncomeLine = MAPPER.writeValueAsString(noIncome);
        String input = WORKED + "\n" + "{not json\n" + WORKED.replace("\"sex\": \"MALE\"", "\"sex\": \"M\"") + "\n\n"
                + noIncomeLine + "\n" + WORKED + "\n";
        StringWriter out = new StringWriter();
        NdjsonAssessment.Summary summary = assessment(Year.of(2019)).run(new StringReader(input), out);
        assertThat(summary).isEqualTo(new NdjsonAssessment.Summary(6, 2, 4));
        List<JsonNode> lines = outputLines(out.toString());
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0).get("household").asText()).isEqualTo("HH-522727-0001");
        assertThat(lines.get(1).get("line").asInt()).isEqualTo(2);
        assertThat(lines.get(2).get("errors").get(0).get("path").asText()).isEqualTo("$.members[1].sex");
        assertThat(lines.get(3).get("line").asInt()).isEqualTo(4);
        assertThat(lines.get(4).get("errors").get(0).get("path").asText()).isEqualTo("$.income");
        assertThat(lines.get(4).get("errors").get(0).get("message").asText())
                .isEqualTo("no income record for 2019, the year assessed");
        assertThat(lines.get(5).get("identification").get("perCapitaIncome").decimalValue()).hasToString("3200.00");
    }

    @Test
    void aYearWithoutAPovertyLineIsAnErrorLineNotACrash() throws IOException {
        String input = WORKED.replace("\"year\": 2019", "\"year\": 2031") + "\n";
        StringWriter out = new StringWriter();
        NdjsonAssessment.Summary summary = assessment(Year.of(2031)).run(new StringReader(input), out);
        assertThat(summary.errors()).isEqualTo(1);
        JsonNode line = outputLines(out.toString()).get(0);
        assertThat(line.get("line").asInt()).isEqualTo(1);
        assertThat(line.get("errors").get(0).get("message").asText()).contains("no poverty line for income year 2031");
    }

    @Test
    void aFiftyMegabyteLineIsOneErrorLineAndTheStreamGoesOn() throws IOException {
        Path input = temp.resolve("big.ndjson");
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(input, StandardCharsets.UTF_8), 1 << 16)) {
            w.write(WORKED + "\n");
            w.write("{\"id\": \"");
            String chunk = "x".repeat(1 << 16);
            for (int i = 0; i < 50 * 16; i++) {
                w.write(chunk);
            }
            w.write("\"}\n");
            w.write(WORKED + "\n");
        }
        StringWriter out = new StringWriter();
        try (Reader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            assertThat(assessment(Year.of(2019)).run(in, out)).isEqualTo(new NdjsonAssessment.Summary(3, 2, 1));
        }
        List<JsonNode> lines = outputLines(out.toString());
        assertThat(lines.get(1).get("errors").get(0).get("message").asText()).startsWith("line longer than");
        assertThat(lines.get(2).has("household")).isTrue();
    }

    @Test
    void manyLinesStreamThroughInOrder() throws IOException {
        StringBuilder input = new StringBuilder();
        int n = 2_000;
        for (int i = 0; i < n; i++) {
            input.append(i % 7 == 3 ? "oops" : WORKED.replace("HH-522727-0001", "HH-" + i)).append('\n');
        }
        StringWriter out = new StringWriter();
        NdjsonAssessment.Summary summary = assessment(Year.of(2019)).run(new StringReader(input.toString()), out);
        assertThat(summary.lines()).isEqualTo(n);
        List<JsonNode> lines = outputLines(out.toString());
        assertThat(lines).hasSize(n);
        for (int i = 0; i < n; i++) {
            if (i % 7 == 3) {
                assertThat(lines.get(i).get("line").asInt()).isEqualTo(i + 1);
            } else {
                assertThat(lines.get(i).get("household").asText()).isEqualTo("HH-" + i);
            }
        }
    }
}
