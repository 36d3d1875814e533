package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.household.Household;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ImportValidationTest {

    private final ImportValidation validation = new ImportValidation();

    @Test
    void aValidHouseholdHasNoProblem() throws Exception {
        Household household = JingzhunJson.importer().readHousehold(TestResources.text("examples/household.json"));
        assertThat(validation.check(household, null)).isEmpty();
        assertThat(validation.check(household, LocalDate.of(2010, 5, 5))).isEmpty();
    }

    @Test
    void generatedHouseholdsSatisfyCoresBeanValidationConstraints() {
        for (long seed = 1; seed <= 50; seed++) {
            assertThat(validation.check(RandomHouseholds.generate(seed), null)).as("seed " + seed).isEmpty();
        }
    }

    @Test
    void aMemberBornTheDayAfterTheReferenceDateIsInTheFuture() throws Exception {
        Household household = JingzhunJson.importer().readHousehold(TestResources.text("examples/household.json"));
        assertThat(validation.check(household, LocalDate.of(2010, 5, 4))).containsExactly(
                new JsonProblem("$.members[1].birthDate",
                        "birth date in the future: after 2010-05-04, the date the data describes"));
    }
}
