package io.github.jingzhun.json.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingzhun.Decision;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.json.ContractDocument;
import io.github.jingzhun.json.DeterminismTest;
import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.json.JsonImporter;
import io.github.jingzhun.json.RandomHouseholds;
import io.github.jingzhun.json.TestResources;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NdjsonAssessmentTest {


    private static final JsonImporter IMPORTER = JingzhunJson.importer();
    private static final ObjectMapper MAPPER = IMPORTER.mapper();
    private static final String WORKED = ContractDocument.workedHousehold().replace("\n", " ");

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
    void threadsAreFromOneTo256() throws IOException {
        for (int count : new int[] {0, -1, NdjsonAssessment.MAX_THREADS + 1, 1 << 30, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> assessment(Year.of(2019)).threads(count))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("threads must be from 1 to 256: " + count);
            assertThatThrownBy(() -> new NdjsonAudit(PovertyPolicy.national(), Year.of(2019), IMPORTER)
                    .threads(count)).isInstanceOf(IllegalArgumentException.class);
        }
        String line = TestResources.text(DeterminismTest.INPUT).lines().findFirst().orElseThrow() + "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assessment(DeterminismTest.YEAR).threads(NdjsonAssessment.MAX_THREADS)
                .run(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{").endsWith("}\n");
    }

    @Test
    void aNullStreamIsNamedBeforeAnythingIsRead() {
        assertThatThrownBy(() -> assessment(Year.of(2019)).run((java.io.InputStream) null, new ByteArrayOutputStream()))
                .isInstanceOf(NullPointerException.class).hasMessage("in");
        assertThatThrownBy(() -> assessment(Year.of(2019)).run(new ByteArrayInputStream(new byte[0]),
                (OutputStream) null)).isInstanceOf(NullPointerException.class).hasMessage("out");
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

    /** The output of the text run, as UTF-8, and its summary. */
    private record Run(NdjsonAssessment.Summary summary, byte[] output) {}

    private static void assertSameRun(Run actual, Run expected) {
        assertThat(actual.summary()).isEqualTo(expected.summary());
        assertThat(Arrays.equals(actual.output(), expected.output())).as("the same output").isTrue();
    }

    private static Run textRun(NdjsonAssessment assessment, String input) throws IOException {
        StringWriter out = new StringWriter();
        NdjsonAssessment.Summary summary = assessment.run(new StringReader(input), out);
        return new Run(summary, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Run byteRun(NdjsonAssessment assessment, byte[] input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NdjsonAssessment.Summary summary = assessment.run(new ByteArrayInputStream(input), out);
        return new Run(summary, out.toByteArray());
    }

    /** Households, the determinism input, every hostile file on one line, blank lines, CRLF, odd characters. */
    private static String mixedInput() {
        StringBuilder input = new StringBuilder(TestResources.text(DeterminismTest.INPUT));
        for (long seed = 1; seed <= 60; seed++) {
            try {
                input.append(MAPPER.writeValueAsString(RandomHouseholds.generate(seed)))
                        .append(seed % 5 == 0 ? "\r\n" : "\n");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        try (Stream<Path> files = Files.list(TestResources.directory("hostile"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                input.append(Files.readString(file).replace("\r", " ").replace("\n", " ")).append('\n');
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        input.append("\n \t \r\n\u3000\n");
        input.append(WORKED.replace("HH-522727-0001", "HH-😀-\\ud800-\\udc00-王-\\u2028-\\u0001")).append('\n');
        input.append(WORKED.replace("HH-522727-0001", "HH-\\\"quoted\\\"")).append('\n');
        input.append("\uFEFF").append(WORKED).append('\n');
        input.append(WORKED.replace("\"Wang Fang\"", "\"王芳 \\ud83d\\ude00 \\ud800\"")).append('\n');
        input.append(WORKED);
        return input.toString();
    }

    @Test
    void theByteRunWritesTheBytesOfTheTextRunWhateverTheThreads() throws IOException {
        String input = mixedInput();
        byte[] utf8 = input.getBytes(StandardCharsets.UTF_8);
        Run text = textRun(assessment(Year.of(2016)), input);
        assertThat(text.summary().decisions()).isGreaterThan(40);
        assertThat(text.summary().errors()).isGreaterThan(70);
        for (int threads : new int[] {1, 2, 3, 8}) {
            NdjsonAssessment assessment = assessment(Year.of(2016)).threads(threads);
            assertThat(assessment.threads()).isEqualTo(threads);
            Run bytes = byteRun(assessment, utf8);
            assertThat(bytes.summary()).as("%d threads", threads).isEqualTo(text.summary());
            assertThat(new String(bytes.output(), StandardCharsets.UTF_8)).as("%d threads", threads)
                    .isEqualTo(new String(text.output(), StandardCharsets.UTF_8));
            assertThat(bytes.output()).isEqualTo(text.output());
            assertSameRun(textRun(assessment, input), text);
        }
    }

    @Test
    void theByteRunWritesTheCommittedDeterminismOutput() throws IOException {
        byte[] input = TestResources.text(DeterminismTest.INPUT).getBytes(StandardCharsets.UTF_8);
        String golden = TestResources.text(DeterminismTest.GOLDEN).trim().split("\\s+")[0];
        for (int threads : new int[] {1, 2}) {
            Run run = byteRun(new NdjsonAssessment(PovertyPolicy.national(), DeterminismTest.YEAR,
                    JingzhunJson.importer()).threads(threads), input);
            assertThat(DeterminismTest.sha256(run.output())).isEqualTo(golden);
        }
    }

    @Test
    void aLineOfMalformedUtf8IsAnErrorLineAndNothingIsDropped() throws IOException {
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.write((WORKED + "\n").getBytes(StandardCharsets.UTF_8));
        byte[] broken = WORKED.replace("Wang Fang", "Wang \u00e9Fang").getBytes(StandardCharsets.UTF_8);
        int at = WORKED.indexOf("Wang Fang") + 5;
        broken[at + 1] = 0x41; // é is C3 A9: its continuation byte replaced
        input.write(broken);
        input.write('\n');
        input.write(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'}); // a surrogate, encoded
        input.write((WORKED + "\n").getBytes(StandardCharsets.UTF_8));
        for (int threads : new int[] {1, 2}) {
            Run run = byteRun(assessment(Year.of(2019)).threads(threads), input.toByteArray());
            assertThat(run.summary()).isEqualTo(new NdjsonAssessment.Summary(4, 2, 2));
            List<JsonNode> lines = outputLines(new String(run.output(), StandardCharsets.UTF_8));
            assertThat(lines.get(1).get("line").asInt()).isEqualTo(2);
            assertThat(lines.get(1).get("errors").get(0).get("path").asText()).isEqualTo("$");
            assertThat(lines.get(1).get("errors").get(0).get("message").asText())
                    .isEqualTo(Utf8.malformed(broken, 0, at));
            assertThat(lines.get(2).get("errors").get(0).get("message").asText())
                    .isEqualTo(Utf8.malformed(new byte[] {(byte) 0xED}, 0, 0));
            assertThat(lines.get(3).get("household").asText()).isEqualTo("HH-522727-0001");
        }
    }

    @Test
    void manyLinesKeepTheirOrderAcrossThreads() throws IOException {
        StringBuilder input = new StringBuilder();
        int n = 3_000;
        for (int i = 0; i < n; i++) {
            input.append(i % 7 == 3 ? "oops" : WORKED.replace("HH-522727-0001", "HH-" + i)).append('\n');
        }
        byte[] utf8 = input.toString().getBytes(StandardCharsets.UTF_8);
        Run one = byteRun(assessment(Year.of(2019)), utf8);
        assertThat(one.summary()).isEqualTo(new NdjsonAssessment.Summary(n, n - (n + 3) / 7, (n + 3) / 7));
        List<JsonNode> lines = outputLines(new String(one.output(), StandardCharsets.UTF_8));
        for (int i = 0; i < n; i++) {
            assertThat(i % 7 == 3 ? lines.get(i).get("line").asText() : lines.get(i).get("household").asText())
                    .isEqualTo(i % 7 == 3 ? Integer.toString(i + 1) : "HH-" + i);
        }
        for (int threads : new int[] {2, 4}) {
            assertSameRun(byteRun(assessment(Year.of(2019)).threads(threads), utf8), one);
        }
    }

    @Test
    void aPolicyFailureIsAnErrorLineWhateverTheThreads() throws IOException {
        String input = (WORKED + "\n").repeat(3) + WORKED.replace("HH-522727-0001", "HH-FAIL") + "\n" + WORKED;
        for (int threads : new int[] {1, 2}) {
            NdjsonAssessment assessment = new NdjsonAssessment(PovertyPolicy.national(), (household, year) -> {
                if (household.getId().equals("HH-FAIL")) {
                    throw new IllegalStateException("boom");
                }
                return PovertyPolicy.national().assess(household, year);
            }, Year.of(2019), IMPORTER, threads);
            Run run = byteRun(assessment, input.getBytes(StandardCharsets.UTF_8));
            assertThat(run.summary()).isEqualTo(new NdjsonAssessment.Summary(5, 4, 1));
            assertThat(new String(run.output(), StandardCharsets.UTF_8)).contains(
                    "{\"line\":4,\"errors\":[{\"path\":\"$\",\"message\":\"could not be assessed for 2019 "
                    + "(IllegalStateException)\"}]}\n");
        }
    }

    @Test
    void aDecisionFailingHalfWrittenLeavesNothingOfItAndTheNextIsWhole() throws IOException {
        // The audit is written last: the decision fails with most of it written, into a generator kept for the next.
        Finding failing = Finding.of(Rule.values()[0], true, "members[1]", Wording.of("at {subject}", "于{subject}",
                subject -> {
                    throw new IllegalStateException("render");
                }, subject -> subject));
        String input = (WORKED + "\n").repeat(2) + WORKED.replace("HH-522727-0001", "HH-FAIL") + "\n" + WORKED;
        String expected = new String(byteRun(assessment(Year.of(2019)), (WORKED + "\n").repeat(3)
                .getBytes(StandardCharsets.UTF_8)).output(), StandardCharsets.UTF_8);
        String decision = expected.substring(0, expected.indexOf('\n') + 1);
        for (int threads : new int[] {1, 2}) {
            NdjsonAssessment assessment = new NdjsonAssessment(PovertyPolicy.national(), (household, year) -> {
                Decision d = PovertyPolicy.national().assess(household, year);
                return !household.getId().equals("HH-FAIL") ? d : new Decision(d.household(), d.year(),
                        d.identification(), d.indicators(), d.measures(), d.exit(), d.monitoring(), List.of(failing));
            }, Year.of(2019), IMPORTER, threads);
            Run run = byteRun(assessment, input.getBytes(StandardCharsets.UTF_8));
            assertThat(run.summary()).isEqualTo(new NdjsonAssessment.Summary(4, 3, 1));
            assertThat(new String(run.output(), StandardCharsets.UTF_8)).isEqualTo(decision + decision
                    + "{\"line\":3,\"errors\":[{\"path\":\"$\",\"message\":\"could not be assessed for 2019 "
                    + "(IllegalStateException)\"}]}\n" + decision);
        }
    }

    @Test
    void anErrorOnAWorkerIsThrownAndTheWorkersStop() throws InterruptedException {
        String input = (WORKED + "\n").repeat(2_000) + WORKED.replace("HH-522727-0001", "HH-FAIL") + "\n"
                + (WORKED + "\n").repeat(2_000);
        NdjsonAssessment assessment = new NdjsonAssessment(PovertyPolicy.national(), (household, year) -> {
            if (household.getId().equals("HH-FAIL")) {
                throw new AssertionError("worker failure");
            }
            return PovertyPolicy.national().assess(household, year);
        }, Year.of(2019), IMPORTER, 3);
        assertThatThrownBy(() -> byteRun(assessment, input.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AssertionError.class).hasMessage("worker failure");
        assertThatThrownBy(() -> textRun(assessment, input)).isInstanceOf(AssertionError.class);
        assertNoWorkerLeft();
    }

    @Test
    void anOutputFailureIsThrownAndTheWorkersStop() throws InterruptedException {
        byte[] input = (WORKED + "\n").repeat(3_000).getBytes(StandardCharsets.UTF_8);
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThatThrownBy(() -> assessment(Year.of(2019)).threads(2).run(new ByteArrayInputStream(input), failing))
                .isInstanceOf(IOException.class).hasMessageStartingWith("stopped after the output of 0 input lines")
                .hasMessageEndingWith("disk full");
        assertNoWorkerLeft();
    }

    /** The workers of a run have finished when it returns: at most they are on their way out. */
    private static void assertNoWorkerLeft() throws InterruptedException {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("jingzhun-assessment-")) {
                t.join(10_000);
                assertThat(t.isAlive()).as(t.getName()).isFalse();
            }
        }
    }

    @Test
    void threadsAreAtLeastOne() {
        assertThatThrownBy(() -> assessment(Year.of(2019)).threads(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(assessment(Year.of(2019)).threads()).isEqualTo(1);
    }
}
