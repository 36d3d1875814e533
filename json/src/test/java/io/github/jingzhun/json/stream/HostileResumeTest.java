package io.github.jingzhun.json.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.json.ContractDocument;
import io.github.jingzhun.json.DecisionDetail;
import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.json.JsonImporter;
import io.github.jingzhun.json.JsonOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Resuming a stopped run: the output of the first n lines, then a run that moves past them, are together the bytes of
 * one run over the whole input, whatever n, the kinds of lines (errors, lines too long, a byte order mark, CRLF) and
 * the number of threads.
 */
class HostileResumeTest {

    private static final JsonImporter IMPORTER = JingzhunJson.importer(JsonOptions.defaults().withMaxDocumentLength(
            1 << 14));
    private static final String WORKED = ContractDocument.workedHousehold().replace("\n", " ");

    static Stream<Long> seeds() {
        return LongStream.range(0, 5).boxed();
    }

    private static String input(Random random) {
        List<String> lines = new ArrayList<>();
        int count = 1 + random.nextInt(700);
        for (int i = 0; i < count; i++) {
            lines.add(switch (random.nextInt(12)) {
                case 0 -> "{not json";
                case 1 -> "";
                case 2 -> "x".repeat((1 << 14) + 10);
                case 3 -> WORKED.replace("\"year\": 2019", "\"year\": 2018");
                default -> WORKED;
            });
        }
        String text = String.join(random.nextBoolean() ? "\n" : "\r\n", lines) + (random.nextBoolean() ? "\n" : "");
        return random.nextInt(4) == 0 ? "\uFEFF" + text : text;
    }

    private static NdjsonAssessment assessment(int threads) {
        return new NdjsonAssessment(PovertyPolicy.national(), Year.of(2019), IMPORTER).threads(threads)
                .detail(DecisionDetail.FAILED);
    }

    private static String bytes(NdjsonAssessment assessment, String input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assessment.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String text(NdjsonAssessment assessment, String input) throws IOException {
        StringWriter out = new StringWriter();
        assessment.run(new StringReader(input), out);
        return out.toString();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theOutputBeforeTheStopAndTheResumedRunAreOneRun(long seed) throws IOException {
        Random random = new Random(seed);
        String input = input(random);
        int threads = 1 + random.nextInt(3);
        String whole = bytes(assessment(threads), input);
        assertThat(text(assessment(threads), input)).isEqualTo(whole);
        List<String> lines = whole.lines().toList();
        for (int n : new int[] {0, 1, random.nextInt(lines.size() + 1), lines.size() - 1, lines.size()}) {
            String before = lines.stream().limit(Math.max(n, 0)).map(l -> l + "\n").reduce("", String::concat);
            NdjsonAssessment resumed = assessment(threads).skip(Math.max(n, 0));
            assertThat(before + bytes(resumed, input)).as("skip %d", n).isEqualTo(whole);
            assertThat(before + text(resumed, input)).as("skip %d", n).isEqualTo(whole);
        }
        // More lines to move past than the input holds: not the stopped run's input, and nothing is written.
        NdjsonAssessment past = assessment(threads).skip(lines.size() + 1);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        assertThatThrownBy(() -> past.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), written))
                .isInstanceOf(EOFException.class).hasMessage("the input ended after " + lines.size() + " of the "
                        + (lines.size() + 1) + " lines to move past: it is not the input of the run that wrote them");
        assertThat(written.size()).isZero();
        assertThatThrownBy(() -> text(past, input)).isInstanceOf(EOFException.class);
    }

    @Test
    void theReaderMovesPastLinesKeepingTheirNumbers() throws IOException {
        String input = "{}\n\n" + WORKED + "\n{\n";
        try (NdjsonReader<?> reader = NdjsonReader.households(IMPORTER, new ByteArrayInputStream(
                input.getBytes(StandardCharsets.UTF_8)))) {
            assertThat(reader.skip(2)).isEqualTo(2);
            NdjsonLine<?> line = reader.next();
            assertThat(line).isNotNull();
            assertThat(line.number()).isEqualTo(3);
            assertThat(line.isValid()).isTrue();
            assertThat(reader.skip(5)).isEqualTo(1);
            assertThat(reader.next()).isNull();
        }
        try (NdjsonReader<?> reader = NdjsonReader.households(IMPORTER, new StringReader(input))) {
            assertThat(reader.skip(3)).isEqualTo(3);
            assertThat(reader.next()).extracting(NdjsonLine::number).isEqualTo(4L);
            assertThatThrownBy(() -> reader.skip(-1)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> assessment(1).skip(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
