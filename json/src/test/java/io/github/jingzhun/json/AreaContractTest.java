package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingzhun.AreaAssessment;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.exit.County;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The examples of the villages and counties sections of CONTRACT.md: each validates against its schema and reads as
 * the test resources do; the area decision is what the decision on them is.
 */
class AreaContractTest {

    private static final Pattern EXAMPLE = Pattern.compile("<!-- example: ([a-z-]+) -->\\s*```json\\n(.*?)```",
            Pattern.DOTALL);
    private final JsonImporter importer = JingzhunJson.importer();
    private final ObjectMapper mapper = importer.mapper();

    private static Map<String, String> examples() throws Exception {
        Map<String, String> examples = new LinkedHashMap<>();
        Matcher m = EXAMPLE.matcher(Files.readString(Path.of("CONTRACT.md"), StandardCharsets.UTF_8));
        while (m.find()) {
            examples.put(m.group(1), m.group(2));
        }
        return examples;
    }

    @Test
    void eachAreaExampleValidatesAgainstItsSchemaAndReadsAsTheTestResource() throws Exception {
        Map<String, String> examples = examples();

        assertThat(examples).containsKeys("village", "county", "benchmark", "area-decision");
        for (Map.Entry<String, String> e : examples.entrySet()) {
            ContractSchema schema = ContractSchema.valueOf(e.getKey().toUpperCase(java.util.Locale.ROOT)
                    .replace('-', '_'));
            assertThat(SchemaCheck.of(schema).violations(mapper.readTree(e.getValue()))).as(e.getKey()).isEmpty();
        }
        assertThat(importer.readVillage(examples.get("village")))
                .isEqualTo(importer.readVillage(TestResources.text("examples/village.json")));
        assertThat(importer.readCounty(examples.get("county")))
                .isEqualTo(importer.readCounty(TestResources.text("examples/county.json")));
        assertThat(importer.readBenchmark(examples.get("benchmark")))
                .isEqualTo(importer.readBenchmark(TestResources.text("examples/benchmark.json")));
    }

    @Test
    void theAreaDecisionExampleIsTheDecisionOnTheExamples() throws Exception {
        Map<String, String> examples = examples();
        County county = importer.readCounty(examples.get("county"));
        AreaAssessment areas = AreaAssessment.of(PovertyPolicy.national().parametersFor(Year.of(2019)),
                List.of(importer.readVillage(examples.get("village"))), List.of(county), List.of());
        areas.add(importer.readHousehold(TestResources.text("examples/household.json")));

        JsonNode actual = mapper.readTree(mapper.writeValueAsString(areas.counties().get(0)));
        JsonNode expected = mapper.readTree(examples.get("area-decision"));

        assertThat(ContractExamplesTest.differences(expected, actual, "$")).isEmpty();
        assertThat(actual).isEqualTo(expected);
    }
}
