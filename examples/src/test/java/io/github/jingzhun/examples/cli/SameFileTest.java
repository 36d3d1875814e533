package io.github.jingzhun.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standard output appended to the file a run reads, in a real process: read back, each line written would come back
 * as an error line, written and read again without end ({@code assess < reg.ndjson >> reg.ndjson}). It is a usage
 * error, before anything is written.
 */
@EnabledOnOs(OS.LINUX)
class SameFileTest {

    private static final String HOUSEHOLDS = String.join("\n", CliRun.of("", "generate", "--households", "50",
            "--seed", "3").lines()) + "\n";

    @Test
    void standardOutputAppendedToStandardInputIsRefused(@TempDir Path dir) throws Exception {
        Path registry = Files.writeString(dir.resolve("reg.ndjson"), HOUSEHOLDS);
        for (List<String> command : List.of(List.of("assess", "--year", "2019", "--no-progress"),
                List.of("validate", "--no-progress"), List.of("stats", "--year", "2019", "--no-progress"))) {
            Process child = start(command, dir).redirectInput(registry.toFile())
                    .redirectOutput(Redirect.appendTo(registry.toFile())).start();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as(command.toString()).isEqualTo(Cli.USAGE);
            assertThat(Files.readString(dir.resolve("err.txt"))).startsWith("standard output is the file standard "
                    + "input reads: the run would read back what it writes");
            assertThat(Files.readString(registry)).isEqualTo(HOUSEHOLDS);
        }
    }

    @Test
    void aFileReadThatIsStandardOutputIsRefused(@TempDir Path dir) throws Exception {
        Path registry = Files.writeString(dir.resolve("reg.ndjson"), HOUSEHOLDS);
        Process child = start(List.of("audit", "--year", "2019", "--no-progress", "--households",
                registry.toString()), dir)
                .redirectInput(Redirect.from(new File("/dev/null")))
                .redirectOutput(Redirect.appendTo(registry.toFile())).start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(Cli.USAGE);
        assertThat(Files.readString(dir.resolve("err.txt"))).startsWith("--households " + registry
                + " is also standard output: the run would read back what it writes");
        assertThat(Files.readString(registry)).isEqualTo(HOUSEHOLDS);
    }

    @Test
    void aCaseFileOrAnExplainedHouseholdThatIsStandardOutputIsRefused(@TempDir Path dir) throws Exception {
        Path cases = Files.writeString(dir.resolve("cases.yaml"), "year: 2019\ncases: []\n");
        Path household = Files.writeString(dir.resolve("household.json"), HOUSEHOLDS.lines().findFirst().orElseThrow());
        for (ProcessBuilder run : List.of(start(List.of("test", cases.toString()), dir).redirectOutput(
                Redirect.appendTo(cases.toFile())), start(List.of("explain", "--year", "2019"), dir)
                .redirectInput(household.toFile()).redirectOutput(Redirect.appendTo(household.toFile())))) {
            String before = Files.readString(run.command().contains("test") ? cases : household);
            Process child = run.start();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as(run.command().toString()).isEqualTo(Cli.USAGE);
            assertThat(Files.readString(dir.resolve("err.txt"))).contains("the run would read back what it writes");
            assertThat(Files.readString(run.command().contains("test") ? cases : household)).isEqualTo(before);
        }
    }

    @Test
    void anotherFileIsWrittenAsEver(@TempDir Path dir) throws Exception {
        Path registry = Files.writeString(dir.resolve("reg.ndjson"), HOUSEHOLDS);
        Path out = dir.resolve("out.ndjson");
        Process child = start(List.of("assess", "--year", "2019", "--no-progress"), dir)
                .redirectInput(registry.toFile())
                .redirectOutput(Redirect.appendTo(out.toFile())).start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(Cli.OK);
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).hasSize(50);
    }

    private static ProcessBuilder start(List<String> args, Path dir) {
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-cp", System.getProperty("java.class.path"), Cli.class.getName()));
        java.addAll(args);
        return new ProcessBuilder(java).redirectError(dir.resolve("err.txt").toFile());
    }
}
