package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingzhun.AreaAssessment;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.exit.County;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The area decision of json/CONTRACT.md is the decision on its village, county and worked household; the other
 * examples are checked, like every example, by {@link ContractDocumentTest}.
 */
class AreaContractTest {

    private final JsonImporter importer = JingzhunJson.importer();
    private final ObjectMapper mapper = importer.mapper();

    @Test
    void theAreaDecisionExampleIsTheDecisionOnTheExamples() throws Exception {
        County county = importer.readCounty(ContractDocument.example("county"));
        AreaAssessment areas = AreaAssessment.of(PovertyPolicy.national().parametersFor(Year.of(2019)),
                List.of(importer.readVillage(ContractDocument.example("village"))), List.of(county), List.of());
        areas.add(importer.readHousehold(ContractDocument.workedHousehold()));

        JsonNode actual = mapper.readTree(mapper.writeValueAsString(areas.counties().get(0)));
        JsonNode expected = mapper.readTree(ContractDocument.example("area-decision"));

        assertThat(ContractDocumentTest.differences(expected, actual, "$")).isEmpty();
        assertThat(actual).isEqualTo(expected);
    }
}
