package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jingzhun.Decision;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Sex;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonImporterTest {

    private static final String HOUSEHOLD = ContractDocument.workedHousehold();
    private final JsonImporter importer = JingzhunJson.importer();

    private static final String NOT_A_VALUE =
            "not a JSON value (text is in double quotes; true, false and null in lower case)";

    private List<JsonProblem> problems(JsonImporter reader, String json) {
        JsonImportException e = catchThrowableOfType(JsonImportException.class, () -> reader.readHousehold(json));
        assertThat(e).as("refused").isNotNull();
        return e.problems();
    }

    @Test
    void everyProblemOfARecordIsReportedAtOnceWithItsPath() {
        String json = HOUSEHOLD.replace("\"1980-01-01\"", "\"1980-01-32\"").replace("\"MALE\"", "\"BOY\"")
                .replace("\"wage\": 3000.00", "\"wage\": -1").replace("\"litresPerPersonPerDay\": 70",
                        "\"litresPerPersonPerDay\": \"70\"");
        assertThat(problems(importer, json)).extracting(JsonProblem::path).containsExactlyInAnyOrder(
                "$.members[0].birthDate", "$.members[1].sex", "$.income[0].wage",
                "$.conditions.water.litresPerPersonPerDay");
    }

    @Test
    void problemsOfTwoMembersAreBothReported() {
        String json = HOUSEHOLD.replace("\"sex\": \"FEMALE\"", "\"sex\": \"MALE\"")
                .replace("\"2010-05-05\"", "\"2010-05-06\"");
        assertThat(problems(importer, json)).extracting(JsonProblem::toString).containsExactly(
                "$.members[0].idNumber: sex digit of the ID number disagrees with the sex given (AUD-2)",
                "$.members[1].idNumber: birth date in the ID number disagrees with the birth date given (AUD-2)");
    }

    @Test
    void theSameIdNumberTwiceCitesAud1() throws Exception {
        ObjectNode household = (ObjectNode) importer.mapper().readTree(HOUSEHOLD);
        ArrayNode members = (ArrayNode) household.get("members");
        members.insert(1, members.get(0).deepCopy());
        String json = household.toString();
        assertThat(problems(importer, json)).containsExactly(
                new JsonProblem("$.members[1].idNumber", "same ID number as members[0] (AUD-1)"));
    }

    @Test
    void aRepeatedIdNumberIsReportedBesideAMemberThatCannotBeBuilt() throws Exception {
        ObjectNode household = (ObjectNode) importer.mapper().readTree(HOUSEHOLD);
        ArrayNode members = (ArrayNode) household.get("members");
        members.add(members.get(0).deepCopy());
        ((ObjectNode) members.get(1)).put("birthDate", "2010-05-06");
        assertThat(problems(importer, household.toString())).extracting(JsonProblem::toString).containsExactly(
                "$.members[1].idNumber: birth date in the ID number disagrees with the birth date given (AUD-2)",
                "$.members[2].idNumber: same ID number as members[0] (AUD-1)");
    }

    @Test
    void malformedJsonIsPlacedByItsColumnOnOneLineAndByLineAndColumnOnSeveral() {
        assertThat(problems(importer, "{\"id\": tru}")).extracting(JsonProblem::message)
                .singleElement().asString().isEqualTo("malformed JSON at column 8: " + NOT_A_VALUE);
        assertThat(problems(importer, "{\n  \"id\": \"HH-1\",\n  \"members\": [\n")).extracting(JsonProblem::message)
                .singleElement().asString().isEqualTo("truncated JSON: unexpected end of input at line 4 of the document, "
                        + "column 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\ud800", "Wang\\udc00Fang"})
    void aNameWithALoneSurrogateIsRefusedAsItCouldNotBeWrittenBack(String escaped) {
        String json = HOUSEHOLD.replace("\"Wang Fang\"", "\"" + escaped + "\"");
        assertThat(json).contains(escaped);
        assertThat(problems(importer, json)).extracting(JsonProblem::toString).containsExactly(
                "$.members[0].name: must be valid Unicode: no lone surrogate (half of a surrogate pair)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"id\": 1 // note}        | 10 | comments are not JSON",
        "{'id': 1}                  | 2  | a field name must be in double quotes",
        "{\"id\": 1,}               | 10 | a trailing comma before '}'",
        "{\"id\": [1,]}             | 11 | a value is missing before ']'",
        "{\"id\" 1}                 | 7  | ':' is missing after a field name",
        "{\"id\": 1 \"x\": 2}         | 10 | ',' or '}' is missing after a value",
        "{\"id\": [1 2]}            | 11 | ',' or ']' is missing after a value",
        "{\"id\": HH-1}             | 8  | not a JSON value (text is in double quotes; true, false and null in lower case)",
        "{\"id\": 1]                | 9 | ']' where '}' belongs",
        "}                          | 1  | '}' closes nothing",
        "{\"id\": 1, # note}        | 11 | comments are not JSON",
        "{\"id\": 1} # note         | 11 | comments are not JSON",
        "{\"id\": , \"x\": 1}        | 8  | a value is missing before ','",
        "{\"id\":: 1}               | 7  | a value is missing before ':'",
        "{\"id\": 1},               | 10 | text after the end of the record; a record is one document (or one NDJSON line)",
        "{\"id\": 1} x              | 11 | text after the end of the record; a record is one document (or one NDJSON line)",
        "{\"id\": 1} 1x             | 11 | text after the end of the record; a record is one document (or one NDJSON line)",
        "{\"id\": 1} -              | 11 | text after the end of the record; a record is one document (or one NDJSON line)",
        "{\"id\": 1}   tru          | 13 | text after the end of the record; a record is one document (or one NDJSON line)",
        "1x                         | 2  | text right after a value, with no space or ',' between them",
        ",{\"id\": 1}               | 1  | a value is missing before ','",
        "{\"id\": 1}\uFEFF           | 10 | a byte order mark (U+FEFF), allowed only at the very start of a file or a text, not of a later line or of a record's bytes",
        "{\"id\": NaN}              | 8  | NaN and Infinity are not JSON numbers",
        "{\"id\": [1, -Infinity]}   | 12 | NaN and Infinity are not JSON numbers",
        "{\"id\": \"a\\qb\"}          | 11 | a backslash escape JSON does not have (a backslash itself is written \\\\)",
        "{\"id\": \"\\u12\"}          | 13 | a \\u escape needs four hexadecimal digits",
        "{\"\\ud800\": 1}           | 9  | a field name must be valid Unicode: no lone surrogate (half of a surrogate pair)",
        "{\"a\\udc00b\": 1}         | 10 | a field name must be valid Unicode: no lone surrogate (half of a surrogate pair)"})
    void aSyntaxErrorSaysWhatIsWrongWithoutRepeatingTheInput(String json, int column, String reason) {
        assertThat(problems(importer, json)).extracting(JsonProblem::message).singleElement().asString()
                .isEqualTo("malformed JSON at column " + column + ": " + reason);
    }

    @Test
    void aNumbersPlusSignIsPlacedAtItself() {
        assertThat(problems(importer, "{\"id\": +1}")).extracting(JsonProblem::message)
                .containsExactly("malformed number at column 8");
    }

    @Test
    void aSyntaxErrorWhereANameBelongsAfterAWholeNumberIsTheObjectsAndOneWithinANumberIsTheFields() {
        for (String json : new String[] {"{\"schemaVersion\": 1, id: \"x\"}", "{\"schemaVersion\": 1 \"id\": \"x\"}",
            "{\"schemaVersion\": 1,}", "{\"schemaVersion\": 1 /* x */}", "{\"area\": {\"county\": \"522727\"}, "
                + "\"members\": [{\"migrantWorkMonths\": 3,}]}"}) {
            assertThat(problems(importer, json)).as(json).extracting(JsonProblem::path).singleElement().asString()
                    .isIn("$", "$.members[0]");
        }
        for (String json : new String[] {"{\"members\": [{\"migrantWorkMonths\": 0x3}]}",
            "{\"members\": [{\"migrantWorkMonths\": 3a}]}", "{\"members\": [{\"migrantWorkMonths\": 3.}]}"}) {
            assertThat(problems(importer, json)).as(json).extracting(JsonProblem::path)
                    .containsExactly("$.members[0].migrantWorkMonths");
        }
    }

    @Test
    void aSyntaxErrorAfterAWholeElementIsTheListsAndOneWithinAnElementIsTheElements() {
        for (String json : new String[] {"{\"members\": [1, 2 \"x\"]}", "{\"members\": [1 2]}",
            "{\"members\": [{} x]}", "{\"members\": [[1] 2]}", "{\"members\": [1, 2}", "{\"members\": [}"}) {
            assertThat(problems(importer, json)).as(json).extracting(JsonProblem::path).containsExactly("$.members");
        }
        // a character glued to a number continues it; a value that cannot be read is where it stands
        for (String[] c : new String[][] {{"[1x]", "[0]"}, {"[1, 2, 0x3]", "[2]"}, {"[-x]", "[0]"}, {"[abc]", "[0]"},
            {"[\"a\", -x]", "[1]"}, {"[{}, nul]", "[1]"}, {"[true, 01]", "[1]"}, {"[1, -x]", "[1]"},
            {"[[1], [2x]]", "[1][0]"}, {"[1\u4e2d]", "[0]"}, {"[1\ud83d\ude00]", "[0]"}, {"[1\u3000 2]", "[0]"}}) {
            assertThat(problems(importer, "{\"members\": " + c[0] + "}")).as(c[0]).extracting(JsonProblem::path)
                    .containsExactly("$.members" + c[1]);
        }
        // as in an object: a number glued to a character is the field's, one after a space is whole
        assertThat(problems(importer, "{\"id\": 1x}")).extracting(JsonProblem::path).containsExactly("$.id");
        assertThat(problems(importer, "{\"id\": 1\u00e9}")).extracting(JsonProblem::path).containsExactly("$.id");
        assertThat(problems(importer, "{\"id\": 1 2}")).extracting(JsonProblem::path).containsExactly("$");
    }

    @Test
    void aFieldGivenTwiceIsPlacedAtItselfWhateverItsValue() {
        for (String field : new String[] {"\"sex\": \"MALE\"", "\"migrantWorkMonths\": 0", "\"disabled\": false",
            "\"sex\": null", "\"health\": {}", "\"labour\": []"}) {
            String name = field.substring(1, field.indexOf('"', 1));
            for (String twice : new String[] {"{\"members\": [{" + field + ", \"relation\": \"HEAD\", " + field + "}]}",
                "{\"members\": [{" + field + ", " + field + ", \"relation\": \"HEAD\"}]}"}) {
                assertThat(problems(importer, twice)).as(twice).extracting(JsonProblem::path)
                        .containsExactly("$.members[0]." + name);
            }
        }
    }

    @Test
    void aBadFieldTheWaterATransferOrAnIncomeRecordRequiresHidesNoneOfItsOtherChecks() {
        String[][] cases = {
            {"\"qualityMeetsStandard\": true", "\"qualityMeetsStandard\": \"x\"", "\"guaranteeRatePercent\": 97",
                "\"guaranteeRatePercent\": 101", "$.conditions.water.qualityMeetsStandard",
                "$.conditions.water.guaranteeRatePercent"},
            {"\"guaranteeRatePercent\": 97", "\"guaranteeRatePercent\": \"97\"", "\"litresPerPersonPerDay\": 70",
                "\"litresPerPersonPerDay\": -1", "$.conditions.water.guaranteeRatePercent",
                "$.conditions.water.litresPerPersonPerDay"},
            {"\"kind\": \"OTHER\"", "\"kind\": \"BAD\"", "\"amount\": 500.00", "\"amount\": -1",
                "$.income[0].transfers[1].kind", "$.income[0].transfers[1].amount"},
            {"\"year\": 2019, \"wage\": 3000.00", "\"year\": \"2019\", \"wage\": -1", "", "",
                "$.income[0].year", "$.income[0].wage"}};
        for (String[] c : cases) {
            String json = HOUSEHOLD.replace(c[0], c[1]);
            json = c[2].isEmpty() ? json : json.replace(c[2], c[3]);
            assertThat(json).as(c[1]).isNotEqualTo(HOUSEHOLD);
            assertThat(problems(importer, json)).as(c[1]).extracting(JsonProblem::path)
                    .containsExactlyInAnyOrder(c[4], c[5]);
        }
        // left out, it is required: said once, beside the others' checks
        assertThat(problems(importer, HOUSEHOLD.replace("\"qualityMeetsStandard\": true, ", "")
                .replace("\"guaranteeRatePercent\": 97", "\"guaranteeRatePercent\": 101")))
                .extracting(JsonProblem::toString).containsExactlyInAnyOrder(
                        "$.conditions.water.qualityMeetsStandard: is required",
                        "$.conditions.water.guaranteeRatePercent: must be between 0 and 100, not 101");
    }

    @Test
    void aControlCharacterIsPlacedAtItsOwnColumnBetweenTokensAsInAString() {
        String between = ": a control character between values (only spaces, tabs and line breaks may stand there)";
        assertThat(problems(importer, "{\"id\": \u0000}")).extracting(JsonProblem::message)
                .singleElement().asString().isEqualTo("malformed JSON at column 8" + between);
        assertThat(problems(importer, "\u0001{\"id\": \"HH-1\"}")).extracting(JsonProblem::message)
                .singleElement().asString().isEqualTo("malformed JSON at column 1" + between);
        assertThat(problems(importer, "{\"id\": \"\u001f\"}")).extracting(JsonProblem::message)
                .singleElement().asString().isEqualTo("malformed JSON at column 9: a control character in a string "
                        + "must be escaped (as \\t, \\n or \\u0000)");
    }

    @Test
    void aNullDocumentIsRefusedNamingTheArgumentNotAsTooLong() {
        assertThatThrownBy(() -> importer.readHousehold((String) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("json");
        assertThatThrownBy(() -> importer.readVillage(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("json");
        assertThatThrownBy(() -> importer.readRollLine(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("json");
        assertThatThrownBy(() -> importer.readHousehold((InputStream) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("in");
        assertThatThrownBy(() -> importer.readHousehold(null, 0, 0)).isInstanceOf(NullPointerException.class)
                .hasMessage("utf8");
    }

    @Test
    void unknownFieldsAreErrorsUnlessTolerated() throws Exception {
        String json = HOUSEHOLD.replace("\"contactCadre\"", "\"note\": {\"x\": [1, 2]}, \"contactCadre\"")
                .replace("\"labour\": \"NONE\"", "\"labour\": \"NONE\", \"shoeSize\": 31");
        assertThat(problems(importer, json)).containsExactlyInAnyOrder(
                new JsonProblem("$.note", "unknown field"), new JsonProblem("$.members[1].shoeSize", "unknown field"));
        JsonImporter tolerant = JingzhunJson.importer(JsonOptions.defaults().withTolerateUnknownFields(true));
        assertThat(tolerant.readHousehold(json)).isEqualTo(importer.readHousehold(HOUSEHOLD));
    }

    @Test
    void nullAndAbsentMeanTheSame() throws Exception {
        Household plain = importer.readHousehold(HOUSEHOLD);
        ObjectNode withNulls = (ObjectNode) importer.mapper().readTree(HOUSEHOLD);
        ObjectNode child = (ObjectNode) withNulls.get("members").get(1);
        withNulls.putNull("schemaVersion");
        child.putNull("pensionInsurance").putNull("disabilityGrade").putNull("migrantWorkMonths");
        ObjectNode absent = withNulls.deepCopy();
        absent.remove("schemaVersion");
        ((ObjectNode) absent.get("members").get(1)).remove(List.of("pensionInsurance", "disabilityGrade",
                "migrantWorkMonths"));
        assertThat(importer.readHousehold(withNulls.toString())).isEqualTo(plain);
        assertThat(importer.readHousehold(absent.toString())).isEqualTo(plain);
    }

    @Test
    void onlyTheBooleansTheContractMarksDefaultToFalse() throws Exception {
        // the members' four marked booleans may be left out (nullAndAbsentMeanTheSame); every other fact is required,
        // so that a missing privateCar is never read as "no car", nor a missing assets as no assets
        Map<String, List<String>> required = Map.of("/conditions/housing",
                List.of("warmInWinter", "ventilatedAndDampProof"), "/conditions/water",
                List.of("pipedToYard", "waterScarceArea"), "/assets", List.of("privateCar", "townCommercialHousing"),
                "/location", List.of("inhospitableArea", "ecologicalZone", "consentsToRelocation"), "",
                List.of("assets", "location"));
        for (Map.Entry<String, List<String>> object : required.entrySet()) {
            for (String field : object.getValue()) {
                ObjectNode household = (ObjectNode) importer.mapper().readTree(HOUSEHOLD);
                ObjectNode parent = (ObjectNode) household.at(object.getKey());
                String path = "$" + object.getKey().replace('/', '.') + "." + field;
                parent.remove(field);
                assertThat(problems(importer, household.toString())).as(path)
                        .containsExactly(new JsonProblem(path, "is required"));
                parent.putNull(field);
                assertThat(problems(importer, household.toString())).as(path)
                        .containsExactly(new JsonProblem(path, "is required"));
            }
        }
    }

    @Test
    @DisplayName("fields missing are listed by name, the same on every run (the JVM lists methods in no fixed order)")
    void missingFieldsAreListedByName() {
        assertThat(problems(importer, "{\"schemaVersion\":1}")).extracting(JsonProblem::path)
                .containsExactly("$.area", "$.assets", "$.conditions", "$.id", "$.location", "$.members");
    }

    @Test
    @DisplayName("a field name past the reader's limit is a problem of its object, not of the field before it")
    void aNameTooLongIsAProblemOfItsObject() {
        String name = "k".repeat(50_001);
        assertThat(problems(importer, "{\"id\":\"A\",\"" + name + "\":1}")).singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("$"))
                .satisfies(p -> assertThat(p.message()).startsWith("a field name's length exceeds"));
        assertThat(problems(importer, "{\"id\":\"A\",\"members\":[{\"sex\":\"MALE\",\"" + name + "\":1}]}"))
                .singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("$.members[0]"));
    }

    @Test
    void anAbsentSchemaVersionIsVersionOne() throws Exception {
        assertThat(importer.readHousehold(HOUSEHOLD.replace("\"schemaVersion\": 1,", "")))
                .isEqualTo(importer.readHousehold(HOUSEHOLD));
        assertThat(problems(importer, HOUSEHOLD.replace("\"schemaVersion\": 1,", "\"schemaVersion\": \"1\",")))
                .extracting(JsonProblem::path).containsExactly("$.schemaVersion");
    }

    @Test
    void aBirthDateAfterTheLatestIncomeYearIsInTheFuture() {
        String born2020 = RandomHouseholds.idNumber("522727", LocalDate.of(2020, 3, 3), Sex.MALE, 12);
        String json = HOUSEHOLD.replace("522727201005051230", born2020).replace("2010-05-05", "2020-03-03");
        assertThat(problems(importer, json)).containsExactly(new JsonProblem("$.members[1].birthDate",
                "birth date in the future: after 2019-12-31, the end of the latest income year on record"));
    }

    @Test
    void theDateTheDataDescribesBoundsBirthDatesWhenGiven() throws Exception {
        JsonImporter asOf2009 = JingzhunJson.importer(JsonOptions.defaults().withAsOf(LocalDate.of(2009, 12, 31)));
        assertThat(problems(asOf2009, HOUSEHOLD)).containsExactly(new JsonProblem("$.members[1].birthDate",
                "birth date in the future: after 2009-12-31, the date the data describes"));
        JsonImporter asOf2020 = JingzhunJson.importer(JsonOptions.defaults().withAsOf(LocalDate.of(2020, 1, 1)));
        assertThat(asOf2020.readHousehold(HOUSEHOLD).getMembers()).hasSize(2);
    }

    @Test
    void aBirthDateOutOfTimeIsReportedBesideAMemberThatCannotBeBuilt() throws Exception {
        String json = HOUSEHOLD.replace("522727201005051230", "522727202005051235").replace("2010-05-05", "2020-05-05")
                .replace("\"birthDate\": \"1980-01-01\"", "\"birthDate\": \"1980-01-02\"");
        assertThat(problems(importer, json)).extracting(JsonProblem::toString).containsExactlyInAnyOrder(
                "$.members[0].idNumber: birth date in the ID number disagrees with the birth date given (AUD-2)",
                "$.members[1].birthDate: birth date in the future: after 2019-12-31, the end of the latest income "
                        + "year on record");
        JsonImporter asOf2130 = JingzhunJson.importer(JsonOptions.defaults().withAsOf(LocalDate.of(2130, 1, 1)));
        assertThat(problems(asOf2130, json)).extracting(JsonProblem::toString).containsExactlyInAnyOrder(
                "$.members[0].idNumber: birth date in the ID number disagrees with the birth date given (AUD-2)",
                "$.members[0].birthDate: birth date more than 120 years before 2130-01-01, the date the data "
                        + "describes");
    }

    @Test
    void aHouseholdsOwnChecksAreReportedBesideAMemberThatCannotBeBuilt() throws Exception {
        ObjectNode household = (ObjectNode) importer.mapper().readTree(HOUSEHOLD);
        ((ObjectNode) household.get("members").get(0)).put("birthDate", "1980-01-02");
        household.put("id", "522727198001011229").put("contactCadre", " ");
        ArrayNode income = (ArrayNode) household.get("income");
        income.add(income.get(0).deepCopy());
        List<String> problems = problems(importer, household.toString()).stream().map(JsonProblem::toString).toList();

        household.set("members", importer.mapper().readTree(HOUSEHOLD).get("members"));
        List<String> built = problems(importer, household.toString()).stream().map(JsonProblem::toString).toList();
        assertThat(built).containsExactlyInAnyOrder(
                "$.id: could hold a resident ID number, which is personal data: a household id names the household in "
                        + "every decision",
                "$.contactCadre: must be 1 to 64 ASCII letters, digits and - _ . : / # (starting with a letter or "
                        + "digit)",
                "$.income[1].year: a second record for 2019");
        assertThat(problems).containsExactlyInAnyOrderElementsOf(Stream.concat(built.stream(), Stream.of(
                "$.members[0].idNumber: birth date in the ID number disagrees with the birth date given (AUD-2)"))
                .toList());
    }

    @Test
    void aMembersOwnChecksAreReportedBesideABadFieldOfItsOwn() throws Exception {
        ObjectNode household = (ObjectNode) importer.mapper().readTree(HOUSEHOLD);
        ObjectNode member = (ObjectNode) household.get("members").get(1);
        member.put("birthDate", "2010-05-06").put("name", " ").put("disabilityGrade", 5)
                .put("migrantWorkMonths", 2).put("workStatus", "NOT_IN_WORK");
        List<String> built = problems(importer, household.toString()).stream().map(JsonProblem::toString).toList();
        assertThat(built).containsExactly(
                "$.members[1].idNumber: birth date in the ID number disagrees with the birth date given (AUD-2)",
                "$.members[1].name: must not be blank",
                "$.members[1].disabilityGrade: must be between 1 and 4, not 5",
                "$.members[1].workStatus: NOT_IN_WORK contradicts 2 months of migrant work");

        member.put("health", "BAD").put("sex", 1);
        assertThat(problems(importer, household.toString())).extracting(JsonProblem::toString)
                .containsExactlyInAnyOrderElementsOf(Stream.concat(built.stream(), Stream.of(
                        "$.members[1].sex: expected one of MALE, FEMALE",
                        "$.members[1].health: expected one of HEALTHY, CHRONIC_ILLNESS, SERIOUS_ILLNESS")).toList());
    }

    @Test
    void aRecordsChecksRunOnTheFieldsLeftBesideABadOne() throws Exception {
        ObjectNode household = (ObjectNode) importer.mapper().readTree(HOUSEHOLD);
        household.putObject("status").put("state", "EXITED").put("registeredOn", "2016-02-30");
        ((ObjectNode) household.get("income").get(0)).put("wage", new BigDecimal("1.234")).put("property", -1);
        ((ObjectNode) household.get("conditions").get("water")).put("fetchRoundTripMinutes", "x")
                .put("guaranteeRatePercent", 101);
        assertThat(problems(importer, household.toString())).extracting(JsonProblem::toString)
                .containsExactlyInAnyOrder(
                        "$.income[0].wage: amount must be exact to the fen (at most two decimals); it is never rounded",
                        "$.income[0].property: must not be negative",
                        "$.conditions.water.fetchRoundTripMinutes: expected a JSON integer",
                        "$.conditions.water.guaranteeRatePercent: must be between 0 and 100, not 101",
                        "$.status.registeredOn: must be an ISO-8601 date that exists, such as 2019-09-01, in a year "
                                + "from 1900 to 2999",
                        "$.status.exitedOn: required for state EXITED");

        household.putObject("status").put("state", "REGISTERED").put("registeredOn", "2016-02-30");
        assertThat(problems(importer, household.toString())).extracting(JsonProblem::path)
                .filteredOn(path -> path.startsWith("$.status")).containsExactly("$.status.registeredOn");
    }

    @Test
    void aHouseholdWithNoMemberSaysSoBesideABadPart() throws Exception {
        ObjectNode household = (ObjectNode) importer.mapper().readTree(HOUSEHOLD);
        household.set("members", importer.mapper().createArrayNode());
        ((ObjectNode) household.get("conditions")).put("foodAssured", "yes");
        assertThat(problems(importer, household.toString())).extracting(JsonProblem::toString)
                .containsExactlyInAnyOrder("$.conditions.foodAssured: expected true or false",
                        "$.members: a household has at least one member");
        household.remove("members");
        assertThat(problems(importer, household.toString())).extracting(JsonProblem::toString)
                .containsExactlyInAnyOrder("$.conditions.foodAssured: expected true or false",
                        "$.members: a household has at least one member");
        household.set("members", importer.mapper().createObjectNode());
        assertThat(problems(importer, household.toString())).extracting(JsonProblem::toString)
                .containsExactlyInAnyOrder("$.conditions.foodAssured: expected true or false",
                        "$.members: expected a JSON array");
    }

    @Test
    void aBirthDateInTheFutureIsReportedBesideAHouseholdsOwnProblem() throws Exception {
        String json = HOUSEHOLD.replace("522727201005051230", "522727202005051235").replace("2010-05-05", "2020-05-05")
                .replace("\"contactCadre\": \"", "\"contactCadre\": \" ");
        assertThat(problems(importer, json)).extracting(JsonProblem::path)
                .containsExactlyInAnyOrder("$.contactCadre", "$.members[1].birthDate");
    }

    @Test
    void aBlankHouseholdIdIsReportedOnceBesideAMemberThatCannotBeBuilt() throws Exception {
        ObjectNode household = (ObjectNode) importer.mapper().readTree(HOUSEHOLD);
        ((ObjectNode) household.get("members").get(0)).put("birthDate", "1980-01-02");
        household.put("id", " ");
        assertThat(problems(importer, household.toString())).extracting(JsonProblem::toString)
                .containsExactlyInAnyOrder("$.id: must not be blank",
                        "$.members[0].idNumber: birth date in the ID number disagrees with the birth date given (AUD-2)");
    }

    @Test
    void withoutIncomeRecordsOrReferenceDateBirthDatesAreNotBounded() throws Exception {
        String born2030 = RandomHouseholds.idNumber("522727", LocalDate.of(2030, 3, 3), Sex.MALE, 12);
        String json = HOUSEHOLD.replace("522727201005051230", born2030).replace("2010-05-05", "2030-03-03");
        String noIncome = json.substring(0, json.indexOf("\"income\"")) + json.substring(json.indexOf("\"conditions\""));
        assertThat(importer.readHousehold(noIncome).getIncome()).isEmpty();
    }

    @Test
    void messagesNeverContainTheIdNumberOrTheName() {
        String json = HOUSEHOLD.replace("522727198001011229", "522727198001011228")
                .replace("\"relation\": \"HEAD\"", "\"relation\": \"Wang Fang\"");
        List<JsonProblem> problems = problems(importer, json);
        assertThat(problems).hasSize(2);
        assertThat(problems.toString()).doesNotContain("522727198001011228", "522727198001011229", "Wang Fang");
    }

    @Test
    void moneyNeverPassesThroughDouble() throws Exception {
        String json = HOUSEHOLD.replace("\"wage\": 3000.00", "\"wage\": 0.10").replace("\"productionGross\": 2600.00",
                "\"productionGross\": 0.20").replace("\"productionCosts\": 900.00", "\"productionCosts\": 0")
                .replace("\"amount\": 1200.00", "\"amount\": 99999999999.99").replace("\"amount\": 500.00",
                        "\"amount\": 0.01");
        Household household = importer.readHousehold(json);
        assertThat(household.getIncome().get(0).getWage().plus(household.getIncome().get(0).getProductionGross()))
                .hasToString("0.30");
        assertThat(household.getIncome().get(0).netIncome()).hasToString("100000000000.30");
    }

    @Test
    void aPlainMapperReadsDecisionNumbersExactlyToo() throws Exception {
        ObjectMapper plain = new ObjectMapper().findAndRegisterModules();
        Decision decision = plain.readValue(ContractDocument.example("decision"), Decision.class);
        assertThat(decision.identification().findings().get(0).observed()).hasToString("3200.00");
        assertThat(decision.exit().findings().get(0).threshold()).hasToString("3218.00");
    }

    @Test
    void readsFromAReader() throws Exception {
        assertThat(importer.readHousehold(new StringReader(HOUSEHOLD))).isEqualTo(importer.readHousehold(HOUSEHOLD));
    }

    @Test
    void readsFromAStreamOfBytesSkippingAByteOrderMarkThere() throws Exception {
        byte[] bytes = HOUSEHOLD.getBytes(StandardCharsets.UTF_8);
        byte[] marked = ("\uFEFF" + HOUSEHOLD).getBytes(StandardCharsets.UTF_8);
        assertThat(importer.readHousehold(new ByteArrayInputStream(bytes))).isEqualTo(importer.readHousehold(HOUSEHOLD));
        assertThat(importer.readHousehold(new ByteArrayInputStream(marked))).isEqualTo(importer.readHousehold(HOUSEHOLD));
        byte[] malformed = bytes.clone();
        malformed[5] = (byte) 0xFF;
        assertThat(catchThrowableOfType(JsonImportException.class,
                () -> importer.readHousehold(new ByteArrayInputStream(malformed))).problems())
                .extracting(JsonProblem::message).singleElement().asString()
                .startsWith("malformed UTF-8 at line 2 of the document, byte 4;");  // the document's sixth byte, as a person finds it
        // lines ended by a carriage return alone, as old Mac programs wrote them, are counted as lines too
        byte[] carriageReturns = new String(malformed, StandardCharsets.ISO_8859_1).replace("\n", "\r")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(catchThrowableOfType(JsonImportException.class,
                () -> importer.readHousehold(new ByteArrayInputStream(carriageReturns))).problems())
                .extracting(JsonProblem::message).singleElement().asString()
                .startsWith("malformed UTF-8 at line 2 of the document, byte 4;");
    }

    @Test
    @Timeout(60) // without the bound, reading an endless stream would not end
    void aStreamLongerThanTheLimitIsRefusedWithoutReadingItAll() {
        JsonOptions d = JsonOptions.defaults();
        int limit = 1000;
        JsonImporter limited = JingzhunJson.importer(new JsonOptions(false, d.maxNestingDepth(), d.maxNumberLength(),
                d.maxStringLength(), limit, null));
        long[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return ' ';
            }
        };
        JsonImportException e = catchThrowableOfType(JsonImportException.class, () -> limited.readHousehold(endless));
        assertThat(e.problems()).extracting(JsonProblem::path, JsonProblem::message).containsExactly(tuple("$",
                "document longer than 1000 characters (a reading limit of Jingzhun's JSON reader)"));
        // three bytes a character of the limit, and a byte order mark, then one more to know there is more
        assertThat(read[0]).isEqualTo(3L * limit + 3 + 1);
        byte[] spaces = " ".repeat(3 * limit + 3).getBytes(StandardCharsets.UTF_8);
        assertThat(catchThrowableOfType(JsonImportException.class,
                () -> limited.readHousehold(new ByteArrayInputStream(spaces))).problems())
                .extracting(JsonProblem::message).singleElement().asString()
                .startsWith("document longer than 1000 characters");
    }

    @Test
    void aDecisionWithProblemsListsThemAll() {
        String decision = ContractDocument.example("decision").replace("\"ELIGIBLE\"", "\"POOR\"")
                .replace("\"MS-8\"", "\"MS-99\"").replace("\"monitored\": false", "\"monitored\": true")
                .replace("\"HOUSING\": \"MET\",", "");
        JsonImportException e = catchThrowableOfType(JsonImportException.class, () -> importer.readDecision(decision));
        assertThat(e.problems()).extracting(JsonProblem::path).containsExactlyInAnyOrder(
                "$.identification.outcome", "$.measures[1].rule", "$.measures[2].rule", "$.indicators.HOUSING",
                "$.monitoring");
    }

    @Test
    void aMeasurePriorityOutsideOneToFourIsAProblemAtItsPath() {
        String decision = ContractDocument.example("decision")
                .replace("\"rule\": \"MS-6\", \"priority\": 2", "\"rule\": \"MS-6\", \"priority\": 0")
                .replace("\"rule\": \"MS-5\", \"priority\": 4", "\"rule\": \"MS-5\", \"priority\": 5");
        JsonImportException e = catchThrowableOfType(JsonImportException.class, () -> importer.readDecision(decision));
        assertThat(e.problems()).extracting(JsonProblem::path, JsonProblem::message).containsExactly(
                tuple("$.measures[0].priority", "must be 1 (the highest priority) to 4 (the lowest)"),
                tuple("$.measures[3].priority", "must be 1 (the highest priority) to 4 (the lowest)"));
    }

    @Test
    void aDecisionThatIsNotAnObjectIsRefused() {
        assertThatThrownBy(() -> importer.readDecision("[]")).isInstanceOf(JsonImportException.class)
                .hasMessage("$: expected a JSON object");
    }

    @Test
    void anImportExceptionHasAtLeastOneProblem() {
        assertThatThrownBy(() -> new JsonImportException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bytesThatAreNotWellFormedUtf8AreRefusedNamingTheFirstBadByte() throws Exception {
        // on one line, as NDJSON writes it: a document of several lines is told by its line (readsFromAStream…)
        String json = HOUSEHOLD.replace("Wang Fang", "Wang \u65b9").replaceAll("\n *", "");
        byte[] good = json.getBytes(StandardCharsets.UTF_8);
        byte[] padded = new byte[good.length + 4];
        System.arraycopy(good, 0, padded, 2, good.length);
        assertThat(importer.readHousehold(padded, 2, good.length)).isEqualTo(importer.readHousehold(json));
        int at = json.substring(0, json.indexOf("Wang \u65b9") + 5).getBytes(StandardCharsets.UTF_8).length;
        // A stray continuation byte, a cut sequence, an overlong NUL, an encoded surrogate, beyond U+10FFFF, F5.
        for (String bad : List.of("80", "e6", "c080", "eda080", "f4908080", "f5808080")) {
            byte[] sequence = HexFormat.of().parseHex(bad);
            byte[] bytes = new byte[good.length - 3 + sequence.length];
            System.arraycopy(good, 0, bytes, 0, at);
            System.arraycopy(sequence, 0, bytes, at, sequence.length);
            System.arraycopy(good, at + 3, bytes, at + sequence.length, good.length - at - 3);
            JsonImportException e = catchThrowableOfType(JsonImportException.class,
                    () -> importer.readHousehold(bytes, 0, bytes.length));
            assertThat(e).as(bad).isNotNull();
            assertThat(e.problems()).as(bad).extracting(JsonProblem::path, JsonProblem::message)
                    .containsExactly(tuple("$", "malformed UTF-8 at byte " + (at + 1) + "; each line is text in "
                            + "UTF-8 (a file exported in GBK or GB 18030 must be converted to UTF-8 first)"));
        }
        assertThatThrownBy(() -> importer.readHousehold(good, 1, good.length))
                .isInstanceOf(IndexOutOfBoundsException.class);
        for (byte[] mark : List.of(new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            byte[] utf16 = Arrays.copyOf(mark, 4);
            assertThat(catchThrowableOfType(JsonImportException.class, () -> importer.readHousehold(utf16, 0, 4))
                    .problems()).extracting(JsonProblem::message).containsExactly("a UTF-16 byte order mark at byte "
                            + "1; each line is text in UTF-8 (a file saved as UTF-16, 'Unicode' in Windows tools, must "
                            + "be converted to UTF-8 first)");
        }
    }

    @Test
    void bytesOfADocumentLongerThanTheLimitAreRefused() throws Exception {
        String json = HOUSEHOLD.replace("Wang Fang", "\u65b9".repeat(100));
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        JsonOptions d = JsonOptions.defaults();
        for (int limit : new int[] {json.length() - 1, json.length(), bytes.length / 3 - 1}) {
            JsonImporter limited = JingzhunJson.importer(new JsonOptions(false, d.maxNestingDepth(),
                    d.maxNumberLength(), d.maxStringLength(), limit, null));
            if (limit >= json.length()) {
                assertThat(limited.readHousehold(bytes, 0, bytes.length)).isEqualTo(importer.readHousehold(json));
            } else {
                JsonImportException e = catchThrowableOfType(JsonImportException.class,
                        () -> limited.readHousehold(bytes, 0, bytes.length));
                assertThat(e.problems()).extracting(JsonProblem::message).singleElement().asString()
                        .startsWith("document longer than " + limit + " characters");
            }
        }
    }
    @Test
    void aStringOverTheLimitGetsTheSameMessageWhereverTheReaderStops() {
        // Jackson reports the length it had reached, which depends on where its buffer ended.
        String name = "x".repeat(JsonOptions.defaults().maxStringLength() + 70_000);
        String padded = HOUSEHOLD.replace("\"id\":", " ".repeat(5_000) + "\"id\":").replace("Wang Fang", name);
        String plain = HOUSEHOLD.replace("Wang Fang", name);

        assertThat(problems(importer, plain)).extracting(JsonProblem::toString).singleElement().isEqualTo(
                "$.members[0].name: string value length exceeds the maximum allowed (1000000) (a reading limit of "
                        + "Jingzhun's JSON reader)");
        assertThat(problems(importer, padded)).isEqualTo(problems(importer, plain));
    }
    @Test
    void aHouseholdIdOrAContactCadreHoldingAResidentIdNumberIsRefusedWithoutEchoingIt() throws Exception {
        String id = "522727198001011229";  // a member's of the worked household
        String inId = HOUSEHOLD.replace("\"HH-522727-0001\"", "\"HH-" + id + "\"");
        String inCadre = HOUSEHOLD.replace("\"CADRE-0017\"", "\"CADRE-" + id + "\"");
        String firstCard = HOUSEHOLD.replace("\"CADRE-0017\"", "\"CADRE-110105491231002\"");
        String fourteenDigits = HOUSEHOLD.replace("\"CADRE-0017\"", "\"CADRE-52272719800101\"");

        assertThat(problems(importer, inId)).extracting(JsonProblem::path).containsExactly("$.id");
        assertThat(problems(importer, inCadre)).extracting(JsonProblem::path).containsExactly("$.contactCadre");
        assertThat(problems(importer, inCadre)).extracting(JsonProblem::message).allSatisfy(
                message -> assertThat(message).doesNotContain(id));
        assertThat(problems(importer, firstCard)).extracting(JsonProblem::path).containsExactly("$.contactCadre");
        assertThat(importer.readHousehold(fourteenDigits).getContactCadre()).isEqualTo("CADRE-52272719800101");
    }

    @Test
    void aContactCadreIsARegistryIdNeverANameAsAud8PrintsIt() throws Exception {
        for (String cadre : new String[] {"王芳", "Wang Fang", "", " ", "C".repeat(65)}) {
            String json = HOUSEHOLD.replace("\"CADRE-0017\"", "\"" + cadre + "\"");
            assertThat(problems(importer, json)).as(cadre).singleElement().satisfies(p -> {
                assertThat(p.path()).isEqualTo("$.contactCadre");
                assertThat(p.message()).startsWith("must be 1 to 64 ASCII letters, digits");
            });
        }
        assertThat(importer.readHousehold(HOUSEHOLD.replace("\"CADRE-0017\"", "\"" + "C".repeat(64) + "\""))
                .getContactCadre()).hasSize(64);
    }
}
