package io.github.jingzhun.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run stopped by SIGTERM, in a real process: the output is whole lines in input order, standard error says how
 * many input lines were written in full, the exit code is {@link Cli#INCOMPLETE}, and {@code --skip} writes the rest
 * so that the two outputs together are the bytes of one uninterrupted run.
 */
class HostileInterruptionTest {

    private static final Pattern INTERRUPTED =
            Pattern.compile("interrupted after (\\d+) input lines fully written; resume with --skip (\\d+)");

    /** Generated households with an error line now and then, so that line numbers are checked too. */
    private static String input(int households) {
        List<String> lines = new ArrayList<>(CliRun.of("", "generate", "--households", String.valueOf(households),
                "--seed", "15").lines());
        for (int i = 97; i < lines.size(); i += 250) {
            lines.set(i, i % 2 == 0 ? "{\"id\": " : "[]");
        }
        return String.join("\n", lines) + "\n";
    }

    @ParameterizedTest
    @ValueSource(strings = {"assess", "validate"})
    void aStoppedRunSaysWhereAndResumesWithSkip(String command, @TempDir Path dir) throws Exception {
        String input = input(3000);
        List<String> args = command.equals("assess") ? List.of(command, "--year", "2019", "--threads", "2")
                : List.of(command);
        CliRun whole = CliRun.of(input, args.toArray(String[]::new));
        assertThat(whole.code()).isEqualTo(Cli.ERRORS);

        Path out = dir.resolve("out.ndjson");
        Path err = dir.resolve("err.txt");
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-cp", System.getProperty("java.class.path"), Cli.class.getName()));
        java.addAll(args);
        java.add("--no-progress");
        Process child = new ProcessBuilder(java).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        // The input is written and the pipe left open: the child works what it has and waits for more, so it is
        // stopped mid-run however fast it is.
        OutputStream stdin = child.getOutputStream();
        stdin.write(input.getBytes(StandardCharsets.UTF_8));
        stdin.flush();
        while (Files.size(out) == 0 && child.isAlive()) {
            Thread.sleep(20);
        }
        // SIGTERM, as Process.destroy() sends it on Linux, but with standard input left open: destroy() would
        // close it too, and the child might see the end of its input before the signal.
        assertThat(child.toHandle().destroy()).isTrue();
        int code = child.waitFor();
        stdin.close();

        String written = Files.readString(out);
        String message = Files.readString(err);
        assertThat(code).as(message).isEqualTo(Cli.INCOMPLETE);
        Matcher m = INTERRUPTED.matcher(message);
        assertThat(m.find()).as(message).isTrue();
        long n = Long.parseLong(m.group(1));
        assertThat(m.group(2)).isEqualTo(m.group(1));
        assertThat(message).startsWith(command + ": interrupted");
        assertThat(written).endsWith("\n");
        assertThat(written.split("\n", -1)).hasSize((int) n + 1);
        assertThat(n).isPositive().isLessThanOrEqualTo(3000);
        assertThat(whole.out()).startsWith(written);

        List<String> resume = new ArrayList<>(args);
        resume.addAll(List.of("--skip", String.valueOf(n)));
        CliRun rest = CliRun.of(input, resume.toArray(String[]::new));
        assertThat(rest.code()).isIn(Cli.OK, Cli.ERRORS);
        assertThat((written + rest.out()).getBytes(StandardCharsets.UTF_8))
                .isEqualTo(whole.out().getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"assess", "validate"})
    void skipToTheEndWritesNothingAndPastItIsAnotherInput(String command) throws IOException {
        String input = input(10);
        List<String> args = new ArrayList<>(command.equals("assess") ? List.of(command, "--year", "2019")
                : List.of(command));
        args.addAll(List.of("--skip", "10"));
        CliRun run = CliRun.of(input, args.toArray(String[]::new));
        assertThat(run.code()).isEqualTo(Cli.OK);
        assertThat(run.out()).isEmpty();
        args.set(args.size() - 1, "11");
        CliRun past = CliRun.of(input, args.toArray(String[]::new));
        assertThat(past.code()).isEqualTo(Cli.INCOMPLETE);
        assertThat(past.out()).isEmpty();
        assertThat(past.err()).isEqualTo(command + ": could not finish: the input ended after 10 of the 11 lines to "
                + "move past: it is not the input of the run that wrote them\n");
        args.set(args.size() - 1, "-1");
        assertThat(CliRun.of(input, args.toArray(String[]::new)).code()).isEqualTo(Cli.USAGE);
    }
}
