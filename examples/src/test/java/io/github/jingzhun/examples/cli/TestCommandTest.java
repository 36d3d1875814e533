package io.github.jingzhun.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCommandTest {

    @TempDir
    Path dir;

    @Test
    void theConformanceSuitePasses() {
        CliRun run = CliRun.of("", "test", "cases");
        assertThat(run.code()).as(run.out()).isEqualTo(Cli.OK);
        assertThat(run.out()).contains("  PASS  income exactly at the line (3218.00 per person) is not poor")
                .doesNotContain("FAIL", "ERROR").containsPattern("\\d+ cases in \\d+ files: \\d+ passed, 0 failed, "
                        + "0 errors in case files");
    }

    @Test
    void aFailingCaseExitsWithOne() throws IOException {
        Path file = dir.resolve("my-cases.yaml");
        Files.writeString(file, """
                cases:
                  - name: one more litre is not enough
                    rules: [IND-WATER]
                    year: 2019
                    household:
                      conditions: {water: {litresPerPersonPerDay: 59}}
                    expect:
                      indicators: {WATER: MET}
                """, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("", "test", file.toString());
        assertThat(run.code()).isEqualTo(Cli.ERRORS);
        assertThat(run.out()).contains("  FAIL  one more litre is not enough (" + file + ":2)",
                "indicators.WATER", "expected MET", "actual   UNMET", "IND-WATER Safe drinking water:",
                "{passed: false, observed: 59, threshold: 60, subject: quantity} \"Water quantity 59 litres per person "
                        + "per day is below 60\"");
    }

    @Test
    void aCaseFileNamedTwiceRunsOnce() throws IOException {
        CliRun once = CliRun.of("", "test", "cases");
        CliRun twice = CliRun.of("", "test", "cases", "cases/../cases", "cases");

        assertThat(twice.code()).isEqualTo(Cli.OK);
        assertThat(twice.out()).isEqualTo(once.out());
        // through a link, too
        Path file = Path.of("cases", "monitoring.yaml").toAbsolutePath();
        Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), file);
        assertThat(CliRun.of("", "test", file.toString(), link.toString()).out())
                .isEqualTo(CliRun.of("", "test", file.toString()).out());
    }

    @Test
    void aPathThatDoesNotExistIsAUsageError() {
        CliRun run = CliRun.of("", "test", dir.resolve("missing.yaml").toString());
        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("missing.yaml: no such file or directory");
    }

    @Test
    void aDirectoryWithoutCaseFilesIsAUsageError() {
        CliRun run = CliRun.of("", "test", dir.toString());
        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("no case file");
    }
}
