package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.json.stream.NdjsonAssessment;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** The decision's optional {@code changes}: written only when asked, valid against the schema, as the contract shows. */
class ChangesJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode assess(boolean changes) throws Exception {
        String line = MAPPER.readTree(ContractDocument.workedHousehold()).toString();
        StringWriter out = new StringWriter();
        new NdjsonAssessment(PovertyPolicy.national(), Year.of(2019), JingzhunJson.importer()).withChanges(changes)
                .run(new StringReader(line + "\n"), out);
        return MAPPER.readTree(out.toString());
    }

    @Test
    void changesAreWrittenOnlyWhenAsked() throws Exception {
        assertThat(assess(false).has("changes")).isFalse();
        JsonNode decision = assess(true);
        assertThat(decision.get("changes").isArray()).isTrue();
        assertThat(SchemaCheck.of(ContractSchema.DECISION).violations(decision, "")).isEmpty();
    }

    @Test
    void theWorkedHouseholdsExitChangeIsTheContractsExample() throws Exception {
        JsonNode example = MAPPER.readTree(ContractDocument.example("change"));
        JsonNode exit = null;
        for (JsonNode c : assess(true).get("changes")) {
            if (c.get("goal").asText().equals("EXIT") && c.get("kind").asText().equals("INCOME")) {
                exit = c;
            }
        }
        assertThat(exit).isNotNull();
        assertThat(exit.get("amount").decimalValue()).isEqualByComparingTo(example.get("amount").decimalValue());
        assertThat(exit.get("perPerson").decimalValue()).isEqualByComparingTo(example.get("perPerson").decimalValue());
        for (String field : new String[] {"goal", "kind", "rule", "path", "now", "needed", "message", "messageZh"}) {
            assertThat(exit.get(field)).as(field).isEqualTo(example.get(field));
        }
    }

    @Test
    void withoutChangesTheDecisionIsTheSameBytes() throws Exception {
        JsonNode with = assess(true);
        ((com.fasterxml.jackson.databind.node.ObjectNode) with).remove("changes");
        assertThat(with).isEqualTo(assess(false));
    }

    @Test
    void aReaderOfDecisionsIgnoresTheChanges() throws Exception {
        JsonImporter importer = JingzhunJson.importer();
        assertThat(importer.readDecision(assess(true).toString()))
                .isEqualTo(importer.readDecision(assess(false).toString()));
    }
}
