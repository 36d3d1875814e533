package io.github.jingzhun.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.household.Cause;
import io.github.jingzhun.household.HouseholdType;
import io.github.jingzhun.indicator.Indicator;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.Standard;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IdentificationTest {

    private static final Finding FINDING = Finding.of(Rule.ID_H_1, true, null, Wording.of("below", "低于"));

    private static Identification of(Outcome outcome, List<Indicator> gaps, Set<Cause> causes,
            Set<Exclusion> exclusions, List<Finding> findings) {
        return new Identification(Year.of(2019), outcome, null, Yuan.of(6400), Yuan.of(3200), Yuan.of(3218),
                Standard.NATIONAL, gaps, causes, exclusions, findings);
    }

    @ParameterizedTest
    @EnumSource(Outcome.class)
    @DisplayName("ID-H-3: only an ELIGIBLE household is poor")
    void onlyEligibleIsPoor(Outcome outcome) {
        assertThat(of(outcome, List.of(), Set.of(), Set.of(), List.of()).isPoor())
                .isEqualTo(outcome == Outcome.ELIGIBLE);
    }

    @Test
    void collectionsAreCopiedSoLaterChangesDoNotLeakIn() {
        List<Indicator> gaps = new ArrayList<>(List.of(Indicator.FOOD));
        Set<Cause> causes = new HashSet<>(Set.of(Cause.ILLNESS));
        Set<Exclusion> exclusions = new HashSet<>(Set.of(Exclusion.PRIVATE_CAR));
        List<Finding> findings = new ArrayList<>(List.of(FINDING));
        Identification id = of(Outcome.EXCLUDED, gaps, causes, exclusions, findings);

        gaps.add(Indicator.WATER);
        causes.add(Cause.DISASTER);
        exclusions.add(Exclusion.PUBLIC_EMPLOYEE);
        findings.clear();

        assertThat(id.gaps()).containsExactly(Indicator.FOOD);
        assertThat(id.derivedCauses()).containsExactly(Cause.ILLNESS);
        assertThat(id.exclusions()).containsExactly(Exclusion.PRIVATE_CAR);
        assertThat(id.findings()).containsExactly(FINDING);
    }

    @Test
    void collectionsAreUnmodifiable() {
        Identification id = of(Outcome.EXCLUDED, List.of(Indicator.FOOD), EnumSet.of(Cause.ILLNESS),
                EnumSet.of(Exclusion.PRIVATE_CAR), List.of(FINDING));

        assertThatThrownBy(() -> id.gaps().add(Indicator.WATER)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> id.derivedCauses().add(Cause.DISASTER))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> id.exclusions().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> id.findings().add(FINDING)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void setsKeepTheOrderOfTheirEnums() {
        Set<Cause> causes = new HashSet<>(List.of(Cause.LACK_OF_LABOUR, Cause.DISASTER, Cause.ILLNESS));
        Set<Exclusion> exclusions = new HashSet<>(List.of(Exclusion.REGISTERED_ENTERPRISE, Exclusion.PUBLIC_EMPLOYEE));

        Identification id = of(Outcome.EXCLUDED, List.of(), causes, exclusions, List.of());

        assertThat(id.derivedCauses()).containsExactly(Cause.ILLNESS, Cause.DISASTER, Cause.LACK_OF_LABOUR);
        assertThat(id.exclusions()).containsExactly(Exclusion.PUBLIC_EMPLOYEE, Exclusion.REGISTERED_ENTERPRISE);
    }

    @Test
    void identificationsWithTheSameComponentsAreEqual() {
        Identification a = new Identification(Year.of(2019), Outcome.ELIGIBLE, HouseholdType.GENERAL, Yuan.of(6400),
                Yuan.of(3200), Yuan.of(3218), Standard.NATIONAL, List.of(), Set.of(), Set.of(), List.of(FINDING));
        Identification b = new Identification(Year.of(2019), Outcome.ELIGIBLE, HouseholdType.GENERAL, Yuan.of(6400),
                Yuan.of(3200), Yuan.of(3218), Standard.NATIONAL, List.of(), EnumSet.noneOf(Cause.class),
                EnumSet.noneOf(Exclusion.class), List.of(FINDING));

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }

    private static Identification sample() {
        return new Identification(Year.of(2019), Outcome.ELIGIBLE, HouseholdType.GENERAL, Yuan.of(6400),
                Yuan.of(3200), Yuan.of(3218), Standard.NATIONAL, List.of(Indicator.FOOD), Set.of(Cause.ILLNESS),
                Set.of(Exclusion.PRIVATE_CAR), List.of(FINDING));
    }

    @Test
    void identificationsDifferingInAnyComponentAreNotEqual() {
        Identification a = sample();
        Finding other = Finding.of(Rule.ID_H_1, false, null, Wording.of("not below", "不低于"));
        List<Identification> variants = List.of(
                new Identification(Year.of(2018), Outcome.ELIGIBLE, HouseholdType.GENERAL, Yuan.of(6400),
                        Yuan.of(3200), Yuan.of(3218), Standard.NATIONAL, List.of(Indicator.FOOD),
                        Set.of(Cause.ILLNESS), Set.of(Exclusion.PRIVATE_CAR), List.of(FINDING)),
                new Identification(Year.of(2019), Outcome.EXCLUDED, HouseholdType.GENERAL, Yuan.of(6400),
                        Yuan.of(3200), Yuan.of(3218), Standard.NATIONAL, List.of(Indicator.FOOD),
                        Set.of(Cause.ILLNESS), Set.of(Exclusion.PRIVATE_CAR), List.of(FINDING)),
                new Identification(Year.of(2019), Outcome.ELIGIBLE, HouseholdType.MINIMUM_LIVING_ALLOWANCE,
                        Yuan.of(6400), Yuan.of(3200), Yuan.of(3218), Standard.NATIONAL, List.of(Indicator.FOOD),
                        Set.of(Cause.ILLNESS), Set.of(Exclusion.PRIVATE_CAR), List.of(FINDING)),
                new Identification(Year.of(2019), Outcome.ELIGIBLE, HouseholdType.GENERAL, Yuan.of(6401),
                        Yuan.of(3200), Yuan.of(3218), Standard.NATIONAL, List.of(Indicator.FOOD),
                        Set.of(Cause.ILLNESS), Set.of(Exclusion.PRIVATE_CAR), List.of(FINDING)),
                new Identification(Year.of(2019), Outcome.ELIGIBLE, HouseholdType.GENERAL, Yuan.of(6400),
                        Yuan.of(3201), Yuan.of(3218), Standard.NATIONAL, List.of(Indicator.FOOD),
                        Set.of(Cause.ILLNESS), Set.of(Exclusion.PRIVATE_CAR), List.of(FINDING)),
                new Identification(Year.of(2019), Outcome.ELIGIBLE, HouseholdType.GENERAL, Yuan.of(6400),
                        Yuan.of(3200), Yuan.of(3219), Standard.NATIONAL, List.of(Indicator.FOOD),
                        Set.of(Cause.ILLNESS), Set.of(Exclusion.PRIVATE_CAR), List.of(FINDING)),
                new Identification(Year.of(2019), Outcome.ELIGIBLE, HouseholdType.GENERAL, Yuan.of(6400),
                        Yuan.of(3200), Yuan.of(3218), Standard.PROVINCIAL, List.of(Indicator.FOOD),
                        Set.of(Cause.ILLNESS), Set.of(Exclusion.PRIVATE_CAR), List.of(FINDING)),
                new Identification(Year.of(2019), Outcome.ELIGIBLE, HouseholdType.GENERAL, Yuan.of(6400),
                        Yuan.of(3200), Yuan.of(3218), Standard.NATIONAL, List.of(Indicator.WATER),
                        Set.of(Cause.ILLNESS), Set.of(Exclusion.PRIVATE_CAR), List.of(FINDING)),
                new Identification(Year.of(2019), Outcome.ELIGIBLE, HouseholdType.GENERAL, Yuan.of(6400),
                        Yuan.of(3200), Yuan.of(3218), Standard.NATIONAL, List.of(Indicator.FOOD),
                        Set.of(Cause.DISASTER), Set.of(Exclusion.PRIVATE_CAR), List.of(FINDING)),
                new Identification(Year.of(2019), Outcome.ELIGIBLE, HouseholdType.GENERAL, Yuan.of(6400),
                        Yuan.of(3200), Yuan.of(3218), Standard.NATIONAL, List.of(Indicator.FOOD),
                        Set.of(Cause.ILLNESS), Set.of(), List.of(FINDING)),
                new Identification(Year.of(2019), Outcome.ELIGIBLE, HouseholdType.GENERAL, Yuan.of(6400),
                        Yuan.of(3200), Yuan.of(3218), Standard.NATIONAL, List.of(Indicator.FOOD),
                        Set.of(Cause.ILLNESS), Set.of(Exclusion.PRIVATE_CAR), List.of(other)));

        assertThat(a).isEqualTo(a).isEqualTo(sample()).hasSameHashCodeAs(sample()).isNotEqualTo("an identification");
        assertThat(a.equals(null)).isFalse();
        for (Identification variant : variants) {
            assertThat(a).isNotEqualTo(variant);
            assertThat(variant).isNotEqualTo(a);
        }
        assertThat(variants).extracting(Identification::hashCode).doesNotContain(a.hashCode());
    }

    @Test
    void toStringShowsEveryComponent() {
        assertThat(sample()).hasToString("Identification[year=2019, outcome=ELIGIBLE, type=GENERAL, netIncome=6400.00, "
                + "perCapitaIncome=3200.00, line=3218.00, standard=NATIONAL, gaps=[FOOD], derivedCauses=[ILLNESS], "
                + "exclusions=[PRIVATE_CAR], findings=[✓ ID-H-1  below | 低于]]");
    }
}
