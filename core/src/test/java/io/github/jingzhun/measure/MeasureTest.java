package io.github.jingzhun.measure;

import io.github.jingzhun.household.MeasureCategory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.Households;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.indicator.Indicators;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.parameter.YearParameters;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeasureTest {

    @Test
    @DisplayName("MS-14: a measure reads as its category, rule, priority and what it addresses")
    void toStringNamesEverything() {
        Measure m = new Measure(MeasureCategory.HEALTH, Rule.MS_6, 1, List.of("MEDICAL", "members[1]"));

        assertThat(m).hasToString("HEALTH (MS-6, priority 1) for MEDICAL, members[1]");
    }

    @Test
    @DisplayName("MS-1: a measure is a development measure exactly when its category is one")
    void developmentFollowsTheCategory() {
        assertThat(new Measure(MeasureCategory.MICROCREDIT, Rule.MS_9, 3, List.of("LACK_OF_CAPITAL")).isDevelopment())
                .isTrue();
        assertThat(new Measure(MeasureCategory.SOCIAL_SECURITY, Rule.MS_2, 1, List.of("LACK_OF_LABOUR"))
                .isDevelopment()).isFalse();
    }

    @Test
    @DisplayName("MS-14: what a measure addresses is copied, so changing the caller's list changes nothing")
    void addressesAreCopied() {
        List<String> addresses = new ArrayList<>(List.of("WATER"));
        Measure m = new Measure(MeasureCategory.WATER, Rule.MS_11, 1, addresses);

        addresses.add("HOUSING");

        assertThat(m.addresses()).containsExactly("WATER");
    }

    @Test
    @DisplayName("priority 1 is the highest; the ranks run 1 (URGENT) to 4 (SUBSIDY), in declaration order")
    void priorityOneIsTheHighest() {
        assertThat(Priority.values()).extracting(Priority::rank).containsExactly(1, 2, 3, 4);
        assertThat(Priority.URGENT.rank()).isEqualTo(1);
        assertThat(Priority.SUBSIDY.rank()).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    @DisplayName("a measure's priority may be 1 (the highest) to 4 (the lowest)")
    void prioritiesOneToFourAreAccepted(int priority) {
        assertThat(new Measure(MeasureCategory.WATER, Rule.MS_11, priority, List.of("WATER")).priority())
                .isEqualTo(priority);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, -1})
    @DisplayName("a priority outside 1..4 is refused, saying that 1 is the highest")
    void priorityOutsideOneToFourIsRefused(int priority) {
        assertThatThrownBy(() -> new Measure(MeasureCategory.WATER, Rule.MS_11, priority, List.of("WATER")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("priority must be 1 (the highest) to 4 (the lowest): " + priority);
    }

    @Test
    @DisplayName("a plan lists the highest priority first; equal priorities may follow each other")
    void planListsTheHighestPriorityFirst() {
        Measure urgent = new Measure(MeasureCategory.WATER, Rule.MS_11, 1, List.of("WATER"));
        Measure housing = new Measure(MeasureCategory.HOUSING, Rule.MS_10, 1, List.of("HOUSING"));
        Measure subsidy = new Measure(MeasureCategory.EDUCATION, Rule.MS_5, 4, List.of("members[1]"));

        assertThat(new MeasurePlan(List.of(urgent, housing, subsidy), List.of()).measures())
                .containsExactly(urgent, housing, subsidy);
        assertThatThrownBy(() -> new MeasurePlan(List.of(urgent, subsidy, housing), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("measures[2] of priority 1 comes after one of priority 4: a plan lists the highest "
                        + "priority, 1, first");
    }

    @Test
    @DisplayName("a plan copies the findings it is given: changing the list afterwards changes nothing")
    void planCopiesItsFindings() {
        YearParameters y2019 = PolicyParameters.national().forYear(Year.of(2019));
        Household h = Households.household("522727").addMembers(Households.adult())
                .addIncome(Households.income(2019).build()).build();
        Finding covered = MeasureSelector.select(h, y2019, Indicators.evaluate(h, y2019)).findings().get(0);
        List<Finding> findings = new ArrayList<>(List.of(covered));
        MeasurePlan plan = new MeasurePlan(List.of(), findings);
        findings.clear();

        assertThat(plan.findings()).containsExactly(covered);
    }
}
