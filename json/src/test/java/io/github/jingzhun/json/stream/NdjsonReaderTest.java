package io.github.jingzhun.json.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingzhun.Decision;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.json.ContractDocument;
import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.json.JsonImporter;
import io.github.jingzhun.json.JsonProblem;
import io.github.jingzhun.json.RandomHouseholds;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NdjsonReaderTest {

    private static final JsonImporter IMPORTER = JingzhunJson.importer();
    private static final ObjectMapper MAPPER = IMPORTER.mapper();

    private static String line(Household h) throws IOException {
        return MAPPER.writeValueAsString(h);
    }

    static List<NdjsonLine<Household>> readAll(String text) throws IOException {
        List<NdjsonLine<Household>> lines = new ArrayList<>();
        try (NdjsonReader<Household> reader = NdjsonReader.households(IMPORTER, new StringReader(text))) {
            for (NdjsonLine<Household> line; (line = reader.next()) != null; ) {
                lines.add(line);
            }
        }
        return lines;
    }

    @Test
    void badLinesMixedInGiveOneResultPerLineInOrder() throws IOException {
        Household a = RandomHouseholds.generate(1);
        Household b = RandomHouseholds.generate(2);
        String text = line(a) + "\n{\"id\": \n" + "\n" + line(b).replace("\"area\"", "\"aera\"") + "\n[]\n"
                + line(b) + "\n";
        List<NdjsonLine<Household>> lines = readAll(text);
        assertThat(lines).extracting(NdjsonLine::number).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(lines).extracting(NdjsonLine::isValid).containsExactly(true, false, false, false, false, true);
        assertThat(lines.get(0).get()).isEqualTo(a);
        assertThat(lines.get(5).get()).isEqualTo(b);
        assertThat(lines.get(1).problems()).extracting(JsonProblem::message).allMatch(m -> m.startsWith("truncated"));
        assertThat(lines.get(2).problems()).extracting(JsonProblem::message)
                .containsExactly("empty line; each line holds one JSON document");
        assertThat(lines.get(3).problems()).extracting(JsonProblem::path).contains("$.aera", "$.area");
        assertThat(lines.get(4).problems()).extracting(JsonProblem::message).containsExactly("expected a JSON object");
    }

    @Test
    void aLineHasAValueOrProblems() {
        NdjsonLine<String> bad = new NdjsonLine<>(3, null, List.of(new JsonProblem("$", "x")));
        assertThatThrownBy(bad::get).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new NdjsonLine<>(1, "v", List.of(new JsonProblem("$", "x"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NdjsonLine<String>(1, null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decisionsAreReadLineByLineToo() throws Exception {
        Household h = IMPORTER.readHousehold(ContractDocument.workedHousehold());
        Decision d = PovertyPolicy.national().assess(h, Year.of(2019));
        StringWriter out = new StringWriter();
        try (NdjsonWriter writer = new NdjsonWriter(out, MAPPER)) {
            writer.write(d);
            writer.writeErrors(2, List.of(new JsonProblem("$.x", "y")));
            writer.write(d);
        }
        String[] written = out.toString().split("\n", -1);
        assertThat(written).hasSize(4);
        assertThat(written[1]).isEqualTo("{\"line\":2,\"errors\":[{\"path\":\"$.x\",\"message\":\"y\"}]}");
        assertThat(written[3]).isEmpty();
        List<Boolean> valid = new ArrayList<>();
        try (NdjsonReader<Decision> reader = NdjsonReader.decisions(IMPORTER, new StringReader(out.toString()))) {
            for (NdjsonLine<Decision> line; (line = reader.next()) != null; ) {
                valid.add(line.isValid());
                if (line.isValid()) {
                    assertThat(line.get()).isEqualTo(d);
                }
            }
        }
        assertThat(valid).containsExactly(true, false, true);
    }
}
