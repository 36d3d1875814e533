package io.github.jingzhun.json.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jingzhun.Decision;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.json.ContractDocument;
import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.json.JsonImportException;
import io.github.jingzhun.json.JsonImporter;
import io.github.jingzhun.json.JsonProblem;
import io.github.jingzhun.parameter.PolicyParameters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A UTF-8 byte order mark, which Windows tools write at the start of a file, is skipped once at the very start of
 * every input, on every reading path; anywhere else it is a character that is not JSON, and an error.
 */
class ByteOrderMarkTest {

    private static final String BOM = "\uFEFF";
    private static final JsonImporter IMPORTER = JingzhunJson.importer();
    private static final String HOUSEHOLD = ContractDocument.workedHousehold();
    private static final String LINE = HOUSEHOLD.replace("\n", " ");

    /** The problems of a document that must be refused. */
    private static List<JsonProblem> refused(ThrowingRead read) {
        JsonImportException e = catchThrowableOfType(JsonImportException.class, read::run);
        assertThat(e).as("refused").isNotNull();
        return e.problems();
    }

    @FunctionalInterface
    private interface ThrowingRead {
        void run() throws Exception;
    }

    /** Hands out one byte or character per read, so that the mark straddles reads. */
    private static InputStream trickle(byte[] bytes) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
    }

    private static Reader trickle(String text) {
        return new StringReader(text) {
            @Override
            public int read(char[] c, int off, int len) throws IOException {
                return super.read(c, off, Math.min(len, 1));
            }
        };
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aDocumentMayStartWithOneMarkFromTextOrAReader() throws Exception {
        Household plain = IMPORTER.readHousehold(HOUSEHOLD);
        assertThat(IMPORTER.readHousehold(BOM + HOUSEHOLD)).isEqualTo(plain);
        assertThat(IMPORTER.readHousehold(new StringReader(BOM + HOUSEHOLD))).isEqualTo(plain);
        assertThat(IMPORTER.readHousehold(trickle(BOM + HOUSEHOLD))).isEqualTo(plain);

        String decision = ContractDocument.example("decision");
        assertThat(IMPORTER.readDecision(BOM + decision)).isEqualTo(IMPORTER.readDecision(decision));

        String parameters = IMPORTER.mapper().writeValueAsString(PolicyParameters.national());
        PolicyParameters national = IMPORTER.readParameters(parameters);
        assertThat(IMPORTER.readParameters(BOM + parameters)).isEqualTo(national);
        assertThat(IMPORTER.readParameters(new StringReader(BOM + parameters))).isEqualTo(national);
    }

    @Test
    void aMarkAnywhereElseInADocumentIsAnError() {
        assertThat(refused(() -> IMPORTER.readHousehold(BOM + BOM + HOUSEHOLD))).isNotEmpty();
        assertThat(refused(() -> IMPORTER.readHousehold(new StringReader(BOM + BOM + HOUSEHOLD)))).isNotEmpty();
        assertThat(refused(() -> IMPORTER.readHousehold(" " + BOM + HOUSEHOLD))).isNotEmpty();
        String inside = HOUSEHOLD.replace("\"members\"", BOM + "\"members\"");
        assertThat(refused(() -> IMPORTER.readHousehold(inside))).isNotEmpty();
        assertThat(refused(() -> IMPORTER.readHousehold(new StringReader(inside)))).isNotEmpty();
    }

    @Test
    void aMarkAloneIsAnEmptyDocument() {
        assertThat(refused(() -> IMPORTER.readHousehold(BOM))).extracting(JsonProblem::message)
                .isEqualTo(refused(() -> IMPORTER.readHousehold("")).stream().map(JsonProblem::message).toList());
        assertThat(refused(() -> IMPORTER.readHousehold(new StringReader(BOM)))).isNotEmpty();
        assertThat(refused(() -> IMPORTER.readParameters(new StringReader(BOM)))).isNotEmpty();
    }

    @Test
    void theReadOfBytesReadsAPartOfAnArrayAndSkipsNoMark() throws Exception {
        Household plain = IMPORTER.readHousehold(HOUSEHOLD);
        byte[] padded = utf8("ab" + HOUSEHOLD + "cd");
        assertThat(IMPORTER.readHousehold(padded, 2, padded.length - 4)).isEqualTo(plain);
        byte[] marked = utf8(BOM + HOUSEHOLD);
        assertThat(refused(() -> IMPORTER.readHousehold(marked, 0, marked.length)))
                .isEqualTo(refused(() -> IMPORTER.readHousehold(BOM + BOM + HOUSEHOLD)))
                .extracting(JsonProblem::path).containsExactly("$");
    }

    /** The lines the text reader makes of a text, {@code <too long>} for a line over the limit. */
    private static List<String> textLines(Reader in) throws IOException {
        List<String> lines = new ArrayList<>();
        try (LineReader reader = new LineReader(in, 20)) {
            for (LineReader.Line line; (line = reader.next()) != null; ) {
                assertThat(line.number()).isEqualTo(lines.size() + 1);
                lines.add(line.text() == null ? "<too long>" : line.text());
            }
        }
        return lines;
    }

    /** The lines the byte reader makes of UTF-8 bytes. */
    private static List<String> byteLines(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        ByteLineReader reader = new ByteLineReader(in, 20);
        while (reader.next()) {
            assertThat(reader.number()).isEqualTo(lines.size() + 1);
            lines.add(reader.tooLong() ? "<too long>"
                    : new String(reader.buffer(), reader.start(), reader.length(), StandardCharsets.UTF_8));
        }
        return lines;
    }

    @Test
    void bothLineReadersSkipOneMarkAtTheStartOfTheInputOnly() throws IOException {
        record Case(String input, List<String> lines) {}
        List<Case> cases = List.of(new Case(BOM, List.of()), new Case(BOM + "\n", List.of("")),
                new Case(BOM + "\r\n", List.of("")), new Case(BOM + "\n\n", List.of("", "")),
                new Case(BOM + "a\nb", List.of("a", "b")), new Case(BOM + BOM + "a", List.of(BOM + "a")),
                new Case("a\n" + BOM + "b\n", List.of("a", BOM + "b")),
                new Case("a" + BOM + "b", List.of("a" + BOM + "b")),
                new Case(BOM + "x".repeat(20) + "\n" + BOM + "x".repeat(20), List.of("x".repeat(20), "<too long>")),
                new Case("\uFEFE" + "a", List.of("\uFEFE" + "a")));
        for (Case c : cases) {
            List<String> expected = c.lines();
            String what = c.input().replace(BOM, "<BOM>").replace("\n", "\\n").replace("\r", "\\r");
            assertThat(textLines(new StringReader(c.input()))).as(what).isEqualTo(expected);
            assertThat(textLines(trickle(c.input()))).as(what).isEqualTo(expected);
            assertThat(byteLines(new ByteArrayInputStream(utf8(c.input())))).as(what).isEqualTo(expected);
            assertThat(byteLines(trickle(utf8(c.input())))).as(what).isEqualTo(expected);
        }
    }

    @Test
    void aHalfMarkAtTheStartIsNotSkipped() throws IOException {
        byte[] half = {(byte) 0xEF, (byte) 0xBB, 'a'};
        ByteLineReader reader = new ByteLineReader(new ByteArrayInputStream(half), 20);
        assertThat(reader.next()).isTrue();
        assertThat(reader.length()).isEqualTo(3);
        assertThat(reader.next()).isFalse();
    }

    @Test
    void ndjsonSkipsTheMarkOfTheInputButNotOneStartingALaterLine() throws IOException {
        List<NdjsonLine<Household>> lines = NdjsonReaderTest.readAll(BOM + LINE + "\n" + BOM + LINE + "\n");
        assertThat(lines).extracting(NdjsonLine::isValid).containsExactly(true, false);
        assertThat(lines.get(1).problems()).extracting(JsonProblem::path).containsExactly("$");
        assertThat(lines.get(1).problems()).extracting(JsonProblem::message).containsExactly("malformed JSON at column "
                + "1: a byte order mark (U+FEFF), allowed only at the very start of a file or a text, not of a later "
                + "line or of a record's bytes");

        assertThat(NdjsonReaderTest.readAll(BOM)).isEmpty();
        List<NdjsonLine<Household>> empty = NdjsonReaderTest.readAll(BOM + "\n");
        assertThat(empty).hasSize(1);
        assertThat(empty.get(0).problems()).extracting(JsonProblem::message).containsExactly(NdjsonReader.EMPTY_LINE);

        String decision = ContractDocument.example("decision").replace("\n", " ");
        List<Boolean> valid = new ArrayList<>();
        try (NdjsonReader<Decision> reader = NdjsonReader.decisions(IMPORTER, new StringReader(BOM + decision + "\n" + BOM
                + decision))) {
            for (NdjsonLine<Decision> line; (line = reader.next()) != null; ) {
                valid.add(line.isValid());
            }
        }
        assertThat(valid).containsExactly(true, false);
    }

    @Test
    void theAreaAndRollReadersSkipTheMarkOfTheInputButNotOneStartingALaterLine() throws IOException {
        for (String kind : List.of("village", "county", "roll-line")) {
            String record = ContractDocument.example(kind).replace("\n", " ");
            byte[] input = utf8(BOM + record + "\n" + BOM + record + "\n");
            List<Boolean> valid = new ArrayList<>();
            try (NdjsonReader<?> reader = switch (kind) {
                case "village" -> NdjsonReader.villages(IMPORTER, new ByteArrayInputStream(input));
                case "county" -> NdjsonReader.counties(IMPORTER, new ByteArrayInputStream(input));
                default -> NdjsonReader.rollLines(IMPORTER, new ByteArrayInputStream(input));
            }) {
                for (NdjsonLine<?> line; (line = reader.next()) != null; ) {
                    valid.add(line.isValid());
                }
            }
            assertThat(valid).as(kind).containsExactly(true, false);
        }
    }

    /** The output of an assessment, and its summary. */
    private record Run(NdjsonAssessment.Summary summary, String output) {}

    private static List<Run> assessBothWays(String input) throws IOException {
        NdjsonAssessment assessment = new NdjsonAssessment(PovertyPolicy.national(), Year.of(2019), IMPORTER);
        StringWriter text = new StringWriter();
        NdjsonAssessment.Summary fromText = assessment.run(trickle(input), text);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        NdjsonAssessment.Summary fromBytes = assessment.run(trickle(utf8(input)), bytes);
        return List.of(new Run(fromText, text.toString()), new Run(fromBytes, bytes.toString(StandardCharsets.UTF_8)));
    }

    @Test
    void anAssessmentSkipsTheMarkOfTheInputOnBothPaths() throws IOException {
        String plain = assessBothWays(LINE + "\n").get(0).output();
        for (Run run : assessBothWays(BOM + LINE + "\n" + BOM + LINE + "\n")) {
            assertThat(run.summary()).isEqualTo(new NdjsonAssessment.Summary(2, 1, 1));
            assertThat(run.output()).startsWith(plain).contains("{\"line\":2,\"errors\":[{\"path\":\"$\"");
        }
        for (Run run : assessBothWays(BOM)) {
            assertThat(run.summary()).isEqualTo(new NdjsonAssessment.Summary(0, 0, 0));
            assertThat(run.output()).isEmpty();
        }
        for (Run run : assessBothWays(BOM + "\n")) {
            assertThat(run.summary()).isEqualTo(new NdjsonAssessment.Summary(1, 0, 1));
            assertThat(run.output()).contains(NdjsonReader.EMPTY_LINE);
        }
    }
}
