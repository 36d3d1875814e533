package io.github.jingzhun.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingzhun.json.ContractSchema;
import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.json.SchemaCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code assess} and {@code validate} write is what the JSON contract's schemas say: per input line a
 * decision or an error line, or a validation line.
 */
class OutputLineSchemaTest {

    private static final ObjectMapper MAPPER = JingzhunJson.mapper();

    /** Valid households among every kind of bad line. */
    private static String input() {
        List<String> sample = CliRun.sample().lines().limit(3).toList();
        return String.join("\n", sample.get(0), "{not json", "", "[]", "{\"id\": 1}",
                sample.get(1).replaceFirst("\"birthDate\":\"[0-9-]+\"", "\"birthDate\":\"1980-02-30\""),
                sample.get(1).replaceFirst("\"year\":2019", "\"year\":2017"), sample.get(2)) + "\n";
    }

    @Test
    void everyLineOfValidateIsAValidationLine() throws Exception {
        CliRun run = CliRun.of(input(), "validate", "--year", "2019");
        assertThat(run.code()).isEqualTo(Cli.ERRORS);
        assertThat(run.lines()).hasSize(8);
        SchemaCheck schema = SchemaCheck.of(ContractSchema.VALIDATION_LINE);
        for (String line : run.lines()) {
            assertThat(schema.violations(MAPPER.readTree(line))).as(line).isEmpty();
        }
        assertThat(run.lines()).filteredOn(l -> l.contains("\"valid\":true")).hasSize(2);
    }

    @Test
    void everyLineOfAssessIsADecisionOrAnErrorLine() throws Exception {
        CliRun run = CliRun.of(input(), "assess", "--year", "2019");
        assertThat(run.code()).isEqualTo(Cli.ERRORS);
        assertThat(run.lines()).hasSize(8);
        int errors = 0;
        for (String line : run.lines()) {
            JsonNode node = MAPPER.readTree(line);
            boolean error = node.has("errors");
            errors += error ? 1 : 0;
            assertThat(SchemaCheck.of(error ? ContractSchema.ERROR_LINE : ContractSchema.DECISION).violations(node))
                    .as(line).isEmpty();
        }
        assertThat(errors).isEqualTo(6);
    }

    @Test
    void theErrorLinesOfAreasNameTheirFileAndAreErrorLines(@TempDir Path temp) throws Exception {
        Path villages = Files.writeString(temp.resolve("villages.ndjson"), "{\"code\":\"1\"}\n");
        CliRun run = CliRun.of("", "areas", "--year", "2019", "--villages", villages.toString());
        JsonNode error = MAPPER.readTree(run.lines().get(0));
        assertThat(error.get("file").asText()).isEqualTo(villages.toString());
        assertThat(SchemaCheck.of(ContractSchema.ERROR_LINE).violations(error)).isEmpty();
    }
}
