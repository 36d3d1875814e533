package io.github.jingzhun.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingzhun.json.JingzhunJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code validate} end to end: one result per input line, and the exit codes of the JSON contract. */
class ValidateCommandTest {

    private static final ObjectMapper MAPPER = JingzhunJson.mapper();

    @Test
    void theSampleIsValidLineByLine() throws Exception {
        CliRun run = CliRun.of(CliRun.sample(), "validate");
        assertThat(run.code()).isEqualTo(Cli.OK);
        assertThat(run.lines()).hasSize(200);
        JsonNode first = MAPPER.readTree(run.lines().get(0));
        assertThat(first.get("line").asInt()).isEqualTo(1);
        assertThat(first.get("valid").asBoolean()).isTrue();
        assertThat(first.get("household").asText()).startsWith("HH-");
        assertThat(run.err()).isEqualTo("validate: 200 lines: 200 valid households, 0 errors\n");
    }

    @Test
    void everyProblemOfEveryLineIsReportedInPlace() throws Exception {
        List<String> sample = CliRun.sample().lines().toList();
        String badId = sample.get(1).replaceFirst("\"idNumber\":\"(\\d{17})(.)\"", "\"idNumber\":\"$1" + "0\"")
                .replaceFirst("\"sex\":\"[A-Z]+\"", "\"sex\":\"UNKNOWN\"");
        String in = sample.get(0) + "\r\n" + badId + "\n{}\n" + sample.get(2);
        CliRun run = CliRun.of(in, "validate");

        assertThat(run.code()).isEqualTo(Cli.ERRORS);
        assertThat(run.lines()).hasSize(4);
        assertThat(MAPPER.readTree(run.lines().get(0)).get("valid").asBoolean()).isTrue();
        JsonNode bad = MAPPER.readTree(run.lines().get(1));
        assertThat(bad.get("line").asInt()).isEqualTo(2);
        assertThat(bad.get("errors").toString()).contains("$.members[0].sex");
        assertThat(bad.toString()).doesNotContain(sample.get(1).substring(sample.get(1).indexOf("\"idNumber\":\"")
                + 12, sample.get(1).indexOf("\"idNumber\":\"") + 30));
        JsonNode empty = MAPPER.readTree(run.lines().get(2));
        assertThat(empty.get("line").asInt()).isEqualTo(3);
        assertThat(empty.get("errors").size()).isGreaterThan(1);
        assertThat(MAPPER.readTree(run.lines().get(3)).get("line").asInt()).isEqualTo(4);
        assertThat(run.err()).isEqualTo("validate: 4 lines: 2 valid households, 2 errors\n");
    }

    @Test
    void withAYearAnIncomeRecordOfThatYearIsRequired() throws Exception {
        CliRun run = CliRun.of(CliRun.sample().lines().limit(3).reduce("", (a, b) -> a + b + "\n"), "validate",
                "--year", "2020");
        assertThat(run.code()).isEqualTo(Cli.ERRORS);
        assertThat(run.lines()).hasSize(3).allSatisfy(l -> assertThat(l).contains("$.income",
                "no income record for 2020"));
        CliRun ok = CliRun.of(CliRun.sample(), "validate", "--year", "2018");
        assertThat(ok.code()).isEqualTo(Cli.OK);
    }

    @Test
    void aParameterFileThatCannotBeUsedIsAUsageErrorWithOrWithoutAYear() {
        CliRun withoutYear = CliRun.of(CliRun.sample(), "validate", "--parameters", "no/such/parameters.json");
        assertThat(withoutYear.code()).isEqualTo(Cli.USAGE);
        assertThat(withoutYear.out()).isEmpty();
        assertThat(withoutYear.err()).startsWith("--parameters no/such/parameters.json: no such file");
        CliRun directory = CliRun.of(CliRun.sample(), "validate", "--year", "2019", "--parameters", ".");
        assertThat(directory.code()).isEqualTo(Cli.USAGE);
        assertThat(directory.err()).startsWith("--parameters . is a directory, not a file");
        CliRun empty = CliRun.of(CliRun.sample(), "validate", "--parameters", "");
        assertThat(empty.code()).isEqualTo(Cli.USAGE);
        assertThat(empty.err()).startsWith("--parameters \"\" names no file");
    }
}
