package io.github.jingzhun.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingzhun.json.JingzhunJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code explain} for one household and {@code assess --explain} for a stream. */
class ExplainCommandTest {

    private static final ObjectMapper MAPPER = JingzhunJson.mapper();

    @Test
    void explainsOneHouseholdInBothLanguagesWithoutPersonalData() throws Exception {
        List<String> sample = CliRun.sample().lines().toList();
        for (String line : sample.subList(0, 20)) {
            JsonNode household = MAPPER.readTree(line);
            CliRun run = CliRun.of(line, "explain", "--year", "2019");
            assertThat(run.code()).as(run.err()).isEqualTo(Cli.OK);
            assertThat(run.out()).contains("Household " + household.get("id").asText(), "identification / 识别",
                    "[ID-H-1] $.income[");
            for (JsonNode member : household.get("members")) {
                assertThat(run.out()).doesNotContain(member.get("name").asText(), member.get("idNumber").asText());
            }
        }
    }

    @Test
    void aLineThatIsNoHouseholdIsAnErrorNamingThePath() {
        CliRun run = CliRun.of("{\"schemaVersion\": 1, \"id\": \"HH-1\"}", "explain", "--year", "2019");
        assertThat(run.code()).isEqualTo(Cli.ERRORS);
        assertThat(run.err()).contains("explain: ", "$.area");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void bytesThatAreNotUtf8AreAnErrorNamingTheByteAndAByteOrderMarkIsSkipped() {
        byte[] household = CliRun.sample().lines().findFirst().orElseThrow().getBytes(StandardCharsets.UTF_8);
        byte[] malformed = household.clone();
        int name = new String(household, StandardCharsets.ISO_8859_1).indexOf("\"name\":\"") + 8;
        malformed[name] = (byte) 0xFF;
        byte[] marked = new byte[household.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(household, 0, marked, 3, household.length);

        CliRun bad = run(malformed, "explain", "--year", "2019");
        CliRun withMark = run(marked, "explain", "--year", "2019");

        assertThat(bad.code()).isEqualTo(Cli.ERRORS);
        assertThat(bad.err()).contains("explain: $: ", "UTF-8", "byte " + (name + 1));
        assertThat(withMark.code()).as(withMark.err()).isEqualTo(Cli.OK);
        assertThat(withMark.out()).isEqualTo(run(household, "explain", "--year", "2019").out());
    }

    @Test
    void aDocumentLongerThanTheLimitIsRefusedWithoutReadingItAll() {
        int longest = JingzhunJson.importer().options().maxDocumentLength();
        byte[] spaces = " ".repeat(3 * longest + 4).getBytes(StandardCharsets.US_ASCII);

        CliRun run = run(spaces, "explain", "--year", "2019");

        assertThat(run.code()).isEqualTo(Cli.ERRORS);
        assertThat(run.err()).contains("explain: $: document longer than " + longest + " characters");
    }

    @Test
    void aFileThatIsNotThereIsAUsageError() {
        CliRun run = CliRun.of("", "explain", "--year", "2019", "no/such/household.json");

        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("no/such/household.json: no such file");
        CliRun directory = CliRun.of("", "explain", "--year", "2019", ".");
        assertThat(directory.code()).isEqualTo(Cli.USAGE);
        assertThat(directory.err()).startsWith(". is a directory, not a file");
        CliRun empty = CliRun.of("", "explain", "--year", "2019", "");
        assertThat(empty.code()).isEqualTo(Cli.USAGE);
        assertThat(empty.err()).startsWith("\"\" names no file");
    }

    @Test
    void aDocumentOnSeveralLinesIsPlacedByLineAndColumn() {
        String pretty = "{\n  \"schemaVersion\": 1,\n  \"id\": \"HH-1\",\n  \"members\": [\n";

        CliRun run = CliRun.of(pretty, "explain", "--year", "2019");

        assertThat(run.code()).isEqualTo(Cli.ERRORS);
        assertThat(run.err()).contains("unexpected end of input at line 5 of the document, column 1");
    }

    private static CliRun run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new ByteArrayInputStream(stdin), out, err, false, -1, false);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void assessWritesChangesOnlyWhenAsked() throws Exception {
        String sample = CliRun.sample();
        CliRun plain = CliRun.of(sample, "assess", "--year", "2019");
        CliRun explained = CliRun.of(sample, "assess", "--year", "2019", "--explain");
        assertThat(explained.code()).isEqualTo(Cli.OK);
        assertThat(explained.lines()).hasSameSizeAs(plain.lines());
        for (int i = 0; i < plain.lines().size(); i++) {
            JsonNode with = MAPPER.readTree(explained.lines().get(i));
            assertThat(MAPPER.readTree(plain.lines().get(i)).has("changes")).isFalse();
            assertThat(with.get("changes")).isNotEmpty();
            assertThat(with.get("changes").get(0).get("rule").asText()).isEqualTo("ID-H-1");
        }
    }
}
