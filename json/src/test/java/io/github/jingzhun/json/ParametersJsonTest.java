package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingzhun.Decision;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.area.ClimateZone;
import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.area.Geography;
import io.github.jingzhun.decision.PlainText;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.parameter.PovertyLine;
import io.github.jingzhun.parameter.RegionalLine;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Year;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
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
        String json = mapper.writeValueAsString(national)
                .replaceFirst("\"WATER_LITRES_MIN\",\"value\":60,", "\"WATER_LITRES_MIN\",\"value\":55,");
        JsonImportException e = catchThrowableOfType(JsonImportException.class, () -> importer.readParameters(json));
        int index = national.getValues().indexOf(national.getValues().stream()
                .filter(v -> v.key() == ParameterKey.WATER_LITRES_MIN).findFirst().orElseThrow());
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.values[" + index + "].reason");
            assertThat(p.message()).contains("WATER_LITRES_MIN").contains("must give a reason (IND-STD)");
        });
    }

    @Test
    void aLineDepartingFromTheNationalOneWithoutAReasonIsNamedAtTheLine() throws Exception {
        PolicyParameters national = PolicyParameters.national();
        String json = mapper.writeValueAsString(national).replace("\"amount\":3218.00,", "\"amount\":3800.00,");
        assertThat(json).contains("3800.00");
        JsonImportException e = catchThrowableOfType(JsonImportException.class, () -> importer.readParameters(json));
        int index = national.getPovertyLines().indexOf(national.getPovertyLines().stream()
                .filter(l -> l.year().getValue() == 2019).findFirst().orElseThrow());
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.povertyLines[" + index + "].reason");
            assertThat(p.message()).contains("line 2019").contains("must give a reason (IND-STD)");
        });
    }

    @Test
    void everyProblemOfAParameterFileIsReported() throws Exception {
        String json = mapper.writeValueAsString(PolicyParameters.national())
                .replaceFirst("\"key\":\"EDUCATION_AGE_MIN\"", "\"key\":\"EDUCATION_AGE_MINIMUM\"")
                .replaceFirst("\"since\":\"2006-09-01\"", "\"since\":\"2006-09\"")
                .replaceFirst("\"amount\":2300.00", "\"amount\":-2300.00");
        JsonImportException e = catchThrowableOfType(JsonImportException.class, () -> importer.readParameters(json));
        assertThat(e.problems()).extracting(JsonProblem::path)
                .containsExactly("$.values[0].key", "$.values[0].since", "$.povertyLines[0].amount");
        assertThat(e.problems().get(2).message()).isEqualTo("the line of 2010 must be positive");
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

    @Test
    @DisplayName("area codes are JSON strings in a parameter set, as in a household")
    void areaCodesAreStrings() throws Exception {
        String json = mapper.writeValueAsString(province());
        assertThat(json).contains("\"area\":\"52\"")
                .contains("\"deepPovertyAreas\":[\"5132\",\"5133\",\"5134\",\"513422\",\"5333\",\"5334\",\"54\",");
        assertThat(importer.readParameters(json).getRegionalLines().get(0).area()).isEqualTo(52);
        assertThat(importer.readParameters(json).getGeography().getDeepPovertyAreas()).contains(513422, 54);
    }

    @Test
    @DisplayName("a parameter set is written the same way whatever order its sets hold")
    void setsAreWrittenSorted() throws Exception {
        Geography reversed = Geography.builder()
                .withDeepPovertyAreas(new LinkedHashSet<>(List.of(6229, 5333, 54)))
                .withTreatedAsWestern(new LinkedHashSet<>(List.of(CountyCode.parse("433130"),
                        CountyCode.parse("422802"))))
                .withClimateZoneOverrides(new TreeMap<>(Map.of(CountyCode.parse("513401"), ClimateZone.NORTH,
                        CountyCode.parse("420102"), ClimateZone.SOUTH)).descendingMap())
                .build();
        Geography sorted = Geography.builder()
                .withDeepPovertyAreas(new LinkedHashSet<>(List.of(54, 5333, 6229)))
                .withTreatedAsWestern(new LinkedHashSet<>(List.of(CountyCode.parse("422802"),
                        CountyCode.parse("433130"))))
                .withClimateZoneOverrides(new TreeMap<>(Map.of(CountyCode.parse("513401"), ClimateZone.NORTH,
                        CountyCode.parse("420102"), ClimateZone.SOUTH)))
                .build();
        String json = mapper.writeValueAsString(reversed);
        assertThat(json).isEqualTo(mapper.writeValueAsString(sorted)).isEqualTo("{\"climateZoneOverrides\":"
                + "{\"420102\":\"SOUTH\",\"513401\":\"NORTH\"},\"deepPovertyAreas\":[\"5333\",\"54\",\"6229\"],"
                + "\"treatedAsWestern\":[\"422802\",\"433130\"]}");
        assertThat(mapper.readValue(json, Geography.class)).isEqualTo(reversed);
    }

    @Test
    @DisplayName("the national parameter set is written byte for byte the same every time")
    void theNationalSetIsWrittenTheSameWay() throws Exception {
        String json = mapper.writeValueAsString(PolicyParameters.national());
        PolicyParameters read = importer.readParameters(json);
        assertThat(mapper.writeValueAsString(read)).isEqualTo(json);
        assertThat(json).contains("\"deepPovertyAreas\":[\"5132\",\"5133\",\"5134\",\"513422\",\"5333\","
                + "\"5334\",\"54\",\"620623\",\"6229\",\"6230\",\"6322\",\"6323\",\"6325\",\"6326\",\"6327\","
                + "\"6328\",\"6529\",\"6530\",\"6531\",\"6532\"]");
    }

    @Test
    @DisplayName("an area code that is a number, or not of two, four or six digits, is refused with its path")
    void badAreaCodesAreRefusedWithTheirPaths() throws Exception {
        String json = mapper.writeValueAsString(province())
                .replace("\"area\":\"52\"", "\"area\":52")
                .replace("\"deepPovertyAreas\":[\"5132\",\"5133\",", "\"deepPovertyAreas\":[\"5132\",\"513\",");
        JsonImportException e = catchThrowableOfType(JsonImportException.class, () -> importer.readParameters(json));
        assertThat(e.problems()).containsExactly(
                new JsonProblem("$.regionalLines[0].area", "expected " + AreaCodes.EXPECTED),
                new JsonProblem("$.geography.deepPovertyAreas[1]", "must be an area code of two, four or six digits "
                        + "(GB/T 2260): a province, a prefecture or a county"));
    }

    @Test
    @DisplayName("a climate zone override is named at its county: a bad code, zone or null, each at its key")
    void aBadClimateZoneOverrideIsNamedAtItsKey() throws Exception {
        String json = mapper.writeValueAsString(PolicyParameters.national()).replace("\"climateZoneOverrides\":{}",
                "\"climateZoneOverrides\":{\"522727\":\"EAST\",\"52272\":\"NORTH\",\"522728\":null,"
                        + "\"110101199003074514\":\"SOUTH\",\"522729\":\"SOUTH\"}");
        JsonImportException e = catchThrowableOfType(JsonImportException.class, () -> importer.readParameters(json));
        String code = "must be a six-digit county code (GB/T 2260) of a mainland province, not ending in 00";
        assertThat(e.problems()).containsExactly(
                new JsonProblem("$.geography.climateZoneOverrides['522727']", "expected one of NORTH, SOUTH"),
                new JsonProblem("$.geography.climateZoneOverrides['52272']", code),
                new JsonProblem("$.geography.climateZoneOverrides['522728']", "must not be null"),
                new JsonProblem("$.geography.climateZoneOverrides[?]", code));
    }

    @Test
    @DisplayName("text that output prints (a set's name, a source, a reason) refuses a control character")
    void printedTextRefusesControlCharacters() throws Exception {
        String lines = mapper.writeValueAsString(province())
                .replaceFirst("(\"povertyLines\":\\[\\{[^}]*\"source\":\")", "$1\\\\u001b[31m")
                .replaceFirst("(\"regionalLines\":\\[\\{[^}]*\"reason\":\")", "$1line\\\\n");
        JsonImportException e = catchThrowableOfType(JsonImportException.class, () -> importer.readParameters(lines));
        assertThat(e.problems()).containsExactly(
                new JsonProblem("$.povertyLines[0].source", PlainText.PROBLEM),
                new JsonProblem("$.regionalLines[0].reason", PlainText.PROBLEM));
        String name = mapper.writeValueAsString(province())
                .replaceFirst("\"name\":\"([^\"]*)\"", "\"name\":\"$1\\\\u0000\"");
        JsonImportException n = catchThrowableOfType(JsonImportException.class, () -> importer.readParameters(name));
        assertThat(n.problems()).containsExactly(new JsonProblem("$.name", PlainText.PROBLEM));
        assertThat(e.getMessage() + n.getMessage()).doesNotContain("\u0000", "\u001b", "\n");
        String value = mapper.writeValueAsString(province())
                .replaceFirst("(\"values\":\\[\\{[^}]*\"source\":\")", "$1\\\\t");
        JsonImportException v = catchThrowableOfType(JsonImportException.class, () -> importer.readParameters(value));
        assertThat(v.problems()).containsExactly(new JsonProblem("$.values[0].source", PlainText.PROBLEM));
    }

    @Test
    @DisplayName("text that output prints (a set's name, a source, a reason) refuses a resident ID number")
    void printedTextRefusesAResidentIdNumber() throws Exception {
        String id = "522727198001011229";
        String json = mapper.writeValueAsString(province())
                .replaceFirst("(\"povertyLines\":\\[\\{[^}]*\"source\":\")", "$1" + id + " ")
                .replaceFirst("(\"regionalLines\":\\[\\{[^}]*\"reason\":\")", "$1by " + id + ", ");
        JsonImportException e = catchThrowableOfType(JsonImportException.class, () -> importer.readParameters(json));
        assertThat(e.problems()).containsExactly(
                new JsonProblem("$.povertyLines[0].source", PlainText.PERSONAL),
                new JsonProblem("$.regionalLines[0].reason", PlainText.PERSONAL));
        // the set's name is checked once its parts are read
        String name = mapper.writeValueAsString(province())
                .replaceFirst("\"name\":\"([^\"]*)\"", "\"name\":\"$1 " + id + "\"");
        JsonImportException n = catchThrowableOfType(JsonImportException.class, () -> importer.readParameters(name));
        assertThat(n.problems()).containsExactly(new JsonProblem("$.name", PlainText.PERSONAL));
        assertThat(e.getMessage() + n.getMessage()).doesNotContain(id);
        // fifteen digits in a row could be a number of the first card; fourteen could not
        assertThat(catchThrowableOfType(JsonImportException.class, () -> importer.readParameters(
                name.replace(id, "110105491231002"))).problems()).containsExactly(
                        new JsonProblem("$.name", PlainText.PERSONAL));
        assertThat(importer.readParameters(name.replace(id, "52272719800101")).getName())
                .endsWith(" 52272719800101");
    }

    @Test
    void aRegionalLineBelowTheNationalOneIsOneProblemAtItsAmount() throws Exception {
        String json = mapper.writeValueAsString(province()).replace("\"amount\":3300.00", "\"amount\":3000.00");
        JsonImportException e = catchThrowableOfType(JsonImportException.class, () -> importer.readParameters(json));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.regionalLines[0].amount");
            assertThat(p.message()).isEqualTo("the line of 52 for 2019 is below the national line 3218.00, and a "
                    + "province or city may only set a higher line (ID-STD)");
        });
    }

    @Test
    void aValueOutOfItsRangeIsAProblemAtThatValue() throws Exception {
        String json = mapper.writeValueAsString(province()).replaceFirst(
                "(\"key\":\"WATER_LITRES_MIN\",\"value\":)50(,\"since\":\"[0-9-]+\",\"source\":\"provincial)",
                "$1-5$2");
        assertThat(json).contains("\"value\":-5,");
        JsonImportException e = catchThrowableOfType(JsonImportException.class, () -> importer.readParameters(json));
        assertThat(e.problems()).extracting(JsonProblem::path).singleElement().asString()
                .matches("\\$\\.values\\[\\d+\\]\\.value");
    }

    @Test
    @DisplayName("a regional line for a county code is refused: a province or a city sets a line")
    void aRegionalLineOfACountyIsRefused() throws Exception {
        String json = mapper.writeValueAsString(province()).replace("\"area\":\"52\"", "\"area\":\"522727\"");
        JsonImportException e = catchThrowableOfType(JsonImportException.class, () -> importer.readParameters(json));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.regionalLines[0].area");
            assertThat(p.message()).isEqualTo("a regional line's area must be a mainland province's code or one of "
                    + "its prefectures', not 522727");
        });
    }

    @Test
    @DisplayName("the written parameter sets validate against the shipped schema; a numeric area code does not")
    void theSchemaWantsAreaCodesAsStrings() throws Exception {
        SchemaCheck schema = SchemaCheck.of(ContractSchema.PARAMETERS);
        String json = mapper.writeValueAsString(province());
        assertThat(schema.violations(mapper.readTree(json))).isEmpty();
        assertThat(schema.violations(mapper.readTree(json.replace("\"area\":\"52\"", "\"area\":52"))))
                .anyMatch(v -> v.startsWith("$.regionalLines[0].area"));
    }
}
