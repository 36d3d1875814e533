package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jingzhun.area.ProvinceCode;
import io.github.jingzhun.area.Village;
import io.github.jingzhun.area.VillageCode;
import io.github.jingzhun.area.VillageState;
import io.github.jingzhun.decision.PlainText;
import io.github.jingzhun.exit.County;
import io.github.jingzhun.identification.Incidence;
import io.github.jingzhun.identification.ProvincialBenchmark;
import io.github.jingzhun.json.stream.NdjsonLine;
import io.github.jingzhun.json.stream.NdjsonReader;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.procedure.Step;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingConsumer;

/** Villages, counties and provinces' benchmarks over JSON: read strictly, every problem with its path. */
class AreaJsonTest {

    private static final String VILLAGE = ContractDocument.example("village");
    private static final String COUNTY = ContractDocument.example("county");
    private static final String BENCHMARK = ContractDocument.example("benchmark");
    private final JsonImporter importer = JingzhunJson.importer();
    private final ObjectMapper mapper = importer.mapper();

    private static List<JsonProblem> problems(ThrowingConsumer<String> reader, String json) {
        JsonImportException e = catchThrowableOfType(JsonImportException.class, () -> reader.accept(json));
        assertThat(e).as("refused: %s", json).isNotNull();
        return e.problems();
    }

    @Test
    void theVillageExampleReadsAsTheVillage() throws Exception {
        Village v = importer.readVillage(VILLAGE);

        assertThat(v.getCode()).isEqualTo(VillageCode.parse("522727101201"));
        assertThat(v.getStatus().getState()).isEqualTo(VillageState.REGISTERED);
        assertThat(v.getStatus().getRegisteredOn()).isEqualTo(LocalDate.of(2014, 6, 30));
        assertThat(v.isRegisteredPoor()).isTrue();
        assertThat(v.getRuralPopulation()).isEqualTo(1260);
        assertThat(v.getCollectiveIncome()).isEqualTo(Yuan.ZERO);
        assertThat(v.isHardenedRoad() && v.isElectricity() && v.isClinic() && v.isFirstSecretary()).isTrue();
        assertThat(v.isSafeWater() || v.isWorkingTeam()).isFalse();
    }

    @Test
    void aVillageRoundTripsSchemaVersionFirstAndValidates() throws Exception {
        Village v = importer.readVillage(VILLAGE);

        String written = mapper.writeValueAsString(v);

        assertThat(written).startsWith("{\"schemaVersion\":1,").doesNotContain("registeredPoor")
                .contains("\"collectiveIncome\":0.00");
        assertThat(importer.readVillage(written)).isEqualTo(v);
        assertThat(SchemaCheck.of(ContractSchema.VILLAGE).violations(mapper.readTree(written))).isEmpty();
        assertThat(SchemaCheck.of(ContractSchema.VILLAGE).violations(mapper.readTree(VILLAGE))).isEmpty();
    }

    @Test
    void aByteOrderMarkBeforeAnAreaRecordIsSkippedAsBeforeAHousehold() throws Exception {
        assertThat(importer.readVillage("\uFEFF" + VILLAGE)).isEqualTo(importer.readVillage(VILLAGE));
        assertThat(importer.readCounty("\uFEFF" + COUNTY)).isEqualTo(importer.readCounty(COUNTY));
        assertThat(importer.readBenchmark("\uFEFF" + BENCHMARK)).isEqualTo(importer.readBenchmark(BENCHMARK));
    }

    @Test
    void aMinimalVillageIsItsCode() throws Exception {
        Village v = importer.readVillage("{\"code\": \"522727101201\"}");

        assertThat(v).isEqualTo(Village.builder().withCode(VillageCode.parse("522727101201")).build());
        assertThat(v.getStatus().getState()).isEqualTo(VillageState.NOT_REGISTERED);
    }

    @Test
    void everyProblemOfAVillageIsReportedWithItsPath() {
        String json = VILLAGE.replace("\"code\": \"522727101201\"", "\"code\": \"52272710120\"")
                .replace("\"ruralPopulation\": 1260", "\"ruralPopulation\": \"1260\"")
                .replace("\"clinic\": true", "\"clinic\": 1")
                .replace("\"state\": \"REGISTERED\"", "\"state\": \"POOR\"");

        assertThat(problems(importer::readVillage, json)).extracting(JsonProblem::path).containsExactlyInAnyOrder(
                "$.code", "$.ruralPopulation", "$.clinic", "$.status.state");
    }

    @Test
    void checksAcrossFieldsOfAVillageNameTheirField() {
        assertThat(problems(importer::readVillage, VILLAGE.replace("\"state\": \"REGISTERED\"", "\"state\": \"EXITED\"")))
                .containsExactly(new JsonProblem("$.status.exitedOn", "required for state EXITED"));
        assertThat(problems(importer::readVillage, VILLAGE.replace("1260", "0").replace("\"collectiveIncome\": 0.00",
                "\"collectiveIncome\": -0.01"))).containsExactlyInAnyOrder(
                        new JsonProblem("$.ruralPopulation", "must be positive, not 0"),
                        new JsonProblem("$.collectiveIncome", "must not be negative"));
        assertThat(problems(importer::readVillage, "{\"schemaVersion\": 1}"))
                .containsExactly(new JsonProblem("$.code", "is required"));
        assertThat(problems(importer::readVillage, VILLAGE.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2")))
                .containsExactly(new JsonProblem("$.schemaVersion",
                        "unsupported schema version; this reader supports schema version 1"));
        for (String notAnInteger : new String[] {"\"1\"", "1.0", "1e0", "true", "[1]"}) {
            assertThat(problems(importer::readVillage, VILLAGE.replace("\"schemaVersion\": 1",
                    "\"schemaVersion\": " + notAnInteger)))
                    .containsExactly(new JsonProblem("$.schemaVersion", "expected a JSON integer"));
        }
    }

    @Test
    void aVillagesOwnChecksAreReportedBesideABadStatus() {
        String json = VILLAGE.replace("\"state\": \"REGISTERED\"", "\"state\": \"EXITED\"").replace("1260", "0")
                .replace("\"collectiveIncome\": 0.00", "\"collectiveIncome\": -0.01");
        assertThat(problems(importer::readVillage, json)).containsExactlyInAnyOrder(
                new JsonProblem("$.status.exitedOn", "required for state EXITED"),
                new JsonProblem("$.ruralPopulation", "must be positive, not 0"),
                new JsonProblem("$.collectiveIncome", "must not be negative"));
        // beside a bad or missing code too: a valid one stands in for it, as no check reads it
        for (String code : new String[] {"\"52272710120\"", "5", "null"}) {
            assertThat(problems(importer::readVillage, json.replace("\"code\": \"522727101201\"",
                    "\"code\": " + code))).as(code).extracting(JsonProblem::path)
                    .containsExactlyInAnyOrder("$.code", "$.status.exitedOn", "$.collectiveIncome", "$.ruralPopulation");
        }
        // beside a bad field of its own, too: a field left out is as if absent, and no check reads another
        String badRoad = VILLAGE.replace("\"hardenedRoad\": true", "\"hardenedRoad\": \"yes\"").replace("1260", "0")
                .replace("\"collectiveIncome\": 0.00", "\"collectiveIncome\": -0.01");
        assertThat(problems(importer::readVillage, badRoad)).extracting(JsonProblem::path)
                .containsExactlyInAnyOrder("$.hardenedRoad", "$.ruralPopulation", "$.collectiveIncome");
    }

    @Test
    void aCountysStepOfAnotherProcedureIsSaidBesideABadStep() throws Exception {
        ObjectNode county = (ObjectNode) mapper.readTree(COUNTY);
        ((ObjectNode) county.get("exitProcedure").get(0)).remove("actor");
        ((ObjectNode) county.get("exitProcedure").get(1)).put("step", "FILED");
        assertThat(problems(importer::readCounty, county.toString())).containsExactlyInAnyOrder(
                new JsonProblem("$.exitProcedure[0].actor", "is required"),
                new JsonProblem("$.exitProcedure[1].step", "FILED is not a step of COUNTY_EXIT, whose steps are "
                        + "[COUNTY_APPLICATION, CITY_REVIEW, PROVINCIAL_VERIFICATION, PUBLIC_NOTICE, "
                        + "PROVINCIAL_ANNOUNCEMENT]"));
    }

    @Test
    void aCountysStepTextIsCheckedBesideABadStep() throws Exception {
        ObjectNode county = (ObjectNode) mapper.readTree(COUNTY);
        ((ObjectNode) county.get("exitProcedure").get(0)).put("actor", " ").put("rejection", "\udc00");
        ((ObjectNode) county.get("exitProcedure").get(1)).put("date", "2018-13-01");
        assertThat(problems(importer::readCounty, county.toString())).extracting(JsonProblem::path)
                .containsExactlyInAnyOrder("$.exitProcedure[0].actor", "$.exitProcedure[0].rejection",
                        "$.exitProcedure[1].date");
    }

    @Test
    void aCountysStepTextWithALoneSurrogateIsRefusedAsItCouldNotBeWrittenBack() throws Exception {
        ObjectNode county = (ObjectNode) mapper.readTree(COUNTY);
        ((ObjectNode) county.get("exitProcedure").get(0)).put("actor", "county\ud800");
        assertThat(problems(importer::readCounty, county.toString())).containsExactly(new JsonProblem(
                "$.exitProcedure[0].actor", "must be valid Unicode: no lone surrogate (half of a surrogate pair)"));
    }

    @Test
    void aCountysStepActorHoldingAnIdNumberIsOneProblemAtItsPathWhateverElseIsWrong() throws Exception {
        ObjectNode county = (ObjectNode) mapper.readTree(COUNTY);
        ((ObjectNode) county.get("exitProcedure").get(0)).put("actor", "522727198001011229");
        JsonProblem personal = new JsonProblem("$.exitProcedure[0].actor", PlainText.PERSONAL);
        assertThat(problems(importer::readCounty, county.toString())).containsExactly(personal);
        ((ObjectNode) county.get("exitProcedure").get(1)).put("date", "2018-13-01");
        assertThat(problems(importer::readCounty, county.toString())).contains(personal)
                .extracting(JsonProblem::path).containsExactlyInAnyOrder("$.exitProcedure[0].actor",
                        "$.exitProcedure[1].date");
    }

    @Test
    void aCountysOwnChecksAreReportedBesideABadStepOrSample() {
        String json = COUNTY.replace("\"exitYear\": null", "\"exitYear\": 2018")
                .replace("\"step\": \"CITY_REVIEW\"", "\"step\": \"CITY_REVIEWED\"")
                .replace("\"missedPersons\": 12", "\"missedPersons\": 2401");
        assertThat(problems(importer::readCounty, json)).extracting(JsonProblem::path).containsExactlyInAnyOrder(
                "$.exitProcedure[1].step", "$.evaluation.missedPersons", "$.exitYear");
        assertThat(problems(importer::readCounty, json)).filteredOn(p -> p.path().equals("$.exitYear"))
                .extracting(JsonProblem::message).containsExactly("must not be before applicationYear");
        for (String code : new String[] {"\"52272\"", "5", "null"}) {
            assertThat(problems(importer::readCounty, json.replace("\"code\": \"522727\"", "\"code\": " + code)))
                    .as(code).extracting(JsonProblem::path).containsExactlyInAnyOrder("$.code",
                            "$.exitProcedure[1].step", "$.evaluation.missedPersons", "$.exitYear");
        }
        // A bad "designated" is not read as false: the years, checked against it, are left out with it; the
        // county's other checks are still reported.
        String undesignated = COUNTY.replace("\"designated\": true", "\"designated\": \"yes\"");
        assertThat(problems(importer::readCounty, undesignated)).extracting(JsonProblem::path)
                .containsExactly("$.designated");
        assertThat(problems(importer::readCounty, undesignated.replace("286000", "0"))).containsExactlyInAnyOrder(
                new JsonProblem("$.designated", "expected true or false"),
                new JsonProblem("$.ruralPopulation", "must be positive, not 0"));
        assertThat(problems(importer::readCounty, COUNTY.replace("\"applicationYear\": 2019",
                "\"applicationYear\": 99999").replace("286000", "-3"))).extracting(JsonProblem::path)
                .containsExactlyInAnyOrder("$.applicationYear", "$.ruralPopulation");
    }

    @Test
    void aCountPastWhatItHoldsNamesTheMost() throws Exception {
        assertThat(problems(importer::readVillage, VILLAGE.replace("1260", "2147483648"))).singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("$.ruralPopulation"))
                .extracting(JsonProblem::message).asString().startsWith("number out of range (at most 2147483647)");
        assertThat(problems(importer::readVillage, VILLAGE.replace("1260", "-2147483649"))).singleElement()
                .extracting(JsonProblem::message).asString().startsWith("number out of range (at least -2147483648)");
        assertThat(importer.readVillage(VILLAGE.replace("1260", "2147483647")).getRuralPopulation())
                .isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void unknownFieldsAreErrorsUnlessTolerated() throws Exception {
        String json = VILLAGE.replace("\"clinic\"", "\"school\": true, \"clinic\"")
                .replace("\"registeredOn\"", "\"by\": \"county\", \"registeredOn\"");

        assertThat(problems(importer::readVillage, json)).containsExactlyInAnyOrder(
                new JsonProblem("$.school", "unknown field"), new JsonProblem("$.status.by", "unknown field"));
        JsonImporter tolerant = JingzhunJson.importer(JsonOptions.defaults().withTolerateUnknownFields(true));
        assertThat(tolerant.readVillage(json)).isEqualTo(importer.readVillage(VILLAGE));
        assertThat(problems(tolerant::readCounty, COUNTY.replace("\"designated\": true", "\"designated\": true, "
                + "\"x\": 1, \"x\": 2"))).extracting(JsonProblem::message).anyMatch(m -> m.contains("duplicate"));
    }

    @Test
    void theCountyExampleReadsAndRoundTrips() throws Exception {
        County c = importer.readCounty(COUNTY);

        assertThat(c.getCode().code()).isEqualTo(522727);
        assertThat(c.isDesignated()).isTrue();
        assertThat(c.getApplicationYear()).isEqualTo(Year.of(2019));
        assertThat(c.getExitYear()).isNull();
        assertThat(c.getEvaluation().getHouseholdsRecognising()).isEqualTo(760);
        assertThat(c.getExitProcedure()).hasSize(4);
        assertThat(c.getExitProcedure().get(3).step()).isEqualTo(Step.PUBLIC_NOTICE);
        assertThat(c.getExitProcedure().get(3).postedOn()).isEqualTo(LocalDate.of(2019, 10, 8));
        String written = mapper.writeValueAsString(c);
        assertThat(written).startsWith("{\"schemaVersion\":1,\"code\":\"522727\"");
        assertThat(importer.readCounty(written)).isEqualTo(c);
        assertThat(SchemaCheck.of(ContractSchema.COUNTY).violations(mapper.readTree(written))).isEmpty();
        assertThat(SchemaCheck.of(ContractSchema.COUNTY).violations(mapper.readTree(COUNTY))).isEmpty();
    }

    @Test
    void everyProblemOfACountyIsReportedWithItsPath() {
        String json = COUNTY.replace("\"wronglyExitedPersons\": 6", "\"wronglyExitedPersons\": 1201")
                .replace("\"step\": \"CITY_REVIEW\"", "\"step\": \"CITY\"")
                .replace("\"date\": \"2019-03-01\", ", "")
                .replace("\"applicationYear\": 2019", "\"applicationYear\": 19");

        assertThat(problems(importer::readCounty, json)).extracting(JsonProblem::path).containsExactlyInAnyOrder(
                "$.evaluation.wronglyExitedPersons", "$.exitProcedure[1].step", "$.exitProcedure[0].date",
                "$.applicationYear");
    }

    @Test
    void checksAcrossFieldsOfACountyNameTheirField() {
        assertThat(problems(importer::readCounty, COUNTY.replace("\"designated\": true", "\"designated\": false")))
                .containsExactly(new JsonProblem("$.applicationYear",
                        "only a designated poverty county applies to exit and exits"));
        assertThat(problems(importer::readCounty, COUNTY.replace("\"exitYear\": null", "\"exitYear\": 2018")))
                .containsExactly(new JsonProblem("$.exitYear", "must not be before applicationYear"));
        assertThat(problems(importer::readCounty, COUNTY.replace("\"householdsSurveyed\": 800",
                "\"householdsSurveyed\": 0"))).extracting(JsonProblem::path).containsExactlyInAnyOrder(
                        "$.evaluation.householdsSurveyed", "$.evaluation.householdsRecognising");
        assertThat(problems(importer::readCounty, COUNTY.replace("\"missedPersons\": 12,", "")))
                .containsExactly(new JsonProblem("$.evaluation.missedPersons", "is required"));
    }

    @Test
    void aBenchmarkReadsAsPublishedFiguresAndRoundTrips() throws Exception {
        ProvincialBenchmark b = importer.readBenchmark(BENCHMARK);

        assertThat(b.province()).isEqualTo(ProvinceCode.of(52));
        assertThat(b.year()).isEqualTo(Year.of(2019));
        assertThat(b.ruralIncidencePercent()).isEqualTo(new BigDecimal("0.85"));
        assertThat(b.ruralPerCapitaIncome()).isEqualTo(Yuan.parse("10756.30"));
        assertThat(b.isPublished()).isTrue();
        String written = mapper.writeValueAsString(b);
        assertThat(written).isEqualTo("{\"schemaVersion\":1,\"province\":\"52\",\"year\":2019,"
                + "\"ruralIncidencePercent\":0.85,\"ruralPerCapitaIncome\":10756.30,"
                + "\"source\":\"Guizhou statistical yearbook 2020 (illustrative figures)\"}");
        assertThat(importer.readBenchmark(written)).isEqualTo(b);
        assertThat(SchemaCheck.of(ContractSchema.BENCHMARK).violations(mapper.readTree(written))).isEmpty();
    }

    @Test
    void computedFiguresAreWrittenAsSuchAndNeverReadBackAsPublished() throws Exception {
        ProvincialBenchmark computed = ProvincialBenchmark.fromRegistry(ProvinceCode.of(52), Year.of(2019),
                new Incidence(1, 4), Yuan.of(100), 4);

        String written = mapper.writeValueAsString(computed);

        assertThat(written).endsWith(",\"published\":false}");
        assertThat(SchemaCheck.of(ContractSchema.BENCHMARK).violations(mapper.readTree(written))).isNotEmpty();
        assertThat(problems(importer::readBenchmark, written)).containsExactly(new JsonProblem("$.published",
                "figures computed from the registry are not read as a province's published benchmark"));
    }

    @Test
    void everyProblemOfABenchmarkIsReportedWithItsPath() {
        String json = "{\"province\": \"71\", \"year\": 1899, \"ruralIncidencePercent\": \"1\", \"source\": 3, "
                + "\"extra\": true}";

        assertThat(problems(importer::readBenchmark, json)).extracting(JsonProblem::path).containsExactlyInAnyOrder(
                "$.province", "$.year", "$.ruralIncidencePercent", "$.ruralPerCapitaIncome", "$.source", "$.extra");
        assertThat(problems(importer::readBenchmark, BENCHMARK.replace("0.85", "100.5")))
                .containsExactly(new JsonProblem("$.ruralIncidencePercent", "must be between 0 and 100"));
        // each figure is checked beside another field's problem
        assertThat(problems(importer::readBenchmark, BENCHMARK.replace("0.85", "200").replace("10756.30", "-1")
                .replace("\"Guizhou statistical yearbook 2020 (illustrative figures)\"", "5")))
                .extracting(JsonProblem::path).containsExactlyInAnyOrder("$.ruralIncidencePercent",
                        "$.ruralPerCapitaIncome", "$.source");
        assertThat(problems(importer::readBenchmark, BENCHMARK.replace("\"schemaVersion\": 1",
                "\"schemaVersion\": 2"))).extracting(JsonProblem::path).containsExactly("$.schemaVersion");
    }

    @Test
    void ndjsonReadersReadOneRecordOrItsProblemsPerLine() throws Exception {
        String lines = "{\"code\": \"522727101201\"}\n{\"code\": \"522727\"}\n\n";

        try (NdjsonReader<Village> villages = NdjsonReader.villages(importer, new StringReader(lines))) {
            assertThat(villages.next().get().getCode().toString()).isEqualTo("522727101201");
            NdjsonLine<Village> bad = villages.next();
            assertThat(bad.number()).isEqualTo(2);
            assertThat(bad.problems()).extracting(JsonProblem::path).containsExactly("$.code");
            assertThat(villages.next().problems()).extracting(JsonProblem::message)
                    .containsExactly("empty line; each line holds one JSON document");
            assertThat(villages.next()).isNull();
        }
        try (NdjsonReader<County> counties =
                NdjsonReader.counties(importer, new StringReader("{\"code\": \"522727\"}\n"))) {
            assertThat(counties.next().get().isDesignated()).isFalse();
        }
        try (NdjsonReader<ProvincialBenchmark> benchmarks = NdjsonReader.benchmarks(importer, new StringReader(
                BENCHMARK.replace("\n", " ")))) {
            assertThat(benchmarks.next().get().source()).contains("yearbook");
        }
    }
}
