package io.github.jingzhun.examples.cli;

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
 * The runnable jar as the README runs it, in its own JVM, after {@code package}: the demo command on the bundled
 * sample, exit codes 0, 1 and 2, and one output line per input line.
 */
class JarIT {

    private static final Path JAR = Path.of("target", "jingzhun-examples.jar");
    private static final Path SAMPLE = Path.of("src", "main", "resources", "sample", "households.ndjson");

    /** What a run of the jar did. */
    private record Run(int code, String out, String err) {}

    private static Run java(Path stdin, Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectInput(stdin.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theReadmeDemoPrintsTheSummary(@TempDir Path dir) throws Exception {
        assertThat(JAR).isRegularFile();
        Run run = java(SAMPLE, dir, "stats", "--year", "2019");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Read 200 lines: 200 households", "Identification (ID-H-3)",
                "FGT P0, headcount ratio (ST-2)", "Pingtang, Guizhou");
        assertThat(run.err()).doesNotContain("HV000001", "\r");
    }

    @Test
    void assessWritesOneLinePerInputLineAndExitsOneOnErrors(@TempDir Path dir) throws Exception {
        List<String> sample = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
        Path in = Files.write(dir.resolve("in.ndjson"), List.of(sample.get(0), "{\"id\": 7}", sample.get(1), ""),
                StandardCharsets.UTF_8);
        Run run = java(in, dir, "assess", "--year", "2019");
        assertThat(run.code()).isEqualTo(1);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("{\"household\":\"HH-");
        assertThat(lines.get(1)).startsWith("{\"line\":2,\"errors\":[");
        assertThat(lines.get(2)).startsWith("{\"household\":\"HH-");
        assertThat(lines.get(3)).startsWith("{\"line\":4,\"errors\":[");
        assertThat(run.err()).isEqualTo("assess: 4 lines: 2 decisions, 2 errors" + System.lineSeparator());

        Run valid = java(SAMPLE, dir, "assess", "--year", "2019");
        assertThat(valid.code()).isZero();
        assertThat(valid.out().lines()).hasSize(200);
    }

    @Test
    void usageErrorsExitTwo(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.ndjson"));
        assertThat(java(empty, dir, "assess").code()).isEqualTo(2);
        assertThat(java(empty, dir).code()).isEqualTo(2);
        Run help = java(empty, dir, "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: jingzhun");
    }

    @Test
    void theGeneratorWritesTheBundledSample(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.ndjson"));
        Run run = java(empty, dir, "generate", "--households", "200", "--seed", "2019", "--year", "2019");
        assertThat(run.code()).isZero();
        try (InputStream sample = Files.newInputStream(SAMPLE)) {
            assertThat(run.out().getBytes(StandardCharsets.UTF_8)).isEqualTo(sample.readAllBytes());
        }
    }
}
