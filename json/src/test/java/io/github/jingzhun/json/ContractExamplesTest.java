package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingzhun.Decision;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.household.Household;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every example of JSON.md reads, validates against the schema and round-trips; the worked decision matches. */
class ContractExamplesTest {

    private final JsonImporter importer = JingzhunJson.importer();
    private final ObjectMapper mapper = importer.mapper();

    @Test
    void householdExampleReadsAsTheWorkedHousehold() throws Exception {
        Household household = importer.readHousehold(TestResources.text("examples/household.json"));
        assertThat(household.getId()).isEqualTo("HH-522727-0001");
        assertThat(household.getMembers()).hasSize(2);
        assertThat(household.getMembers().get(0).getIdNumber().unmasked()).isEqualTo("522727198001011229");
        assertThat(household.getIncome().get(0).netIncome()).hasToString("6400.00");
    }

    @Test
    void householdExampleValidatesAgainstTheSchema() throws Exception {
        JsonNode example = mapper.readTree(TestResources.text("examples/household.json"));
        assertThat(SchemaCheck.of(ContractSchema.HOUSEHOLD).violations(example)).isEmpty();
    }

    @Test
    void householdExampleRoundTripsToAnEqualValue() throws Exception {
        Household household = importer.readHousehold(TestResources.text("examples/household.json"));
        String written = mapper.writeValueAsString(household);
        assertThat(importer.readHousehold(written)).isEqualTo(household);
        assertThat(SchemaCheck.of(ContractSchema.HOUSEHOLD).violations(mapper.readTree(written))).isEmpty();
        assertThat(written).startsWith("{\"schemaVersion\":1,\"id\":\"HH-522727-0001\"");
    }

    @Test
    void decisionExampleReadsValidatesAndRoundTrips() throws Exception {
        String text = TestResources.text("examples/decision.json");
        assertThat(SchemaCheck.of(ContractSchema.DECISION).violations(mapper.readTree(text))).isEmpty();
        Decision decision = importer.readDecision(text);
        assertThat(decision.identification().perCapitaIncome()).hasToString("3200.00");
        assertThat(decision.exit().findings().get(0).observed()).isEqualTo(new BigDecimal("2950.00"));
        String written = mapper.writeValueAsString(decision);
        assertThat(importer.readDecision(written)).isEqualTo(decision);
        assertThat(SchemaCheck.of(ContractSchema.DECISION).violations(mapper.readTree(written))).isEmpty();
    }

    @Test
    void workedHouseholdsDecisionHasJsonMdsFieldsAndValues() throws Exception {
        Household household = importer.readHousehold(TestResources.text("examples/household.json"));
        Decision decision = PovertyPolicy.national().assess(household, Year.of(2019));
        JsonNode actual = mapper.readTree(mapper.writeValueAsString(decision));
        JsonNode expected = mapper.readTree(TestResources.text("examples/decision.json"));
        assertThat(differences(expected, actual, "$")).isEmpty();
        assertThat(SchemaCheck.of(ContractSchema.DECISION).violations(actual)).isEmpty();
    }

    @Test
    void moneyInTheDecisionIsWrittenWithTwoDecimals() throws Exception {
        Household household = importer.readHousehold(TestResources.text("examples/household.json"));
        String json = mapper.writeValueAsString(PovertyPolicy.national().assess(household, Year.of(2019)));
        assertThat(json).contains("\"perCapitaIncome\":3200.00,\"line\":3218.00")
                .contains("\"observed\":3200.00,\"threshold\":3218.00");
    }

    @Test
    void theWorkedDecisionRoundTripsToAnEqualValue() throws Exception {
        Household household = importer.readHousehold(TestResources.text("examples/household.json"));
        Decision decision = PovertyPolicy.national().assess(household, Year.of(2019));
        assertThat(importer.readDecision(mapper.writeValueAsString(decision))).isEqualTo(decision);
    }

    @Test
    void writtenDecisionsHoldNoPersonalData() throws Exception {
        Household household = importer.readHousehold(TestResources.text("examples/household.json"));
        String json = mapper.writeValueAsString(PovertyPolicy.national().assess(household, Year.of(2019)));
        assertThat(json).doesNotContain("Wang Fang", "Li Ming", "522727198001011229", "522727201005051230");
    }

    /**
     * Where actual lacks what expected shows: every field of an expected object must be in the actual one with the
     * same value (numbers with the same scale: money has two decimals); an expected array's elements must appear in
     * the actual array in order, others between them being new findings or fields; an empty expected array must be
     * empty. Extra fields are new optional fields.
     */
    static List<String> differences(JsonNode expected, JsonNode actual, String path) {
        List<String> out = new ArrayList<>();
        if (expected.isObject()) {
            if (!actual.isObject()) {
                out.add(path + ": not an object");
                return out;
            }
            for (Map.Entry<String, JsonNode> e : expected.properties()) {
                JsonNode a = actual.get(e.getKey());
                if (a == null) {
                    out.add(path + "." + e.getKey() + ": missing");
                } else {
                    out.addAll(differences(e.getValue(), a, path + "." + e.getKey()));
                }
            }
        } else if (expected.isArray()) {
            if (!actual.isArray()) {
                out.add(path + ": not an array");
            } else if (expected.isEmpty() && !actual.isEmpty()) {
                out.add(path + ": not empty");
            } else {
                int next = 0;
                for (int i = 0; i < expected.size(); i++) {
                    while (next < actual.size() && !differences(expected.get(i), actual.get(next), "").isEmpty()) {
                        next++;
                    }
                    if (next == actual.size()) {
                        out.add(path + "[" + i + "]: no match for " + expected.get(i) + " in " + actual);
                        return out;
                    }
                    next++;
                }
            }
        } else if (expected.isNumber()) {
            if (!actual.isNumber() || !expected.decimalValue().equals(actual.decimalValue())) {
                out.add(path + ": expected " + expected + " but was " + actual);
            }
        } else if (!expected.equals(actual)) {
            out.add(path + ": expected " + expected + " but was " + actual);
        }
        return out;
    }
}
