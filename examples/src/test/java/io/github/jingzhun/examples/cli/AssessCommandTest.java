package io.github.jingzhun.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingzhun.json.JingzhunJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assess} end to end: one output line per input line, in order, and the exit codes of the JSON contract. */
class AssessCommandTest {

    private static final ObjectMapper MAPPER = JingzhunJson.mapper();

    @Test
    void everyValidLineGivesItsDecisionInOrderAndExitsZero() throws Exception {
        String sample = CliRun.sample();
        List<String> in = sample.lines().toList();
        CliRun run = CliRun.of(sample, "assess", "--year", "2019");
        assertThat(run.code()).isEqualTo(Cli.OK);
        assertThat(run.lines()).hasSameSizeAs(in);
        for (int i = 0; i < in.size(); i++) {
            JsonNode decision = MAPPER.readTree(run.lines().get(i));
            assertThat(decision.get("household").asText()).isEqualTo(MAPPER.readTree(in.get(i)).get("id").asText());
            assertThat(decision.get("year").asInt()).isEqualTo(2019);
            assertThat(decision.get("identification").get("outcome").asText())
                    .isIn("ELIGIBLE", "EXCLUDED", "NOT_ELIGIBLE");
        }
        assertThat(run.err()).isEqualTo("assess: 200 lines: 200 decisions, 0 errors\n");
    }

    @Test
    void badLinesGiveErrorObjectsInPlaceAndExitOne() throws Exception {
        List<String> sample = CliRun.sample().lines().toList();
        // A household whose members were all born by 2015, with its records moved to 2016 and 2017: valid, but
        // without a record of 2019.
        String older = sample.stream().filter(l -> !l.matches(".*\"birthDate\":\"201[6-9].*")).findFirst()
                .orElseThrow().replace("\"year\":2019", "\"year\":2017").replace("\"year\":2018", "\"year\":2016");
        String in = String.join("\n", sample.get(0), "{\"schemaVersion\": 1, \"id\": \"HH-1\"}", "", "not json",
                sample.get(1), older, "[1, 2]", sample.get(3)) + "\n";
        CliRun run = CliRun.of(in, "assess", "--year", "2019");

        assertThat(run.code()).isEqualTo(Cli.ERRORS);
        List<String> out = run.lines();
        assertThat(out).hasSize(8);
        int[] errorLines = {2, 3, 4, 6, 7};
        for (int line : errorLines) {
            JsonNode error = MAPPER.readTree(out.get(line - 1));
            assertThat(error.get("line").asInt()).isEqualTo(line);
            assertThat(error.get("errors")).isNotEmpty();
            assertThat(error.get("errors").get(0).get("path").asText()).startsWith("$");
        }
        assertThat(MAPPER.readTree(out.get(1)).get("errors").toString()).contains("$.area", "is required");
        assertThat(MAPPER.readTree(out.get(2)).get("errors").toString()).contains("empty line");
        assertThat(MAPPER.readTree(out.get(5)).get("errors").toString())
                .contains("$.income", "no income record for 2019");
        for (int line : new int[] {1, 5, 8}) {
            assertThat(MAPPER.readTree(out.get(line - 1)).has("identification")).as("line " + line).isTrue();
        }
        assertThat(run.err()).isEqualTo("assess: 8 lines: 3 decisions, 5 errors\n");
    }

    @Test
    void emptyInputWritesNothingAndExitsZero() {
        CliRun run = CliRun.of("", "assess", "--year", "2019");
        assertThat(run.code()).isEqualTo(Cli.OK);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("0 lines");
    }

    @Test
    void unknownFieldsAreErrorsUnlessTolerated() {
        String line = CliRun.sample().lines().findFirst().orElseThrow().replaceFirst("\\{", "{\"colour\":\"red\",");
        CliRun strict = CliRun.of(line, "assess", "--year", "2019");
        assertThat(strict.code()).isEqualTo(Cli.ERRORS);
        assertThat(strict.out()).contains("\"line\":1", "$.colour");
        CliRun tolerant = CliRun.of(line, "assess", "--year", "2019", "--tolerate-unknown-fields");
        assertThat(tolerant.code()).isEqualTo(Cli.OK);
        assertThat(tolerant.out()).contains("\"identification\"");
    }

    @Test
    void aParameterFileChangesTheLineApplied(@TempDir Path dir) throws Exception {
        CliRun parameters = CliRun.of("", "parameters", "--year", "2019", "--line", "4000");
        assertThat(parameters.code()).isEqualTo(Cli.OK);
        Path file = Files.writeString(dir.resolve("raised.json"), parameters.out(), StandardCharsets.UTF_8);

        CliRun national = CliRun.of(CliRun.sample(), "assess", "--year", "2019");
        CliRun raised = CliRun.of(CliRun.sample(), "assess", "--year", "2019", "--parameters", file.toString());
        assertThat(raised.code()).isEqualTo(Cli.OK);
        assertThat(raised.lines()).hasSize(200);
        assertThat(MAPPER.readTree(raised.lines().get(0)).get("identification").get("line").decimalValue())
                .isEqualByComparingTo("4000");
        assertThat(eligible(raised)).isGreaterThan(eligible(national));
    }

    private static long eligible(CliRun run) {
        return run.lines().stream().filter(l -> l.contains("\"outcome\":\"ELIGIBLE\"")).count();
    }

    @Test
    void theOutputIsTheSameBytesWhateverTheThreads() {
        List<String> sample = CliRun.sample().lines().toList();
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            for (String line : sample) {
                in.append(line).append(i % 2 == 0 ? "\n" : "\r\n");
            }
            in.append("not json\n\n{\"schemaVersion\": 2}\n");
        }
        CliRun one = CliRun.of(in.toString(), "assess", "--year", "2019", "--threads", "1");
        assertThat(one.code()).isEqualTo(Cli.ERRORS);
        assertThat(one.lines()).hasSize(6 * 203);
        assertThat(one.err()).isEqualTo("assess: 1,218 lines: 1,200 decisions, 18 errors\n");
        for (String threads : new String[] {"2", "3", "8"}) {
            CliRun many = CliRun.of(in.toString(), "assess", "--year", "2019", "--threads", threads);
            assertThat(many.code()).isEqualTo(Cli.ERRORS);
            assertThat(many.err()).isEqualTo(one.err());
            assertThat(many.out().equals(one.out())).as("the same output with %s threads", threads).isTrue();
        }
        assertThat(CliRun.of(in.toString(), "assess", "--year", "2019").out().equals(one.out())).isTrue();
    }

    @Test
    void detailChoosesHowMuchOfEachDecisionIsWritten() throws Exception {
        String sample = CliRun.sample();
        CliRun full = CliRun.of(sample, "assess", "--year", "2019");
        assertThat(CliRun.of(sample, "assess", "--year", "2019", "--detail", "full").out()).isEqualTo(full.out());
        CliRun outcomes = CliRun.of(sample, "assess", "--year", "2019", "--detail", "outcomes");
        CliRun failed = CliRun.of(sample, "assess", "--year", "2019", "--detail", "FAILED");
        assertThat(outcomes.code()).isEqualTo(Cli.OK);
        assertThat(failed.code()).isEqualTo(Cli.OK);
        assertThat(outcomes.lines()).hasSameSizeAs(full.lines());
        for (int i = 0; i < full.lines().size(); i++) {
            JsonNode complete = MAPPER.readTree(full.lines().get(i));
            JsonNode reduced = MAPPER.readTree(outcomes.lines().get(i));
            assertThat(reduced.get("detail").asText()).isEqualTo("OUTCOMES");
            assertThat(reduced.get("identification").get("outcome")).isEqualTo(
                    complete.get("identification").get("outcome"));
            assertThat(reduced.get("measures")).isEqualTo(complete.get("measures"));
            assertThat(reduced.has("audit")).isFalse();
            assertThat(MAPPER.readTree(failed.lines().get(i)).get("detail").asText()).isEqualTo("FAILED");
        }
        assertThat(outcomes.out().length()).isLessThan(full.out().length() / 3);
        assertThat(failed.out()).doesNotContain("\"message\"", "\"passed\":true");
        CliRun wrong = CliRun.of(sample, "assess", "--year", "2019", "--detail", "some");
        assertThat(wrong.code()).isEqualTo(Cli.USAGE);
        assertThat(wrong.err()).contains("outcomes, failed or full");
        assertThat(wrong.out()).isEmpty();
    }

    @Test
    void threadsAreAtLeastOneAndDocumented() {
        CliRun none = CliRun.of(CliRun.sample(), "assess", "--year", "2019", "--threads", "0");
        assertThat(none.code()).isEqualTo(Cli.USAGE);
        assertThat(none.err()).contains("--threads must be from 1 to 256");
        assertThat(none.out()).isEmpty();
        CliRun help = CliRun.of("", "assess", "--help");
        assertThat(help.out().replaceAll("\\s+", " ")).contains("--threads=N", "the output is the same whatever N",
                "the number of processors, at most 8");
    }

    @Test
    void aLineThatIsNotUtf8IsAnErrorLine() {
        byte[] first = (CliRun.sample().lines().findFirst().orElseThrow() + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] in = new byte[first.length * 2 + 4];
        System.arraycopy(first, 0, in, 0, first.length);
        in[first.length] = '{';
        in[first.length + 1] = (byte) 0xC3;
        in[first.length + 2] = '}';
        in[first.length + 3] = '\n';
        System.arraycopy(first, 0, in, first.length + 4, first.length);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = Cli.run(new String[] {"assess", "--year", "2019"}, new java.io.ByteArrayInputStream(in), out, err);
        assertThat(code).isEqualTo(Cli.ERRORS);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).isEqualTo("{\"line\":2,\"errors\":[{\"path\":\"$\",\"message\":\"malformed UTF-8 at "
                + "byte 2; each line is text in UTF-8 (a file exported in GBK or GB 18030 must be converted to UTF-8 "
                + "first)\"}]}");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("assess: 3 lines: 2 decisions, 1 error\n");
    }
}
