package io.github.jingzhun.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exit codes and usage errors of the whole command line (the JSON contract: 0, 1, 2). */
class CliTest {

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of("");
        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("Missing a command: assess, explain, audit, validate, stats, scenario, "
                + "generate, parameters, rules, areas, test (see --help)").contains("jingzhun --help");
        assertThat(run.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"asses --year 2019", "assess", "assess --year", "assess --year 2019 --bogus",
        "assess --year nineteen", "assess --year 1999", "stats --year 2019 --k 2", "stats --year 2019 --k 1/0",
        "stats --year 2019 --format xml", "stats --year 2019 --dimensions FOOD,SHOES", "stats --year 2019 --line -5",
        "scenario --year 2019", "scenario --year 2019 --shock flood:1:2", "scenario --year 2019 --shock illness:-1:5",
        "generate --households -1", "generate --year 2014", "validate --year 2031"})
    void badCommandLinesAreUsageErrorsAndReadNothing(String args) {
        CliRun run = CliRun.of(CliRun.sample(), args.split(" "));
        assertThat(run.code()).as(args).isEqualTo(Cli.USAGE);
        assertThat(run.out()).as(args).isEmpty();
        assertThat(run.err()).as(args).contains("--help");
    }

    @ParameterizedTest
    @ValueSource(strings = {"identify --help", "nosuch --help", "assess nosuch --help", "help nosuch",
        "assess --nosuch --help"})
    void aMistypedCommandIsAUsageErrorEvenWithHelp(String args) {
        CliRun run = CliRun.of("", args.split(" "));
        assertThat(run.code()).as(args).isEqualTo(Cli.USAGE);
        assertThat(run.out()).as(args).isEmpty();
        assertThat(run.err()).as(args).contains("--help' for more information");
        assertThat(CliRun.of("", "assess", "--help").code()).isEqualTo(Cli.OK);
        assertThat(CliRun.of("", "help", "assess").code()).isEqualTo(Cli.OK);
    }

    @Test
    void aParameterFileThatCannotBeUsedIsAUsageError(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("missing.json");
        Path garbage = Files.writeString(dir.resolve("garbage.json"), "{\"name\": 12", StandardCharsets.UTF_8);
        Path wrong = Files.writeString(dir.resolve("wrong.json"), "{\"colour\": \"red\"}", StandardCharsets.UTF_8);
        for (Path file : new Path[] {missing, garbage, wrong}) {
            for (String command : new String[] {"assess", "stats", "validate"}) {
                CliRun run = CliRun.of(CliRun.sample(), command, "--year", "2019", "--parameters", file.toString());
                assertThat(run.code()).as(command + " " + file).isEqualTo(Cli.USAGE);
                assertThat(run.err()).contains("--parameters " + file);
            }
        }
        CliRun run = CliRun.of(CliRun.sample(), "scenario", "--year", "2019", "--base", garbage.toString(),
                "--line", "4000");
        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("--base " + garbage).contains("is not a valid parameter set");
    }

    @Test
    void everyCommandIsInTheReadmesTable() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String help = CliRun.of("", "--help").out();
        List<String> commands = help.substring(help.indexOf("Commands:")).lines().skip(1)
                .takeWhile(line -> !line.isBlank())
                .filter(line -> line.matches("  [a-z].*")).map(line -> line.trim().split(" ")[0])
                .filter(command -> !command.equals("help")).toList();
        assertThat(commands).hasSizeGreaterThan(10);
        assertThat(commands).allSatisfy(command -> assertThat(readme).as(command).contains("\n| `" + command));
    }

    @Test
    void noExampleInAnyHelpWrapsToTheLeftEdge() {
        String help = CliRun.of("", "--help").out();
        List<String> commands = help.substring(help.indexOf("Commands:")).lines().skip(1)
                .takeWhile(line -> !line.isBlank())
                .filter(line -> line.matches("  [a-z].*")).map(line -> line.trim().split(" ")[0]).toList();
        assertThat(commands).hasSizeGreaterThan(10);
        assertThat(CliRun.of("", "help", "scenario").out()).contains("\nExamples:\n");
        // Help wraps at 80 columns; an example's tail wrapped to the left edge would read as a command of its own.
        assertThat(commands).allSatisfy(command -> {
            String text = CliRun.of("", "help", command).out();
            assertThat(text.lines().dropWhile(line -> !line.equals("Examples:")).skip(1))
                    .as(command).allSatisfy(line -> assertThat(line).startsWith("  "));
        });
    }

    @Test
    void helpAndVersionSucceedOnStandardOutput() {
        CliRun help = CliRun.of("", "--help");
        assertThat(help.code()).isEqualTo(Cli.OK);
        assertThat(help.out()).contains("assess", "validate", "stats", "scenario", "generate", "parameters",
                "Exit codes:", "2   usage error");
        CliRun assessHelp = CliRun.of("", "help", "assess");
        assertThat(assessHelp.code()).isEqualTo(Cli.OK);
        assertThat(assessHelp.out()).contains("--year=YEAR", "--parameters=FILE", "--tolerate-unknown-fields");
        CliRun version = CliRun.of("", "--version");
        assertThat(version.code()).isEqualTo(Cli.OK);
        assertThat(version.out()).startsWith("Jingzhun ");
        for (String command : List.of("assess", "audit", "areas", "test", "generate-completion")) {
            CliRun sub = CliRun.of("", command, "-V");
            assertThat(sub.code()).as(command).isEqualTo(Cli.OK);
            assertThat(sub.out()).as(command).isEqualTo(version.out());
        }
    }

    @Test
    void inProcessRunsNeverDrawProgress() {
        CliRun run = CliRun.of(CliRun.sample(), "assess", "--year", "2019");
        assertThat(run.code()).isEqualTo(Cli.OK);
        assertThat(run.err()).doesNotContain("\r").isEqualTo("assess: 200 lines: 200 decisions, 0 errors\n");
    }
}
