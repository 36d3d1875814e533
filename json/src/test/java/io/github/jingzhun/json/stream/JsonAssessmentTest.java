package io.github.jingzhun.json.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.json.ContractDocument;
import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.MissingParameterException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class JsonAssessmentTest {

    private static final ObjectMapper MAPPER = JingzhunJson.mapper();
    private static final JsonAssessment NATIONAL_2019 = new JsonAssessment(PovertyPolicy.national(), Year.of(2019));

    /** The worked household of the contract, on one line. */
    private static String workedHousehold() throws Exception {
        return MAPPER.writeValueAsString(JingzhunJson.importer().readHousehold(ContractDocument.workedHousehold()));
    }

    @Test
    void theWorkedHouseholdIsEligibleOnTheAllowance() throws Exception {
        String answer = NATIONAL_2019.assess(workedHousehold());
        JsonNode decision = MAPPER.readTree(answer);
        assertThat(decision.get("household").asText()).isEqualTo("HH-522727-0001");
        assertThat(decision.get("year").asInt()).isEqualTo(2019);
        JsonNode identification = decision.get("identification");
        assertThat(identification.get("outcome").asText()).isEqualTo("ELIGIBLE");
        assertThat(identification.get("type").asText()).isEqualTo("MINIMUM_LIVING_ALLOWANCE");
        assertThat(identification.get("perCapitaIncome").decimalValue()).isEqualByComparingTo("3200.00");
        assertThat(decision.get("exit").get("eligible").asBoolean()).isFalse();
        assertThat(answer).doesNotContain("Wang Fang", "522727198001011229", "\n");
    }

    @Test
    void aDecisionIsTheLineThatTheNdjsonAssessmentWrites() throws Exception {
        String household = workedHousehold();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        new NdjsonAssessment(PovertyPolicy.national(), Year.of(2019), JingzhunJson.importer())
                .run(new ByteArrayInputStream(household.getBytes(StandardCharsets.UTF_8)), line);
        assertThat(NATIONAL_2019.assess(household) + "\n").isEqualTo(line.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aRecordWithProblemsGivesEveryProblemWithItsPath() throws Exception {
        String broken = workedHousehold().replace("\"522727198001011229\"", "\"522727198001011220\"")
                .replace("\"type\":\"GENERAL\"", "\"type\":\"POOR\"");
        JsonNode errors = MAPPER.readTree(NATIONAL_2019.assess(broken));
        assertThat(errors.fieldNames()).toIterable().containsExactly("errors");
        assertThat(errors.get("errors").findValuesAsText("path")).contains("$.members[0].idNumber", "$.type");
        assertThat(errors.get("errors").toString()).contains("check digit").doesNotContain("522727198001011220");
        assertThat(MAPPER.readTree(NATIONAL_2019.assess("{")).get("errors").get(0).get("path").asText())
                .isEqualTo("$");
    }

    @Test
    void aHouseholdWithoutARecordOfTheYearIsAnError() throws Exception {
        JsonAssessment national2018 = new JsonAssessment(PovertyPolicy.national(), Year.of(2018));
        JsonNode errors = MAPPER.readTree(national2018.assess(workedHousehold()));
        assertThat(errors.get("errors")).hasSize(1);
        assertThat(errors.get("errors").get(0).get("path").asText()).isEqualTo("$.income");
        assertThat(errors.get("errors").get(0).get("message").asText()).contains("no income record for 2018");
    }

    @Test
    void aProvinceOrScenarioPolicyIsUsedAsGiven() throws Exception {
        PovertyPolicy lower = PovertyPolicy.of(PovertyPolicy.national().parameters().withPovertyLine(Year.of(2019),
                Yuan.of(3100), "test", "a lower line"));
        JsonNode decision = MAPPER.readTree(new JsonAssessment(lower, Year.of(2019)).assess(workedHousehold()));
        assertThat(decision.get("identification").get("outcome").asText()).isEqualTo("NOT_ELIGIBLE");
    }

    @Test
    void aYearThePolicyCannotAssessIsRefusedAtOnce() {
        assertThatThrownBy(() -> new JsonAssessment(PovertyPolicy.national(), Year.of(2031)))
                .isInstanceOf(MissingParameterException.class);
    }

    @Test
    void oneAssessmentServesManyThreadsAlike() throws Exception {
        String household = workedHousehold();
        String expected = NATIONAL_2019.assess(household);
        List<String> answers = IntStream.range(0, 64).parallel().mapToObj(i -> NATIONAL_2019.assess(
                i % 2 == 0 ? household : "{")).toList();
        for (int i = 0; i < answers.size(); i += 2) {
            assertThat(answers.get(i)).isEqualTo(expected);
            assertThat(answers.get(i + 1)).startsWith("{\"errors\":[");
        }
    }
}
