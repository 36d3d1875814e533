package io.github.jingzhun.json.stream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.json.FuzzOracle;
import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.json.JsonImporter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Year;

/**
 * Coverage-guided fuzzing of {@link NdjsonAssessment}: for arbitrary input, decoded as UTF-8, exactly one output
 * line per input line, in order, each a decision or the documented error object
 * {@code {"line": n, "errors": [{"path": ..., "message": ...}]}}; the summary counts them; nothing escapes as an
 * exception, and no household that was read and validated fails to be assessed (which the assessment would report
 * as an error line "could not be assessed"). Seeds: NDJSON streams committed in
 * {@code NdjsonAssessmentFuzzTestInputs/assessesAnyStream}, and the hostile-input corpus (copied beside them when the
 * tests are built).
 */
class NdjsonAssessmentFuzzTest {

    private static final JsonImporter IMPORTER = JingzhunJson.importer();
    private static final ObjectMapper MAPPER = IMPORTER.mapper();
    private static final NdjsonAssessment ASSESSMENT =
            new NdjsonAssessment(PovertyPolicy.national(), Year.of(2019), IMPORTER);

    @FuzzTest(maxDuration = "20s")
    void assessesAnyStream(byte[] input) throws IOException {
        String text = new String(input, StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        NdjsonAssessment.Summary summary = ASSESSMENT.run(new StringReader(text), out);
        long expectedLines = inputLines(text);
        FuzzOracle.check(summary.lines() == expectedLines,
                "summary counts " + summary.lines() + " lines, the input has " + expectedLines);
        FuzzOracle.check(summary.decisions() + summary.errors() == summary.lines(), "summary does not add up");
        String output = out.toString();
        FuzzOracle.check(output.isEmpty() || output.endsWith("\n"), "output does not end with a line end");
        String[] lines = output.isEmpty() ? new String[0] : output.split("\n", -1);
        long outputLines = output.isEmpty() ? 0 : lines.length - 1;
        FuzzOracle.check(outputLines == expectedLines,
                "wrote " + outputLines + " lines for " + expectedLines + " input lines");
        long errors = 0;
        for (int i = 0; i < outputLines; i++) {
            JsonNode line = MAPPER.readTree(lines[i]);
            FuzzOracle.check(line != null && line.isObject(), "output line " + (i + 1) + " is not an object");
            if (line.has("household")) {
                FuzzOracle.check(line.has("identification") && line.has("exit"),
                        "output line " + (i + 1) + " is not a decision");
            } else {
                errors++;
                checkErrorObject(line, i + 1);
            }
        }
        FuzzOracle.check(errors == summary.errors(), "summary counts " + summary.errors() + " errors, wrote " + errors);
    }

    /** The documented error object: the input line's number and a non-empty list of paths and messages. */
    private static void checkErrorObject(JsonNode line, int number) {
        FuzzOracle.check(line.size() == 2 && line.path("line").isIntegralNumber()
                && line.path("line").asLong() == number, "error object names the wrong line: " + line);
        JsonNode errors = line.path("errors");
        FuzzOracle.check(errors.isArray() && !errors.isEmpty(), "error object without errors: " + line);
        for (JsonNode e : errors) {
            FuzzOracle.check(e.size() == 2 && e.path("path").isTextual() && e.path("path").asText().startsWith("$")
                    && e.path("message").isTextual() && !e.path("message").asText().isBlank(),
                    "malformed error: " + e);
            // NdjsonAssessment's safety net: an unchecked exception while assessing a household that was read
            // and validated becomes this error line. It is no crash, but it is a bug all the same.
            FuzzOracle.check(!e.path("message").asText().startsWith("could not be assessed for"),
                    "a valid household could not be assessed: " + e);
        }
    }

    /** Lines as NDJSON counts them: each ends with a line feed, and a last line without one counts too. */
    private static long inputLines(String text) {
        long feeds = text.chars().filter(c -> c == '\n').count();
        return text.isEmpty() || text.endsWith("\n") ? feeds : feeds + 1;
    }
}
