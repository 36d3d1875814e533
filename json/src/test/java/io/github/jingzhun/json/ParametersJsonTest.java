package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingzhun.Decision;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.parameter.PovertyLine;
import io.github.jingzhun.parameter.RegionalLine;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A parameter set is data with a source per value: a province ships its own as a JSON file. */
class ParametersJsonTest {

    private final JsonImporter importer = JingzhunJson.importer();
    private final ObjectMapper mapper = importer.mapper();

    private PolicyParameters province() {
        return PolicyParameters.builder().from(PolicyParameters.national()).withName("guizhou").withVersion("2019.1")
                .build()
                .withRegionalLine(new RegionalLine(52, Year.of(2019), Yuan.of(3300), "provincial notice 2019",
                        "higher provincial line"))
                .withParameter(ParameterKey.WATER_LITRES_MIN, new BigDecimal("50"), "provincial water standard",
                        "mountain villages");
    }

    @Test
    void theNationalParametersRoundTripWithTheirSources() throws Exception {
        String json = mapper.writeValueAsString(PolicyParameters.national());
        assertThat(json).contains("\"source\"").contains("\"povertyLines\"").contains("\"geography\"");
        assertThat(importer.readParameters(json)).isEqualTo(PolicyParameters.national());
    }

    @Test
    void aProvincesOwnParametersRoundTripFromAFileAndDecide() throws Exception {
        PolicyParameters province = province();
        String json = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(province);
        PolicyParameters read = importer.readParameters(new StringReader(json));
        assertThat(read).isEqualTo(province);
        assertThat(read.deviations()).hasSize(2);
        Household household = importer.readHousehold(ContractDocument.workedHousehold());
        Decision decision = PovertyPolicy.of(read).assess(household, Year.of(2019));
        assertThat(decision.identification().line()).isEqualTo(Yuan.of(3300));
        assertThat(SchemaCheck.of(ContractSchema.PARAMETERS).violations(mapper.readTree(json))).isEmpty();
    }

    @Test
    void aValueDepartingFromTheNationalDefaultWithoutAReasonIsRefused() throws Exception {
        PolicyParameters national = PolicyParameters.national();
        String json = mapper.writeValueAsString(national).replace("\"value\":60,", "\"value\":55,");
        JsonImportException e = catchThrowableOfType(JsonImportException.class, () -> importer.readParameters(json));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("WATER_LITRES_MIN")
                .contains("must give a reason (IND-STD)"));
    }

    @Test
    void everyProblemOfAParameterFileIsReported() throws Exception {
        String json = mapper.writeValueAsString(PolicyParameters.national())
                .replaceFirst("\"key\":\"EDUCATION_AGE_MIN\"", "\"key\":\"EDUCATION_AGE_MINIMUM\"")
                .replaceFirst("\"since\":\"2010-01-01\"", "\"since\":\"2010-01\"")
                .replaceFirst("\"amount\":2300.00", "\"amount\":-2300.00");
        JsonImportException e = catchThrowableOfType(JsonImportException.class, () -> importer.readParameters(json));
        assertThat(e.problems()).extracting(JsonProblem::path)
                .containsExactly("$.values[0].key", "$.values[0].since", "$.povertyLines[0]");
        assertThat(e.problems().get(2).message()).contains("amount must be positive");
    }

    @Test
    void aMissingParameterIsNamed() throws Exception {
        PolicyParameters national = PolicyParameters.national();
        String json = mapper.writeValueAsString(national);
        String withoutNotice = json.replaceFirst("\\{\"key\":\"NOTICE_DAYS\"[^}]*},", "");
        JsonImportException e = catchThrowableOfType(JsonImportException.class,
                () -> importer.readParameters(withoutNotice));
        assertThat(e.problems()).containsExactly(new JsonProblem("$.values", "no value for [NOTICE_DAYS]"));
    }

    @Test
    void povertyLinesAreWrittenAsMoneyWithTheirSource() throws Exception {
        PovertyLine line = PolicyParameters.national().getPovertyLines().get(0);
        assertThat(mapper.writeValueAsString(line)).startsWith("{\"year\":" + line.year() + ",\"amount\":"
                + line.amount() + ",\"source\":");
        assertThat(mapper.readValue(mapper.writeValueAsString(List.of(line)), PovertyLine[].class)[0]).isEqualTo(line);
    }
}
