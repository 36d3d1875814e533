package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.jingzhun.json.HostileInputTest.Expectation;
import io.github.jingzhun.json.stream.NdjsonLine;
import io.github.jingzhun.json.stream.NdjsonReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input corpus of villages, counties, provinces' benchmarks and departments' roll lines
 * (src/test/resources/hostile-areas): every file is refused with a {@link JsonImportException} naming the path and
 * the problem listed in expectations.tsv, none escapes as another exception and none exhausts memory. A file's name says which record it is read as. Files
 * ending {@code .gen} describe inputs too big to commit, generated at run time and read as an NDJSON line; their
 * expected path is a prefix.
 */
class HostileAreaInputTest {

    private static final JsonImporter IMPORTER = JingzhunJson.importer();

    @TempDir
    Path temp;

    static Stream<Expectation> expectations() {
        return HostileInputTest.expectations("hostile-areas");
    }

    @Test
    void everyFileOfTheCorpusHasAnExpectationAndEveryRecordIsCovered() throws IOException {
        List<String> files = HostileInputTest.files("hostile-areas");
        assertThat(files).hasSizeGreaterThanOrEqualTo(60)
                .anyMatch(f -> f.startsWith("village-")).anyMatch(f -> f.startsWith("county-"))
                .anyMatch(f -> f.startsWith("benchmark-")).anyMatch(f -> f.startsWith("roll-"));
        assertThat(expectations().map(Expectation::file).distinct().toList())
                .containsExactlyInAnyOrderElementsOf(files);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void isRefusedWithThePathAndTheProblem(Expectation expectation) throws IOException {
        List<JsonProblem> problems = problemsOf(expectation.file());
        boolean generated = expectation.file().endsWith(".gen");
        assertThat(problems).as(problems.toString()).anySatisfy(p -> {
            if (generated) {
                assertThat(p.path()).startsWith(expectation.path());
            } else {
                assertThat(p.path()).isEqualTo(expectation.path());
            }
            assertThat(p.message()).contains(expectation.fragment());
        });
        for (JsonProblem p : problems) {
            assertThat(p.message()).as("no personal data").doesNotContain("Wang Fang", "Li Ming")
                    .doesNotContainPattern("[0-9]{17}[0-9Xx]");
        }
    }

    private List<JsonProblem> problemsOf(String file) throws IOException {
        String kind = file.substring(0, file.indexOf('-'));
        try {
            if (file.endsWith(".gen")) {
                Path generated = generate(TestResources.text("hostile-areas/" + file).trim());
                try (Reader in = Files.newBufferedReader(generated, StandardCharsets.UTF_8)) {
                    NdjsonLine<?> line = switch (kind) {
                        case "village" -> NdjsonReader.villages(IMPORTER, in).next();
                        case "county" -> NdjsonReader.counties(IMPORTER, in).next();
                        case "roll" -> NdjsonReader.rollLines(IMPORTER, in).next();
                        default -> NdjsonReader.benchmarks(IMPORTER, in).next();
                    };
                    assertThat(line).isNotNull();
                    if (!line.isValid()) {
                        return line.problems();
                    }
                    return fail("accepted " + file);
                }
            }
            String text = TestResources.text("hostile-areas/" + file);
            switch (kind) {
                case "village" -> IMPORTER.readVillage(text);
                case "county" -> IMPORTER.readCounty(text);
                case "roll" -> IMPORTER.readRollLine(text);
                default -> IMPORTER.readBenchmark(text);
            }
        } catch (JsonImportException e) {
            assertThat(e.problems()).isNotEmpty();
            return e.problems();
        } catch (RuntimeException e) {
            fail("escaped as " + e, e);
        }
        return fail("accepted " + file);
    }

    /** Writes a generated input to a temporary file, streaming, without building it in memory. */
    private Path generate(String directive) throws IOException {
        String[] parts = directive.split(" ");
        int n = Integer.parseInt(parts[1]);
        Path file = temp.resolve(parts[0] + ".ndjson");
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            switch (parts[0]) {
                case "village-nesting" -> {
                    w.write("{\"code\": \"522727101201\", \"status\": ");
                    repeat(w, "{\"state\": ", n);
                    w.write("\"REGISTERED\"");
                    repeat(w, "}", n + 1);
                }
                case "county-steps" -> {
                    w.write("{\"code\": \"522727\", \"exitProcedure\": [");
                    for (int i = 0; i < n; i++) {
                        w.write(i == 0 ? "" : ", ");
                        w.write("{\"step\": \"CITY_REVIEW\", \"date\": \"2019-04-15\", \"actor\": \"city\"}");
                    }
                    w.write("]}");
                }
                case "village-string" -> {
                    w.write("{\"code\": \"");
                    repeat(w, "5", n);
                    w.write("\"}");
                }
                default -> throw new IllegalArgumentException(directive);
            }
            w.write('\n');
        }
        return file;
    }

    private static void repeat(Writer w, String s, int n) throws IOException {
        for (int i = 0; i < n; i++) {
            w.write(s);
        }
    }
}
