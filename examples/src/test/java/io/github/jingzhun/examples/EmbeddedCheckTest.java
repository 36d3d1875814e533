package io.github.jingzhun.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.MissingParameterException;
import java.time.Year;
import org.junit.jupiter.api.Test;

class EmbeddedCheckTest {

    private static final ObjectMapper MAPPER = JingzhunJson.mapper();
    private static final EmbeddedCheck CHECK = new EmbeddedCheck();

    private static String workedHousehold() throws Exception {
        return MAPPER.writeValueAsString(SampleHouseholds.workedHousehold());
    }

    @Test
    void theWorkedHouseholdOfJsonMdIsEligibleOnTheAllowance() throws Exception {
        JsonNode decision = MAPPER.readTree(CHECK.assess(workedHousehold()));
        assertThat(decision.get("household").asText()).isEqualTo("HH-522727-0001");
        assertThat(decision.get("year").asInt()).isEqualTo(2019);
        JsonNode identification = decision.get("identification");
        assertThat(identification.get("outcome").asText()).isEqualTo("ELIGIBLE");
        assertThat(identification.get("type").asText()).isEqualTo("MINIMUM_LIVING_ALLOWANCE");
        assertThat(identification.get("perCapitaIncome").decimalValue()).isEqualByComparingTo("3200.00");
        assertThat(decision.get("exit").get("eligible").asBoolean()).isFalse();
        assertThat(decision.toString()).doesNotContain("Wang Fang", "522727198001011229");
    }

    @Test
    void aRecordWithProblemsGivesEveryProblemWithItsPath() throws Exception {
        String broken = workedHousehold().replace("\"522727198001011229\"", "\"522727198001011220\"")
                .replace("\"type\":\"GENERAL\"", "\"type\":\"POOR\"");
        JsonNode errors = MAPPER.readTree(CHECK.assess(broken));
        assertThat(errors.has("identification")).isFalse();
        assertThat(errors.get("errors").toString()).contains("$.members[0].idNumber", "check digit", "$.type")
                .doesNotContain("522727198001011220");
        assertThat(MAPPER.readTree(CHECK.assess("{")).get("errors").get(0).get("path").asText()).isEqualTo("$");
    }

    @Test
    void aHouseholdWithoutARecordOfTheYearIsAnError() throws Exception {
        EmbeddedCheck check2018 = new EmbeddedCheck(PovertyPolicy.national(), Year.of(2018));
        JsonNode errors = MAPPER.readTree(check2018.assess(workedHousehold()));
        assertThat(errors.get("errors").get(0).get("path").asText()).isEqualTo("$.income");
        assertThat(errors.get("errors").get(0).get("message").asText()).contains("no income record for 2018");
    }

    @Test
    void aProvinceOrScenarioPolicyIsUsedAsGiven() throws Exception {
        PovertyPolicy raised = PovertyPolicy.of(PovertyPolicy.national().parameters().withPovertyLine(Year.of(2019),
                Yuan.of(3100), "test", "a lower line"));
        JsonNode decision = MAPPER.readTree(new EmbeddedCheck(raised, Year.of(2019)).assess(workedHousehold()));
        assertThat(decision.get("identification").get("outcome").asText()).isEqualTo("NOT_ELIGIBLE");
        assertThatThrownBy(() -> new EmbeddedCheck(PovertyPolicy.national(), Year.of(2031)))
                .isInstanceOf(MissingParameterException.class);
    }
}
