package io.github.jingzhun.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.jingzhun.Households;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.Deviation;
import io.github.jingzhun.statistics.AlkireFoster;
import io.github.jingzhun.statistics.Dimension;
import java.time.Year;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SC-1 one population under two parameter sets")
class ParameterScenarioTest {

    private static final Year YEAR = Year.of(2019);
    private static final PovertyPolicy NATIONAL = PovertyPolicy.national();
    private static final PovertyPolicy RAISED = PovertyPolicy.of(NATIONAL.parameters().withPovertyLine(YEAR,
            Yuan.of(4000), "scenario", "what if the 2019 line were 4,000 yuan?"));
    private static final AlkireFoster MEASURE = AlkireFoster.equalWeights(EnumSet.allOf(Dimension.class), 2.0 / 7);

    /** One adult in 522727 with a wage; never registered. */
    private static Household single(String id, long wage) {
        return Households.household("522727").withId(id).addMembers(Households.adult())
                .addIncome(Households.income(2019).withWage(Yuan.of(wage)).build()).build();
    }

    @Test
    void raisingTheLineTo4000MakesTheHouseholdsBetweenTheLinesPoorSC1() {
        // 3000 is poor under both lines; 3218 and 3999 only under 4000; 4000 under neither.
        List<Household> population = List.of(single("HH-1", 3000), single("HH-2", 3218), single("HH-3", 3999),
                single("HH-4", 4000));

        ParameterScenario s = ParameterScenario.compare(population, NATIONAL, RAISED, YEAR, MEASURE);

        assertThat(s.transitions().changed()).containsExactly("HH-2", "HH-3");
        assertThat(s.transitions().identification("NOT_ELIGIBLE", "ELIGIBLE")).isEqualTo(2);
        assertThat(s.transitions().identification("ELIGIBLE", "ELIGIBLE")).isEqualTo(1);
        // P0: 1 of 4 persons, then 3 of 4: a difference of 0.5.
        assertThat(s.base().fgt().p0()).isEqualTo(0.25);
        assertThat(s.variant().fgt().p0()).isEqualTo(0.75);
        assertThat(s.differences()).containsEntry("P0", 0.5);
        assertThat(s.deviations()).extracting(Deviation::parameter).containsExactly("line 2019");
    }

    @Test
    void aHouseholdWhoseMonitoringAloneChangesHasChangedOutcomeSC1() {
        // 5000.00 is above both lines; the threshold rises from 4827.00 (1.5 × 3218) to 6000.00 (1.5 × 4000).
        ParameterScenario s = ParameterScenario.compare(List.of(single("HH-5", 5000), single("HH-6", 6000)),
                NATIONAL, RAISED, YEAR, MEASURE);

        assertThat(s.transitions().identification("NOT_ELIGIBLE", "NOT_ELIGIBLE")).isEqualTo(2);
        assertThat(s.transitions().monitoring()).containsEntry("NONE -> MARGINAL", 1L)
                .containsEntry("NONE -> NONE", 1L);
        assertThat(s.transitions().changed()).containsExactly("HH-5");
    }

    @Test
    void everyStatisticHasItsDifferenceSC1() {
        List<Household> population = List.of(single("HH-1", 3000), Households.worked());

        ParameterScenario s = ParameterScenario.compare(population, NATIONAL, RAISED, YEAR, MEASURE);

        Map<String, Double> base = s.base().values();
        Map<String, Double> variant = s.variant().values();
        assertThat(s.differences()).containsOnlyKeys(base.keySet()).containsKeys("P0", "P1", "P2", "H", "A", "M0",
                "M1", "M2", "registered", "exited", "relapsed", "remaining");
        s.differences().forEach((name, difference) ->
                assertThat(difference).as(name).isEqualTo(variant.get(name) - base.get(name)));
        assertThat(s.differences().get("P1")).isPositive();
    }

    @Test
    void theSamePolicyTwiceChangesNothingSC1() {
        List<Household> population = List.of(single("HH-1", 3000), single("HH-2", 5000), Households.worked());

        ParameterScenario s = ParameterScenario.compare(population, NATIONAL, NATIONAL, YEAR, MEASURE);

        assertThat(s.transitions().changed()).isEmpty();
        assertThat(s.differences().values()).containsOnly(0.0);
        assertThat(s.deviations()).isEmpty();
    }

    @Test
    void aMissingArgumentOrHouseholdIsNamedBeforeAnythingIsCounted() {
        List<Household> one = List.of(single("HH-1", 3000));
        assertThatNullPointerException().isThrownBy(() -> ParameterScenario.compare(one, NATIONAL, RAISED, YEAR,
                null)).withMessage("measure");
        assertThatNullPointerException().isThrownBy(() -> ParameterScenario.compare(null, NATIONAL, RAISED, YEAR,
                MEASURE)).withMessage("households");
        assertThatNullPointerException().isThrownBy(() -> ParameterScenario.compare(Arrays.asList(single("HH-1",
                3000), null), NATIONAL, RAISED, YEAR, MEASURE)).withMessage("household");
    }
}
