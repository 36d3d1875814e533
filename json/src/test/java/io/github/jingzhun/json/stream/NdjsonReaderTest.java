package io.github.jingzhun.json.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingzhun.Decision;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.area.Village;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.json.ContractDocument;
import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.json.JsonImporter;
import io.github.jingzhun.json.JsonProblem;
import io.github.jingzhun.json.RandomHouseholds;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
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
    void linesEndedByACarriageReturnAloneAreOneLineOfTwoDocumentsPlacedWhereTheSecondStarts() throws IOException {
        String text = line(RandomHouseholds.generate(1)) + "\r" + line(RandomHouseholds.generate(2)) + "\r";
        String expected = "more than one JSON document at line 2 of the document, column 1; a record is one document (or one NDJSON "
                + "line)";
        assertThat(readAll(text)).singleElement().satisfies(l ->
                assertThat(l.problems()).extracting(JsonProblem::message).containsExactly(expected));
        try (NdjsonReader<Household> bytes = NdjsonReader.households(IMPORTER,
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            assertThat(readAll(bytes)).singleElement().satisfies(l ->
                    assertThat(l.problems()).extracting(JsonProblem::message).containsExactly(expected));
        }
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

    private static List<NdjsonLine<Household>> readAll(NdjsonReader<Household> reader) throws IOException {
        List<NdjsonLine<Household>> lines = new ArrayList<>();
        try (reader) {
            for (NdjsonLine<Household> line; (line = reader.next()) != null; ) {
                lines.add(line);
            }
        }
        return lines;
    }

    @Test
    void householdsOfBytesAreReadFromTheirBytesAsFromTheirText() throws IOException {
        Household a = RandomHouseholds.generate(3);
        String named = line(RandomHouseholds.generate(4)).replaceFirst("\"name\":\"[^\"]*\"", "\"name\":\"阿依 木布\"");
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        byte[][] lines = {
            {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(line(a) + "\n"), utf8(named + "\r\n"), utf8("\n"),
            utf8(" \t\u3000\n"), utf8("\uFEFF" + line(a) + "\n"), utf8("{\"id\": \n"),
            utf8(line(a).replace("\"area\"", "\"aera\"") + "\n"), utf8("[]\n"),
            utf8(line(a).substring(0, 20)), {(byte) 0xC0, (byte) 0x80}, utf8(line(a).substring(20) + "\n"),
            utf8(named.substring(0, named.indexOf('阿') + 1)), {(byte) 0xE6}, utf8("\n"), {(byte) 0xFF, '\n'},
            utf8(line(a))};
        for (byte[] part : lines) {
            input.write(part);
        }
        byte[] bytes = input.toByteArray();
        int max = IMPORTER.options().maxDocumentLength();
        List<NdjsonLine<Household>> fromBytes = readAll(NdjsonReader.households(IMPORTER,
                new ByteArrayInputStream(bytes)));
        List<NdjsonLine<Household>> fromText = readAll(new NdjsonReader<>(new ByteArrayInputStream(bytes), max,
                text -> IMPORTER.readHousehold(NdjsonReader.keepingByteOrderMark(text))));
        assertThat(fromText).hasSize(12);
        assertThat(fromBytes).extracting(NdjsonLine::isValid)
                .containsExactly(true, true, false, false, false, false, false, false, false, false, false, true);
        for (int i = 0; i < fromText.size(); i++) {
            NdjsonLine<Household> expected = fromText.get(i);
            NdjsonLine<Household> actual = fromBytes.get(i);
            assertThat(actual.number()).isEqualTo(expected.number());
            assertThat(actual.problems()).as("line %d", i + 1).isEqualTo(expected.problems());
            if (expected.isValid()) {
                assertThat(actual.get()).isEqualTo(expected.get());
            }
        }
        assertThat(fromBytes.get(8).problems()).extracting(JsonProblem::message)
                .containsExactly(Utf8.malformed(new byte[21], 0, 20));  // at byte 21
        assertThat(fromBytes.get(1).get().getMembers().get(0).getName()).isEqualTo("阿依 木布");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aFileInUtf16IsSaidToBeUtf16NotGbkOnEveryPath() throws IOException {
        byte[] utf16 = "{\"id\": \"x\"}\n".getBytes(StandardCharsets.UTF_16);  // FE FF, then big-endian
        List<String> messages = new ArrayList<>();
        try (NdjsonReader<Household> households = NdjsonReader.households(IMPORTER, new ByteArrayInputStream(utf16));
                NdjsonReader<Village> villages =
                        NdjsonReader.villages(IMPORTER, new ByteArrayInputStream(utf16))) {
            messages.add(households.next().problems().get(0).message());
            messages.add(villages.next().problems().get(0).message());
        }
        assertThat(messages).containsOnly("a UTF-16 byte order mark at byte 1; each line is text in UTF-8 (a file "
                + "saved as UTF-16, 'Unicode' in Windows tools, must be converted to UTF-8 first)");
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
