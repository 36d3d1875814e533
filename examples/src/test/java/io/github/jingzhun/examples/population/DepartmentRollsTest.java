package io.github.jingzhun.examples.population;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.audit.DepartmentRoll;
import io.github.jingzhun.audit.RollLine;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.TransferKind;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DepartmentRollsTest {

    private static final Year Y2019 = Year.of(2019);

    @Test
    void aHeadWhoseIdNumberIsOnTheRollAlreadyIsNamedByTheHouseholdAlone() {
        SyntheticPopulation population = SyntheticPopulation.of(2019, Y2019);
        Household allowance = null;
        for (long i = 0; allowance == null; i++) {
            Household h = population.household(i);
            if (h.incomeOf(Y2019) != null && h.incomeOf(Y2019).receives(TransferKind.MINIMUM_LIVING_ALLOWANCE)) {
                allowance = h;
            }
        }
        // a second household whose head drew the same ID number by chance
        Household twin = Household.builder().from(allowance).withId(allowance.getId() + "-twin").build();
        DepartmentRolls roll = DepartmentRolls.minimumLivingAllowance(Y2019);
        RollLine first = roll.line(allowance);
        RollLine second = roll.line(twin);

        assertThat(first.getIdNumbers()).containsExactly(allowance.getMembers().get(0).getIdNumber());
        assertThat(second.getIdNumbers()).isEmpty();
        assertThat(second.getHousehold()).isEqualTo(twin.getId());
        assertThat(second.getAmount()).isEqualTo(first.getAmount());
        assertThat(DepartmentRoll.of(List.of(first, second))).singleElement()
                .satisfies(r -> assertThat(r.entries()).hasSize(2));
    }

    @Test
    void aRollOfThousandsOfGeneratedHouseholdsIsOneValidRoll() {
        SyntheticPopulation population = SyntheticPopulation.of(2019, Y2019);
        DepartmentRolls roll = DepartmentRolls.minimumLivingAllowance(Y2019);
        List<RollLine> lines = new ArrayList<>();
        for (long i = 0; i < 20_000; i++) {
            RollLine line = roll.line(population.household(i));
            if (line != null) {
                lines.add(line);
            }
        }
        assertThat(lines).hasSizeGreaterThan(1_000);
        assertThat(DepartmentRoll.of(lines)).singleElement()
                .satisfies(r -> assertThat(r.entries()).hasSize(lines.size()));
    }
}
