package io.github.jingzhun.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs each JShell script of {@code examples/jshell} as the README says, with the {@code jshell} of the JDK that runs
 * the tests, non-interactively (standard input closed, so JShell ends after the script), on the test class path.
 */
class JShellScriptsTest {

    private static final Path SCRIPTS = Path.of("jshell");

    /** What a run printed. */
    record Run(int code, String output) {}

    /**
     * Runs a script with the JDK's {@code jshell}, on the test class path, and waits for it to end.
     *
     * @param script the script
     * @param remoteOptions options of the JVM that runs the snippets, such as {@code -R-Dkey=value}
     * @return the exit code and what JShell printed, standard output and error together
     */
    static Run jshell(Path script, String... remoteOptions) throws IOException, InterruptedException {
        Path jshell = Path.of(System.getProperty("java.home"), "bin",
                System.getProperty("os.name").startsWith("Windows") ? "jshell.exe" : "jshell");
        assertThat(jshell).as("the JDK's jshell").isExecutable();
        List<String> command = new ArrayList<>(List.of(jshell.toString(), "--class-path",
                System.getProperty("java.class.path"), "-R-Djava.awt.headless=true"));
        command.addAll(List.of(remoteOptions));
        command.add(script.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("jshell ended").isTrue();
        return new Run(process.exitValue(), output);
    }

    @Test
    void quickstartBuildsAssessesAndExplainsAHousehold() throws Exception {
        Run run = jshell(SCRIPTS.resolve("quickstart.jsh"));
        assertThat(run.output()).contains("Household HH-522727-0009, income year 2019: ELIGIBLE (GENERAL)",
                "ID-H-1  Per-capita net income 3000.00 is below the 2019 line 3218.00",
                "Outcome: ELIGIBLE, per-capita income 3000.00 against the line 3218.00",
                "{\"household\":\"HH-522727-0009\",\"year\":2019,\"identification\":{\"outcome\":\"ELIGIBLE\"");
        assertThat(run.output()).doesNotContain("|  Error", "|  Exception", "Wang Fang", "522727198001011229");
        assertThat(run.code()).isZero();
    }

    @Test
    void scenarioComparesLinesAppliesAShockAndWritesAChart(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("charts").resolve("headcount.png");
        Run run = jshell(SCRIPTS.resolve("scenario.jsh"), "-R-Djingzhun.chart=" + png);
        assertThat(run.output()).contains("SC-1: the 2019 line at 4,000 yuan instead of 3,218",
                "departure: line 2019 3218.00 -> 4000.00", "households newly poor: ",
                "SC-2: illness of members[0] costing 20000.00", "monitoring NONE -> SUDDEN_HARDSHIP",
                "line  2500: P0", "line  5000: P0", "Chart written: " + png);
        assertThat(run.output()).doesNotContain("|  Error", "|  Exception");
        // Shares and county ratios in percent, as P0 is; only progress counts persons.
        assertThat(run.output()).containsPattern("\n  contribution\\.INCOME +[0-9.]+% +[0-9.]+% +[-+][0-9.]+ pp\n")
                .containsPattern("\n  H\\.522727 +[0-9.]+% +[0-9.]+% +[-+][0-9.]+ pp\n")
                .containsPattern("\n  registered +[0-9]+ +[0-9]+ +\\+0\n")
                .containsPattern("\n  registered\\.522727 +[0-9]+ +[0-9]+ +\\+0\n");
        assertThat(run.code()).isZero();
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes.length).isGreaterThan(5_000);
        assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        // The headcount ratio rises with the line: read from the printed P0 at 2,500 and 5,000 yuan.
        double low = p0(run.output(), "line  2500: P0");
        double high = p0(run.output(), "line  5000: P0");
        assertThat(high).isGreaterThan(low);
    }

    private static double p0(String output, String label) {
        String rest = output.substring(output.indexOf(label) + label.length()).trim();
        return Double.parseDouble(rest.substring(0, rest.indexOf('%')));
    }
}
