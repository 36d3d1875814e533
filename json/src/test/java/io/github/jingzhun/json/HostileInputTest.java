package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input corpus (src/test/resources/hostile): every file is refused with a {@link JsonImportException}
 * naming the path and the problem listed in expectations.tsv; none escapes as another exception, none exhausts
 * memory, and no message repeats an ID number or a name. Files ending {@code .gen} describe inputs too big to
 * commit, generated at run time into a temporary directory and read through a Reader.
 */
class HostileInputTest {

    private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{17}[0-9Xx]");
    /** A field name in camel case, such as {@code birthDate}. */
    private static final Pattern FIELD_NAME = Pattern.compile("\\b[a-z]+[A-Z]\\w*");
    private static final JsonImporter IMPORTER = JingzhunJson.importer();

    @TempDir
    Path temp;

    /** One expected problem of a corpus file. */
    record Expectation(String file, String path, String fragment) {
        @Override
        public String toString() {
            return file + " → " + path + ": " + fragment;
        }
    }

    static Stream<Expectation> expectations() throws IOException {
        return expectations("hostile");
    }

    /** The expectations of a corpus, a folder of test resources with its expectations.tsv. */
    static Stream<Expectation> expectations(String corpus) {
        List<Expectation> list = new ArrayList<>();
        for (String line : TestResources.text(corpus + "/expectations.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            list.add(new Expectation(parts[0], parts[1], parts[2]));
        }
        return list.stream();
    }

    /** The files of a corpus. */
    static List<String> files(String corpus) throws IOException {
        try (Stream<Path> s = Files.list(TestResources.directory(corpus))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("expectations.tsv")).toList();
        }
    }

    @Test
    void theCorpusHasAtLeastFortyFilesEachWithAnExpectation() throws IOException {
        List<String> files = files("hostile");
        assertThat(files).hasSizeGreaterThanOrEqualTo(40);
        List<String> expected = expectations().map(Expectation::file).distinct().toList();
        assertThat(expected).containsExactlyInAnyOrderElementsOf(files);
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
                    .doesNotContainPattern(ID_NUMBER);
            assertThat(p.path()).doesNotContainPattern(ID_NUMBER);
            // The path names the field exactly; the message says it in words ("birth date", not "birthDate"),
            // except where it quotes a key of the input.
            assertThat(p.message().replaceFirst("^duplicate field \\S+;", "")).as("plain words")
                    .doesNotContainPattern(FIELD_NAME);
        }
    }

    private List<JsonProblem> problemsOf(String file) throws IOException {
        try {
            if (file.endsWith(".gen")) {
                Path generated = generate(TestResources.text("hostile/" + file).trim());
                try (Reader in = Files.newBufferedReader(generated, StandardCharsets.UTF_8)) {
                    IMPORTER.readHousehold(in);
                }
            } else {
                IMPORTER.readHousehold(TestResources.text("hostile/" + file));
            }
        } catch (JsonImportException e) {
            assertThat(e.problems()).isNotEmpty();
            assertThat(e.getMessage()).doesNotContainPattern(ID_NUMBER).doesNotContain("Wang Fang", "Li Ming");
            assertThat(e.problems()).as("bounded").hasSizeLessThanOrEqualTo(JsonImportException.MAX_PROBLEMS + 1);
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
        Path file = temp.resolve(parts[0] + ".json");
        String household = ContractDocument.workedHousehold();
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            switch (parts[0]) {
                case "nesting":
                    w.write("{\"schemaVersion\": 1, \"id\": ");
                    repeat(w, "[", n);
                    repeat(w, "]", n);
                    w.write("}");
                    break;
                case "objects":
                    repeat(w, "{\"a\": ", n);
                    w.write("1");
                    repeat(w, "}", n);
                    break;
                case "string":
                    w.write("{\"schemaVersion\": 1, \"id\": \"");
                    repeat(w, "x", n);
                    w.write("\"}");
                    break;
                case "digits":
                    w.write(household.substring(0, household.indexOf("\"wage\": 3000.00") + 8));
                    repeat(w, "1", n);
                    w.write(household.substring(household.indexOf("\"wage\": 3000.00") + 15));
                    break;
                case "fraction":
                    w.write(household.substring(0, household.indexOf("\"wage\": 3000.00") + 8));
                    w.write("0.");
                    repeat(w, "1", n);
                    w.write(household.substring(household.indexOf("\"wage\": 3000.00") + 15));
                    break;
                case "members":
                    int start = household.indexOf("\"members\": [") + 12;
                    int end = household.indexOf("\"causes\"");
                    String member = household.substring(start, household.indexOf("},", start) + 2);
                    w.write(household.substring(0, start));
                    repeat(w, member, n);
                    w.write(household.substring(start, end));
                    w.write(household.substring(end));
                    break;
                case "emptymembers":
                    // One problem per missing field per member: the error must stay bounded all the same.
                    w.write("{\"schemaVersion\": 1, \"id\": \"HH-1\", \"members\": [{}");
                    repeat(w, ", {}", n - 1);
                    w.write("]}");
                    break;
                default:
                    throw new IllegalArgumentException(directive);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return file;
    }

    private static void repeat(Writer w, String s, int n) throws IOException {
        for (int i = 0; i < n; i++) {
            w.write(s);
        }
    }
}
