package io.github.jingzhun.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Memory bounded by bytes, in a real process with a small heap: ordinary generated households are assessed in 32 MiB
 * whatever the threads, and lines far longer than ordinary (a few MiB, many small values) are error lines, never an
 * OutOfMemoryError.
 */
class HostileMemoryTest {

    private static final int HOUSEHOLDS = 4000;

    @TempDir
    static Path dir;

    private static Path households;

    @BeforeAll
    static void generate() throws IOException {
        households = dir.resolve("households.ndjson");
        Files.writeString(households, CliRun.of("", "generate", "--households", String.valueOf(HOUSEHOLDS),
                "--seed", "32").out());
    }

    private record Run(int code, List<String> lines, String err) {}

    private static Run child(String heap, Path input, String... args) throws IOException, InterruptedException {
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), Cli.class.getName()));
        java.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".ndjson");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = new ProcessBuilder(java).redirectInput(input.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        int code = process.waitFor();
        return new Run(code, Files.readAllLines(out, StandardCharsets.UTF_8), Files.readString(err));
    }

    @ParameterizedTest
    @CsvSource({"32m, assess", "32m, assess --threads 8", "64m, assess --threads 2 --explain", "32m, validate"})
    void ordinaryHouseholdsRunInASmallHeap(String heap, String command) throws Exception {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        if (args.get(0).equals("assess")) {
            args.addAll(List.of("--year", "2019"));
        }
        Run run = child(heap, households, args.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isEqualTo(Cli.OK);
        assertThat(run.lines()).hasSize(HOUSEHOLDS);
    }

    /**
     * Error objects many times their input line, with 8 threads. Three full members make 18 problems, about 3 KB,
     * from 233 bytes: before the output held was bounded, 8 workers ahead of the oldest batch ran out of a 32 MiB
     * heap. Fifty empty members make 100 problems, 40 times their line: one batch writes 3 MB, which one array
     * grown by doubling ran out of a 28 MiB heap, whose G1 regions took each half-region array whole; in chunks
     * it runs in 16 MiB, so 24 MiB keeps a margin below the 32 MiB promised.
     */
    @ParameterizedTest
    @CsvSource({"32m, 3, '{\"relation\":1,\"sex\":1,\"labour\":1,\"education\":1,\"schooling\":1,\"health\":1}'",
            "24m, 50, '{}'"})
    void errorLinesManyTimesTheirInputRunInASmallHeapWithManyThreads(String heap, int members, String member)
            throws Exception {
        String line = "{\"members\":[" + String.join(",", Collections.nCopies(members, member)) + "]}\n";
        Path input = dir.resolve("errors.ndjson");
        Files.writeString(input, line.repeat(60_000));
        Run run = child(heap, input, "assess", "--year", "2019", "--threads", "8");
        assertThat(run.code()).as(run.err()).isEqualTo(Cli.ERRORS);
        assertThat(run.lines()).hasSize(60_000).allSatisfy(l -> assertThat(l).contains("\"errors\""));
    }

    @Test
    void veryLongLinesAreErrorLinesInASmallHeap() throws Exception {
        String household = Files.readAllLines(households).get(0);
        List<String> lines = List.of(household,
                "{\"members\": [" + "{}, ".repeat(400_000) + "{}]}",
                household.replaceFirst("\\{", "{\"note\": \"" + "中".repeat(1_400_000) + "\", "),
                "x".repeat(5_000_000),
                household);
        Path input = dir.resolve("long.ndjson");
        Files.writeString(input, String.join("\n", lines) + "\n");
        for (String threads : new String[] {"1", "8"}) {
            Run run = child("32m", input, "assess", "--year", "2019", "--threads", threads);
            assertThat(run.code()).as(run.err()).isEqualTo(Cli.ERRORS);
            assertThat(run.lines()).hasSize(lines.size());
            assertThat(run.lines().get(1)).contains("token count");
            assertThat(run.lines().get(2)).contains("bytes, the most a heap of");
            assertThat(run.lines().get(3)).contains("line longer than");
            assertThat(run.lines().get(4)).isEqualTo(run.lines().get(0));
        }
    }
}
