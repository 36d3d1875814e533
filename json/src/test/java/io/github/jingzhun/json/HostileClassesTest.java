package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Sex;
import io.github.jingzhun.household.TransferKind;
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
        long total = few.size() + 999L * perMember;
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
        for (int i = 0; i < 50_000; i++) {
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
}
