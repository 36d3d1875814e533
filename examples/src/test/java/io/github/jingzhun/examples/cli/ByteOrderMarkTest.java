package io.github.jingzhun.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that reads households, and every parameter file, accepts the UTF-8 byte order mark that Windows
 * tools write at the start of a file: the run is the run without it. Anywhere else it is an error.
 */
class ByteOrderMarkTest {

    private static final String BOM = "\uFEFF";

    static Stream<Arguments> commands() {
        return Stream.of(new String[] {"assess", "--year", "2019"}, new String[] {"validate"},
                new String[] {"stats", "--year", "2019", "--format", "json"},
                new String[] {"scenario", "--year", "2019", "--line", "4000", "--format", "json"})
                .map(command -> Arguments.of((Object) command));
    }

    private static void assertSameRun(CliRun actual, CliRun expected) {
        assertThat(actual.code()).isEqualTo(expected.code());
        assertThat(actual.out()).isEqualTo(expected.out());
        assertThat(actual.err()).isEqualTo(expected.err());
    }

    @ParameterizedTest
    @MethodSource("commands")
    void aMarkAtTheStartOfTheInputIsSkipped(String[] command) {
        String sample = CliRun.sample();
        CliRun plain = CliRun.of(sample, command);
        assertThat(plain.code()).isEqualTo(Cli.OK);
        assertSameRun(CliRun.of(BOM + sample, command), plain);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void aMarkAloneIsAnEmptyInputAndAMarkThenALineEndAnEmptyLine(String[] command) {
        assertSameRun(CliRun.of(BOM, command), CliRun.of("", command));
        CliRun emptyLine = CliRun.of(BOM + "\n", command);
        assertThat(emptyLine.code()).isEqualTo(Cli.ERRORS);
        assertSameRun(emptyLine, CliRun.of("\n", command));
        assertThat(emptyLine.out() + emptyLine.err()).contains("empty line");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void aMarkStartingALaterLineIsAnError(String[] command) {
        String first = CliRun.sample().lines().findFirst().orElseThrow();
        CliRun run = CliRun.of(BOM + first + "\n" + BOM + first + "\n", command);
        assertThat(run.code()).isEqualTo(Cli.ERRORS);
        assertThat(run.out() + run.err()).containsAnyOf("2 lines: 1 decision, 1 error\n",
                "2 lines: 1 valid household, 1 error\n", "\"errors\" : 1,");
    }

    @Test
    void aParameterFileMayStartWithAMark(@TempDir Path dir) throws IOException {
        String parameters = CliRun.of("", "parameters", "--line", "3600").out();
        Path plain = Files.writeString(dir.resolve("plain.json"), parameters, StandardCharsets.UTF_8);
        Path marked = Files.writeString(dir.resolve("marked.json"), BOM + parameters, StandardCharsets.UTF_8);
        String sample = CliRun.sample();
        CliRun expected = CliRun.of(sample, "assess", "--year", "2019", "--parameters", plain.toString());
        assertThat(expected.code()).isEqualTo(Cli.OK);
        assertSameRun(CliRun.of(sample, "assess", "--year", "2019", "--parameters", marked.toString()), expected);
        CliRun scenario = CliRun.of(sample, "scenario", "--year", "2019", "--base", marked.toString(), "--parameters",
                marked.toString(), "--format", "json");
        assertThat(scenario.code()).as(scenario.err()).isEqualTo(Cli.OK);

        Path twice = Files.writeString(dir.resolve("twice.json"), BOM + BOM + parameters, StandardCharsets.UTF_8);
        CliRun refused = CliRun.of(sample, "assess", "--year", "2019", "--parameters", twice.toString());
        assertThat(refused.code()).isEqualTo(Cli.USAGE);
        assertThat(refused.err()).contains("is not a valid parameter set");
    }
}
