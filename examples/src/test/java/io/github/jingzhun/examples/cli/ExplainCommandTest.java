package io.github.jingzhun.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingzhun.json.JingzhunJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code explain} for one household and {@code assess --explain} for a stream. */
class ExplainCommandTest {

    private static final ObjectMapper MAPPER = JingzhunJson.mapper();

    @Test
    void explainsOneHouseholdInBothLanguagesWithoutPersonalData() throws Exception {
        List<String> sample = CliRun.sample().lines().toList();
        for (String line : sample.subList(0, 20)) {
            JsonNode household = MAPPER.readTree(line);
            CliRun run = CliRun.of(line, "explain", "--year", "2019");
            assertThat(run.code()).as(run.err()).isEqualTo(Cli.OK);
            assertThat(run.out()).contains("Household " + household.get("id").asText(), "identification / 识别",
                    "[ID-H-1] $.income[");
            for (JsonNode member : household.get("members")) {
                assertThat(run.out()).doesNotContain(member.get("name").asText(), member.get("idNumber").asText());
            }
        }
    }

    @Test
    void aLineThatIsNoHouseholdIsAnErrorNamingThePath() {
        CliRun run = CliRun.of("{\"schemaVersion\": 1, \"id\": \"HH-1\"}", "explain", "--year", "2019");
        assertThat(run.code()).isEqualTo(Cli.ERRORS);
        assertThat(run.err()).contains("explain: ", "$.area");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void assessWritesChangesOnlyWhenAsked() throws Exception {
        String sample = CliRun.sample();
        CliRun plain = CliRun.of(sample, "assess", "--year", "2019");
        CliRun explained = CliRun.of(sample, "assess", "--year", "2019", "--explain");
        assertThat(explained.code()).isEqualTo(Cli.OK);
        assertThat(explained.lines()).hasSameSizeAs(plain.lines());
        for (int i = 0; i < plain.lines().size(); i++) {
            JsonNode with = MAPPER.readTree(explained.lines().get(i));
            assertThat(MAPPER.readTree(plain.lines().get(i)).has("changes")).isFalse();
            assertThat(with.get("changes")).isNotEmpty();
            assertThat(with.get("changes").get(0).get("rule").asText()).isEqualTo("ID-H-1");
        }
    }
}
