package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Sex;
import io.github.jingzhun.household.TransferKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Classes of hostile input, each held for the whole class rather than one case. */
class HostileClassesTest {

    private static final String HOUSEHOLD = ContractDocument.workedHousehold();
    private final JsonImporter importer = JingzhunJson.importer();

    private List<JsonProblem> problems(String json) {
        JsonImportException e = catchThrowableOfType(JsonImportException.class, () -> importer.readHousehold(json));
        assertThat(e).as("refused").isNotNull();
        return e.problems();
    }

    private static String emptyMembers(int n) {
        StringBuilder json = new StringBuilder("{\"schemaVersion\": 1, \"id\": \"HH-1\", \"members\": [{}");
        json.append(", {}".repeat(n - 1));
        return json.append("]}").toString();
    }

    @Test
    void problemsOfARecordAreBoundedAndTheRestCounted() {
        List<JsonProblem> few = problems(emptyMembers(1));
        assertThat(few).hasSizeLessThan(JsonImportException.MAX_PROBLEMS);
        int perMember = (int) few.stream().filter(p -> p.path().startsWith("$.members[0].")).count();
        List<JsonProblem> many = problems(emptyMembers(1000));
        assertThat(many).hasSize(JsonImportException.MAX_PROBLEMS + 1);
        // and the household's size, more than 50 members
        long total = few.size() + 999L * perMember + 1;
        assertThat(many.get(0).path()).isEqualTo("$.members");
        assertThat(many.get(JsonImportException.MAX_PROBLEMS)).isEqualTo(new JsonProblem("$",
                "and " + (total - JsonImportException.MAX_PROBLEMS)
                        + " more problems (at most 100 are listed per record)"));
    }

    @Test
    void anExceptionOfManyProblemsKeepsTheFirstAndCountsTheRest() {
        List<JsonProblem> list = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            list.add(new JsonProblem("$.members[" + i + "].sex", "is required"));
        }
        JsonImportException e = new JsonImportException(list);
        assertThat(e.problems()).hasSize(101).startsWith(list.get(0)).contains(list.get(99))
                .doesNotContain(list.get(100));
        assertThat(e.problems().get(100).message()).isEqualTo("and 150 more problems (at most 100 are listed "
                + "per record)");
        assertThat(new JsonImportException(list.subList(0, 100)).problems()).isEqualTo(list.subList(0, 100));
        // one more is one problem, and a list bounded already is kept as it is
        JsonImportException one = new JsonImportException(list.subList(0, 101));
        assertThat(one.problems()).hasSize(101).last().extracting(JsonProblem::message)
                .isEqualTo("and 1 more problem (at most 100 are listed per record)");
        assertThat(new JsonImportException(one.problems()).problems()).isEqualTo(one.problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "0", "\" FEMALE \"", "\"female\"", "\"FEMALE \"", "true", "1.0"})
    void anEnumIsExactlyItsNameOnEveryPath(String sex) {
        String json = HOUSEHOLD.replace("\"sex\": \"FEMALE\"", "\"sex\": " + sex);
        assertThat(importer.bindDirectly(json)).as("direct path").isNull();
        assertThat(problems(json)).containsExactly(new JsonProblem("$.members[0].sex",
                "expected one of MALE, FEMALE"));
    }

    @Test
    void theModuleReadsEnumsExactlyToo() throws Exception {
        var mapper = JingzhunJson.mapper();
        assertThat(mapper.readValue("\"FEMALE\"", Sex.class)).isEqualTo(Sex.FEMALE);
        assertThatThrownBy(() -> mapper.readValue("1", Sex.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("\" FEMALE\"", Sex.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("0", TransferKind.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void manyDistinctUnknownFieldsAreToleratedOnTheDirectPath() throws Exception {
        StringBuilder extra = new StringBuilder();
        // 40,000 fields, 80,000 tokens: within the limit of tokens a document (JingzhunJson.MAX_TOKENS).
        for (int i = 0; i < 40_000; i++) {
            extra.append("\"x").append(i).append("\": ").append(i).append(", ");
        }
        String json = HOUSEHOLD.replaceFirst("\\{", "{" + extra);
        JsonImporter tolerant = JingzhunJson.importer(JsonOptions.defaults().withTolerateUnknownFields(true));
        assertThat(tolerant.bindDirectly(json)).as("bound directly, in one pass").isNotNull();
        Household h = tolerant.readHousehold(json);
        assertThat(h.getId()).isEqualTo(importer.readHousehold(HOUSEHOLD).getId());
        String twice = HOUSEHOLD.replaceFirst("\\{", "{\"x1\": 1, " + extra);
        assertThat(tolerant.bindDirectly(twice)).as("an unknown field twice").isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"wage", "productionGross", "productionCosts", "property"})
    void anIncomeRecordWithoutItsIncomeIsAnErrorNotZeroIncome(String field) {
        String json = HOUSEHOLD.replaceFirst("\"" + field + "\": [0-9.]+,\\s*", "");
        assertThat(json).isNotEqualTo(HOUSEHOLD);
        assertThat(importer.bindDirectly(json)).as("direct path").isNull();
        assertThat(problems(json)).containsExactly(new JsonProblem("$.income[0]." + field, "is required"));
        String asNull = HOUSEHOLD.replaceFirst("\"" + field + "\": [0-9.]+", "\"" + field + "\": null");
        assertThat(problems(asNull)).containsExactly(new JsonProblem("$.income[0]." + field, "is required"));
    }

    @Test
    void onlyRigidSpendingDefaultsToZero() throws Exception {
        String json = HOUSEHOLD.replaceFirst("\"medicalOutOfPocket\": [0-9.]+, ", "");
        assertThat(json).isNotEqualTo(HOUSEHOLD);
        assertThat(importer.readHousehold(json).getIncome().get(0).getMedicalOutOfPocket().fen()).isZero();
    }

    @Test
    void aHouseholdHasAtMostFiftyMembers() throws Exception {
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) importer.mapper().readTree(HOUSEHOLD);
        var members = (com.fasterxml.jackson.databind.node.ArrayNode) tree.get("members");
        var template = members.get(1);
        members.removeAll();
        for (int i = 0; i < JsonImporter.MAX_MEMBERS + 1; i++) {
            var m = template.deepCopy();
            String id = "52272720100505" + String.format("%03d", i);
            ((com.fasterxml.jackson.databind.node.ObjectNode) m).put("idNumber", id + checkCharacter(id));
            ((com.fasterxml.jackson.databind.node.ObjectNode) m).put("sex", i % 2 == 1 ? "MALE" : "FEMALE");
            members.add(m);
        }
        assertThat(problems(tree.toString())).containsExactly(new JsonProblem("$.members",
                "more than 50 members (51); a household has at most 50"));
        // with a member that cannot be built, the size is said too: every problem of a record at once
        ((com.fasterxml.jackson.databind.node.ObjectNode) members.get(3)).put("sex", "x");
        assertThat(problems(tree.toString())).extracting(JsonProblem::path)
                .containsExactly("$.members", "$.members[3].sex");
    }

    private static char checkCharacter(String seventeen) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (seventeen.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31", "0000-01-01", "+10000-01-01", "3000-01-01"})
    void aDateOutsideTheContractsYearsIsAnErrorWithItsPath(String date) {
        String json = HOUSEHOLD.replace("\"registeredOn\": \"2015-10-01\"", "\"registeredOn\": \"" + date + "\"");
        assertThat(json).isNotEqualTo(HOUSEHOLD);
        assertThat(problems(json)).extracting(JsonProblem::path).containsExactly("$.status.registeredOn");
    }

    @Test
    void aMemberMoreThan120YearsOldIsAnErrorOneDayAfterTheBound() throws Exception {
        // The first member is born on 1980-01-01: 120 years old on 2100-01-01, over it a day later.
        JsonImporter onTheDay = JingzhunJson.importer(JsonOptions.defaults().withAsOf(LocalDate.of(2100, 1, 1)));
        assertThat(onTheDay.readHousehold(HOUSEHOLD).getMembers()).hasSize(2);
        JsonImporter dayAfter = JingzhunJson.importer(JsonOptions.defaults().withAsOf(LocalDate.of(2100, 1, 2)));
        List<JsonProblem> found = catchThrowableOfType(JsonImportException.class,
                () -> dayAfter.readHousehold(HOUSEHOLD)).problems();
        assertThat(found).containsExactly(new JsonProblem("$.members[0].birthDate",
                "birth date more than 120 years before 2100-01-02, the date the data describes"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"HH\\u0000-1", "HH-\\ud800", "HH 1", "-HH", "户-1", "HH\\t1"})
    void aHouseholdIdIsOfASafeAlphabet(String id) {
        String json = HOUSEHOLD.replace("\"HH-522727-0001\"", "\"" + id + "\"");
        assertThat(json).isNotEqualTo(HOUSEHOLD);
        assertThat(problems(json)).extracting(JsonProblem::path).containsExactly("$.id");
    }

    @Test
    void aHouseholdIdIsNeverAResidentIdNumber() {
        String json = HOUSEHOLD.replace("\"HH-522727-0001\"", "\"522727198001011229\"");
        List<JsonProblem> found = problems(json);
        assertThat(found).extracting(JsonProblem::path).containsExactly("$.id");
        assertThat(found.get(0).message()).doesNotContain("522727198001011229");
        String sixtyFour = "H".repeat(64);
        assertThat(importer.bindDirectly(HOUSEHOLD.replace("HH-522727-0001", sixtyFour))).isNotNull();
        assertThat(problems(HOUSEHOLD.replace("HH-522727-0001", sixtyFour + "H"))).extracting(JsonProblem::path)
                .containsExactly("$.id");
    }
}
