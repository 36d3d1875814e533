package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingzhun.AreaAssessment;
import io.github.jingzhun.CountyDecision;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.VillageDecision;
import io.github.jingzhun.area.ProvinceCode;
import io.github.jingzhun.area.Village;
import io.github.jingzhun.area.VillageCode;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.exit.County;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.identification.ProvincialBenchmark;
import io.github.jingzhun.money.Yuan;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The decisions on villages and counties as JSON: every case written validates against area-decision.schema.json. */
class AreaDecisionJsonTest {

    private static final Year Y2019 = Year.of(2019);
    private final JsonImporter importer = JingzhunJson.importer();
    private final ObjectMapper mapper = importer.mapper();

    /** The worked village and county of the examples, a village without households and one without a record. */
    private AreaAssessment assessment(List<ProvincialBenchmark> benchmarks) throws Exception {
        Village village = importer.readVillage(ContractDocument.example("village"));
        Village empty = Village.builder().withCode(VillageCode.parse("522727101202")).build();
        County county = importer.readCounty(ContractDocument.example("county"));
        AreaAssessment a = AreaAssessment.of(PovertyPolicy.national().parametersFor(Y2019), List.of(village, empty),
                List.of(county), benchmarks);
        Household worked = importer.readHousehold(ContractDocument.workedHousehold());
        a.add(worked);
        a.add(importer.readHousehold(ContractDocument.workedHousehold()
                .replace("\"village\": \"522727101201\"", "\"village\": \"522727101209\"")));
        a.add(importer.readHousehold(ContractDocument.workedHousehold()
                .replace("\"county\": \"522727\", \"village\": \"522727101201\"", "\"county\": \"621126\"")));
        return a;
    }

    private List<JsonNode> written(AreaAssessment a) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (VillageDecision v : a.villages()) {
            lines.add(mapper.readTree(mapper.writeValueAsString(v)));
        }
        for (CountyDecision c : a.counties()) {
            lines.add(mapper.readTree(mapper.writeValueAsString(c)));
        }
        return lines;
    }

    @Test
    void everyDecisionWrittenValidatesAgainstTheSchema() throws Exception {
        ProvincialBenchmark published = importer.readBenchmark(ContractDocument.example("benchmark"));
        for (List<ProvincialBenchmark> benchmarks : List.of(List.<ProvincialBenchmark>of(), List.of(published))) {
            List<JsonNode> lines = written(assessment(benchmarks));
            assertThat(lines).hasSize(3 + 2);
            for (JsonNode line : lines) {
                assertThat(SchemaCheck.of(ContractSchema.AREA_DECISION).violations(line)).as(line.toString())
                        .isEmpty();
            }
        }
    }

    @Test
    void aVillageDecisionCarriesItsCountsDecisionsAndFacilities() throws Exception {
        JsonNode v = written(assessment(List.of())).get(0);

        assertThat(v.get("village").asText()).isEqualTo("522727101201");
        assertThat(v.get("county").asText()).isEqualTo("522727");
        assertThat(v.get("onRecord").asBoolean()).isTrue();
        assertThat(v.get("status").asText()).isEqualTo("REGISTERED");
        assertThat(v.get("households").asLong()).isEqualTo(1);
        assertThat(v.get("persons").asLong()).isEqualTo(2);
        assertThat(v.get("incidence").get("population").asLong()).isEqualTo(1260);
        assertThat(v.get("incidence").get("percent").decimalValue()).isEqualTo(new BigDecimal("0.16"));
        assertThat(v.get("identification").get("benchmark").get("published").asBoolean()).isFalse();
        assertThat(v.get("identification").get("perCapitaIncome").decimalValue()).isEqualTo(new BigDecimal("3200.00"));
        assertThat(v.get("exit").get("eligible").asBoolean()).isTrue();
        assertThat(v.get("exit").get("facilities").get("safeWater").asBoolean()).isFalse();
        assertThat(v.get("exit").get("facilities").get("collectiveIncome").decimalValue())
                .isEqualTo(new BigDecimal("0.00"));
        assertThat(v.get("audit").get(0).get("rule").asText()).isEqualTo("AUD-8");
        assertThat(v.get("findings").get(0).get("rule").asText()).isEqualTo("ST-1");
        assertThat(v.toString()).doesNotContain("Wang Fang", "522727198001011229");
    }

    @Test
    void villagesThatCannotBeDecidedAreWrittenWithNullsAndTheReason() throws Exception {
        List<JsonNode> lines = written(assessment(List.of()));
        JsonNode empty = lines.get(1);
        JsonNode unknown = lines.get(2);

        assertThat(empty.get("village").asText()).isEqualTo("522727101202");
        assertThat(empty.get("incidence").isNull()).isTrue();
        assertThat(empty.get("identification").isNull()).isTrue();
        assertThat(empty.get("exit").isNull()).isTrue();
        assertThat(empty.get("findings").get(0).get("passed").asBoolean()).isFalse();
        assertThat(unknown.get("village").asText()).isEqualTo("522727101209");
        assertThat(unknown.get("onRecord").asBoolean()).isFalse();
        assertThat(unknown.get("status").isNull()).isTrue();
        assertThat(unknown.get("households").asLong()).isEqualTo(1);
        assertThat(unknown.get("findings").get(0).get("message").asText()).startsWith("No valid record of village");
    }

    @Test
    void aCountyDecisionCarriesTheEvaluationRatesRemainingStepsAndItsReasons() throws Exception {
        List<JsonNode> lines = written(assessment(List.of()));
        JsonNode pingtang = lines.get(3);
        JsonNode min = lines.get(4);

        assertThat(pingtang.get("county").asText()).isEqualTo("522727");
        assertThat(pingtang.has("village")).isFalse();
        assertThat(pingtang.get("designated").asBoolean()).isTrue();
        assertThat(pingtang.get("applicationYear").asInt()).isEqualTo(2019);
        assertThat(pingtang.get("exitYear").isNull()).isTrue();
        assertThat(pingtang.get("villages").asLong()).isEqualTo(2);
        assertThat(pingtang.get("households").asLong()).isEqualTo(2);
        JsonNode exit = pingtang.get("exit");
        assertThat(exit.get("eligible").asBoolean()).isTrue();
        assertThat(exit.get("evaluation").get("wrongExitPercent").decimalValue()).isEqualTo(new BigDecimal("0.50"));
        assertThat(exit.get("evaluation").get("recognitionPercent").decimalValue()).isEqualTo(new BigDecimal("95.00"));
        assertThat(exit.get("remainingSteps")).extracting(JsonNode::asText).containsExactly("PROVINCIAL_ANNOUNCEMENT");
        assertThat(exit.get("transitionEnd").isNull()).isTrue();
        assertThat(exit.get("findings")).extracting(f -> f.get("rule").asText())
                .containsExactly("EX-C-1", "EX-C-2", "ST-4", "ST-4", "ST-4", "EX-C-3");
        assertThat(min.get("onRecord").asBoolean()).isFalse();
        assertThat(min.get("exit").get("evaluation").isNull()).isTrue();
        assertThat(min.get("exit").get("eligible").asBoolean()).isFalse();
    }

    @Test
    void ruleIdsOfTheAreaDecisionSchemaAreTheRules() {
        JsonNode finding = SchemaCheck.of(ContractSchema.AREA_DECISION).root().get("$defs").get("finding");
        Set<String> ids = new HashSet<>();
        finding.get("properties").get("rule").get("enum").forEach(n -> ids.add(n.asText()));
        assertThat(ids).isEqualTo(Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.toSet()));
        assertThat(finding.get("properties").fieldNames()).toIterable()
                .containsExactlyInAnyOrderElementsOf(FindingCodec.FIELDS);
    }

    @Test
    void theBenchmarkSchemaHasTheFieldsTheCodecReads() {
        Set<String> fields = new TreeSet<>();
        SchemaCheck.of(ContractSchema.BENCHMARK).root().get("properties").fieldNames().forEachRemaining(fields::add);
        assertThat(fields).isEqualTo(new TreeSet<>(BenchmarkCodec.FIELDS));
        Set<String> inDecision = new TreeSet<>();
        SchemaCheck.of(ContractSchema.AREA_DECISION).root().get("$defs").get("benchmark").get("properties")
                .fieldNames().forEachRemaining(inDecision::add);
        fields.remove(SchemaVersion.FIELD);
        assertThat(inDecision).isEqualTo(fields);
    }

    @Test
    void aPublishedBenchmarkIsWrittenWithItsSource() throws Exception {
        ProvincialBenchmark published = ProvincialBenchmark.published(ProvinceCode.of(52), Y2019,
                new BigDecimal("0.85"), Yuan.parse("10756.30"), "yearbook");
        JsonNode v = written(assessment(List.of(published))).get(0);

        JsonNode benchmark = v.get("identification").get("benchmark");
        assertThat(benchmark.get("published").asBoolean()).isTrue();
        assertThat(benchmark.get("source").asText()).isEqualTo("yearbook");
        assertThat(benchmark.get("ruralIncidencePercent").decimalValue()).isEqualTo(new BigDecimal("0.85"));
    }
}
