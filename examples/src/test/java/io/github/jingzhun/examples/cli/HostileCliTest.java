package io.github.jingzhun.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile input and options through the command line: every command the same rule, the exit codes kept apart. */
class HostileCliTest {

    private static final String HOUSEHOLD = CliRun.sample().lines().findFirst().orElseThrow();

    private record Run(int code, String out, String err) {}

    private static Run run(byte[] stdin, OutputStream out, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new ByteArrayInputStream(stdin), out, err);
        return new Run(code, out.toString(), err.toString(StandardCharsets.UTF_8));
    }

    private static Run run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Run r = run(stdin, out, args);
        return new Run(r.code(), out.toString(StandardCharsets.UTF_8), r.err());
    }

    /** A household whose name is written in GBK, as an export from a Chinese system may be. */
    private static byte[] gbkLine() {
        String named = HOUSEHOLD.replaceFirst("\"name\": ?\"[^\"]*\"", "\"name\": \"王芳\"");
        assertThat(named).isNotEqualTo(HOUSEHOLD);
        return (named + "\n" + HOUSEHOLD + "\n").getBytes(Charset.forName("GBK"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"assess", "validate", "stats", "scenario"})
    void malformedUtf8IsAnErrorNamingTheByteOnEveryCommand(String command) {
        List<String> args = switch (command) {
            case "assess", "stats" -> List.of(command, "--year", "2019");
            case "scenario" -> List.of(command, "--year", "2019", "--line", "4000");
            default -> List.of(command);
        };
        Run r = run(gbkLine(), args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isEqualTo(Cli.ERRORS);
        assertThat(r.out() + r.err()).contains("malformed UTF-8 at byte").contains("GBK");
    }

    @Test
    void threadsOutOfRangeAreUsageErrors() {
        byte[] in = (HOUSEHOLD + "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(run(in, "assess", "--year", "2019", "--threads", "2147483647").code()).isEqualTo(Cli.USAGE);
        assertThat(run(in, "assess", "--year", "2019", "--threads", "0").code()).isEqualTo(Cli.USAGE);
        assertThat(run(in, "assess", "--year", "2019", "--threads", "256").code()).isEqualTo(Cli.OK);
        assertThat(run(in, "audit", "--year", "2019", "--threads", "257").code()).isEqualTo(Cli.USAGE);
    }

    @Test
    void aDashForAFileOptionSaysWhereStandardInputIsRead() {
        byte[] in = (HOUSEHOLD + "\n").getBytes(StandardCharsets.UTF_8);
        Run r = run(in, "audit", "--year", "2019", "--roll", "-");
        assertThat(r.code()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("--roll -: no such file; standard input is read only where a command says so, "
                + "by leaving its file out");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e12", "1000000.01", "0", "-5", "4000.001"})
    void aLineOutOfRangeIsAUsageError(String line) {
        byte[] in = (HOUSEHOLD + "\n").getBytes(StandardCharsets.UTF_8);
        Run r = run(in, "stats", "--year", "2019", "--line", line);
        assertThat(r.code()).as(r.err()).isEqualTo(Cli.USAGE);
    }

    @Test
    void aShockOnAMemberNoHouseholdCanHaveIsAUsageError() {
        byte[] in = (HOUSEHOLD + "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(run(in, "scenario", "--year", "2019", "--shock", "illness:50:100").code()).isEqualTo(Cli.USAGE);
        assertThat(run(in, "scenario", "--year", "2019", "--shock", "illness:49:100").code()).isEqualTo(Cli.OK);
    }

    @Test
    void aRunThatCannotFinishHasItsOwnExitCodeAndSaysWhereItStopped() {
        byte[] in = (HOUSEHOLD + "\n").repeat(3).getBytes(StandardCharsets.UTF_8);
        Run r = run(in, failing("No space left on device"), "assess", "--year", "2019", "--threads", "1");
        assertThat(r.code()).isEqualTo(Cli.INCOMPLETE).isNotEqualTo(Cli.ERRORS);
        assertThat(r.err()).contains("assess: could not finish: No space left on device; 0 input lines were "
                + "written in full: resume with --skip 0");
    }

    @Test
    void anExplanationThatCannotBeWrittenEndsWith3SilentlyOnlyForAReaderThatStopped() {
        byte[] in = (HOUSEHOLD + "\n").getBytes(StandardCharsets.UTF_8);
        Run head = run(in, failing("Broken pipe"), "explain", "--year", "2019");
        assertThat(head.code()).isEqualTo(Cli.INCOMPLETE);
        assertThat(head.err()).isEmpty();
        Run full = run(in, failing("No space left on device"), "explain", "--year", "2019");
        assertThat(full.code()).isEqualTo(Cli.INCOMPLETE);
        assertThat(full.err()).startsWith("explain: could not finish: No space left on device");
    }

    @Test
    void helpVersionAndCompletionThatCannotBeWrittenEndWith3() {
        for (List<String> args : List.of(List.of("--help"), List.of("assess", "--help"), List.of("help", "stats"),
                List.of("--version"), List.of("generate-completion"))) {
            Run r = run(new byte[0], failing("No space left on device"), args.toArray(String[]::new));
            assertThat(r.code()).as(args.toString()).isEqualTo(Cli.INCOMPLETE);
            assertThat(r.err()).as(args.toString()).contains(": could not finish: standard output could not be "
                    + "written");
        }
        assertThat(run(new byte[0], "--version").code()).isEqualTo(Cli.OK);
    }

    @Test
    void aNameTypedWhereAnOptionOrACodeBelongsIsNotRepeated() {
        for (List<String> args : List.of(List.of("rules", "王芳"), List.of("assess", "--year", "2019", "--detail=王芳"),
                List.of("scenario", "--shock", "王芳:0:1"), List.of("王芳"), List.of("rules", "522727-19800101-1229"))) {
            Run r = run(new byte[0], args.toArray(String[]::new));
            assertThat(r.code()).as(args.toString()).isEqualTo(2);
            assertThat(r.err()).as(args.toString()).contains("[?]").doesNotContain("王芳", "19800101");
        }
        assertThat(run(new byte[0], "rules", "XX-1").err()).startsWith("unknown rule id: XX-1;");
        assertThat(run(new byte[0], "assess", "--year", "2019", "--skip", "522727-19800101-1229").err())
                .contains("not a whole number such as 2: <redacted>");
        // a number touching a letter or a dash, in a value, an option or a command; a file's path stays whole
        for (List<String> args : List.of(List.of("assess", "--year=HH-522727198001011229"),
                List.of("assess", "--year", "2019", "--52272719800101122x"), List.of("x522727198001011229"),
                List.of("assess", "--year", "2019", "--foo=x522727198001011229"),
                List.of("stats", "--year", "2019", "--k=522727198001011229.5"),
                // a fraction is no file's path, though it holds a slash
                List.of("stats", "--year", "2019", "--k", "522727198001011229/1"),
                List.of("stats", "--year", "2019", "--k", "1/52272719800101122X"),
                List.of("stats", "--year", "2019", "--line", "1/522727198001011229"))) {
            Run r = run(new byte[0], args.toArray(String[]::new));
            assertThat(r.code()).as(args.toString()).isEqualTo(2);
            assertThat(r.err()).as(args.toString()).contains("<redacted>").doesNotContain("19800101");
        }
        assertThat(Cli.typed("no such file: /tmp/x522727198001011229.json", "/tmp/x522727198001011229.json"))
                .isEqualTo("no such file: /tmp/x522727198001011229.json");
        assertThat(Cli.typed("--parameters ./522727198001011229: no such file", "./522727198001011229"))
                .isEqualTo("--parameters ./522727198001011229: no such file");
        // a part of an argument, which a message may quote alone
        for (List<String> args : List.of(List.of("scenario", "--year", "2019", "--shock", "522727-19800101-1229:0:1"),
                List.of("scenario", "--year", "2019", "--shock", "52272719800101 1229:0:1"),
                List.of("stats", "--year", "2019", "--dimensions", "FOOD,522727/19800101/1229"),
                List.of("scenario", "--year", "2019", "--shock", "522727;19800101;1229:0:1"),
                // written with characters that are not ASCII, which a message repeats as [?]
                List.of("assess", "--year", "522727\u300219800101\u30021229"),
                List.of("assess", "--year", "522727-19800101-127\u03C7"),
                List.of("--parameters", "522727\uFF0D19800101\uFF0D1229"))) {
            Run r = run(new byte[0], args.toArray(String[]::new));
            assertThat(r.code()).as(args.toString()).isEqualTo(2);
            assertThat(r.err()).as(args.toString()).contains("<redacted>").doesNotContain("19800101");
        }
        assertThat(run(new byte[0], "assess", "--year", "2019", "--skip", "522727-1980").err())
                .contains("not a whole number such as 2: 522727-1980");
        for (String skip : new String[] {"+2", "\u0663", "1e3", " 2"}) {
            assertThat(run(new byte[0], "assess", "--year", "2019", "--skip", skip).code()).as(skip)
                    .isEqualTo(Cli.USAGE);
        }
        assertThat(run(new byte[0], "assess", "--year", "2019", "--threads", "2147483648").err())
                .contains("out of range: 2147483648");
    }

    @Test
    void helpCompletionAndCaseResultsThatAReaderStoppedEndWith3Silently() {
        for (List<String> args : List.of(List.of("--help"), List.of("generate-completion"),
                List.of("test", "cases"))) {
            Run r = run(new byte[0], failing("Broken pipe"), args.toArray(String[]::new));
            assertThat(r.code()).as(args.toString()).isEqualTo(Cli.INCOMPLETE);
            assertThat(r.err()).as(args.toString()).isEmpty();
        }
        Run full = run(new byte[0], failing("No space left on device"), "test", "cases");
        assertThat(full.err()).isEqualTo("test: could not finish: No space left on device; the results could not be "
                + "written in full\n");
    }

    @Test
    void aUsageErrorNeverRepeatsAnIdNumberOrAControlCodeTyped() {
        Run id = run(new byte[0], "assess", "--year", "621126196104031091");
        assertThat(id.code()).isEqualTo(Cli.USAGE);
        assertThat(id.err()).contains("<redacted>").doesNotContain("62112619610403109");
        Run escape = run(new byte[0], "assess", "--year", "2019\u001b[31m");
        assertThat(escape.code()).isEqualTo(Cli.USAGE);
        assertThat(escape.err()).contains("2019?[31m").doesNotContain("\u001b");
    }

    /** Output whose every write fails with a message. */
    private static OutputStream failing(String message) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(message);
            }
        };
    }
}
