package io.github.jingzhun;

import static io.github.jingzhun.Households.adult;
import static io.github.jingzhun.Households.household;
import static io.github.jingzhun.Households.income;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.household.Assets;
import io.github.jingzhun.household.HouseholdType;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.ImmutableHousehold;
import io.github.jingzhun.identification.Identification;
import io.github.jingzhun.identification.Outcome;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.MissingParameterException;
import io.github.jingzhun.parameter.PolicyParameters;
import java.time.Year;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PovertyPolicyTest {

    private static final Year Y2019 = Year.of(2019);

    private static Household generated(int members, long wageFen, long productionCostsFen, boolean car) {
        ImmutableHousehold.Builder b = household("522727")
                .withAssets(Assets.builder().withPrivateCar(car).build())
                .addIncome(income(2019).withWage(Yuan.ofFen(wageFen)).withProductionCosts(Yuan.ofFen(productionCostsFen))
                        .build());
        for (int i = 0; i < members; i++) {
            b.addMembers(adult());
        }
        return b.build();
    }

    private static PovertyPolicy withLine(long lineFen) {
        return PovertyPolicy.of(PolicyParameters.national().withPovertyLine(Y2019, Yuan.ofFen(lineFen), "scenario",
                "line varied by a property test"));
    }

    @Test
    @DisplayName("national() assesses JSON.md's worked household as ELIGIBLE on the allowance")
    void nationalPolicyAssessesTheWorkedHousehold() {
        Decision d = PovertyPolicy.national().assess(Households.worked(), Y2019);

        assertThat(d.household()).isEqualTo("HH-522727-0001");
        assertThat(d.year()).isEqualTo(Y2019);
        assertThat(d.identification().outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.identification().type()).isEqualTo(HouseholdType.MINIMUM_LIVING_ALLOWANCE);
        assertThat(d.identification().perCapitaIncome()).isEqualTo(Yuan.parse("3200.00"));
        assertThat(d.identification().line()).isEqualTo(Yuan.of(3218));
    }

    @Test
    void nationalPolicyIsOneSharedInstanceOverTheNationalSet() {
        assertThat(PovertyPolicy.national()).isSameAs(PovertyPolicy.national());
        assertThat(PovertyPolicy.national().parameters()).isSameAs(PolicyParameters.national());
        assertThat(PovertyPolicy.national().toString()).contains("national");
    }

    @Test
    @DisplayName("ID-H-1: of(customParameters) decides with the custom line")
    void policyOfCustomParametersUsesThem() {
        PolicyParameters raised = PolicyParameters.national().withPovertyLine(Y2019, Yuan.of(4000), "scenario",
                "what if the 2019 line were 4000");
        PovertyPolicy policy = PovertyPolicy.of(raised);
        Household h = Households.withWage(1, Yuan.of(3500));

        assertThat(policy.parameters()).isSameAs(raised);
        assertThat(policy.assess(h, Y2019).identification().outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(policy.assess(h, Y2019).identification().line()).isEqualTo(Yuan.of(4000));
        assertThat(PovertyPolicy.national().assess(h, Y2019).identification().outcome())
                .isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void parametersOfAYearAreResolvedOnceAndKept() {
        PovertyPolicy policy = PovertyPolicy.of(PolicyParameters.national());

        assertThat(policy.parametersFor(Y2019)).isSameAs(policy.parametersFor(Y2019));
        assertThat(policy.parametersFor(Y2019).year()).isEqualTo(Y2019);
        assertThat(policy.parametersFor(Year.of(2018))).isNotSameAs(policy.parametersFor(Y2019));
        assertThat(policy.parametersFor(Year.of(2018)).year()).isEqualTo(Year.of(2018));
    }

    @Test
    @DisplayName("§2a: an uncovered year is an error naming it, never a guess")
    void uncoveredYearIsAMissingParameter() {
        Household h = household("522727").addMembers(adult()).addIncome(income(2021).build()).build();

        assertThatThrownBy(() -> PovertyPolicy.national().parametersFor(Year.of(2021)))
                .isInstanceOf(MissingParameterException.class).hasMessageContaining("2021");
        assertThatThrownBy(() -> PovertyPolicy.national().assess(h, Year.of(2021)))
                .isInstanceOf(MissingParameterException.class).hasMessageContaining("2021");
        assertThatThrownBy(() -> PovertyPolicy.national().assess(h, Year.of(2009)))
                .isInstanceOf(MissingParameterException.class).hasMessageContaining("2009");
    }

    @Test
    void householdWithoutARecordForTheYearIsAnError() {
        Household h = Households.withWage(1, Yuan.of(2000));

        assertThatThrownBy(() -> PovertyPolicy.national().assess(h, Year.of(2018)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(h.getId())
                .hasMessageContaining("2018");
    }

    @Test
    void assessingIsPureTheSameInputGivesAnEqualDecision() {
        Decision first = PovertyPolicy.national().assess(Households.worked(), Y2019);
        Decision second = PovertyPolicy.of(PolicyParameters.national()).assess(Households.worked(), Y2019);

        assertThat(second).isEqualTo(first);
        assertThat(second.toString()).isEqualTo(first.toString());
    }

    @Property
    @Label("ID-H-1: raising the line never turns an ELIGIBLE household NOT_ELIGIBLE (monotonic)")
    void raisingTheLineNeverTurnsAPoorHouseholdNotPoor(
            @ForAll @IntRange(min = 1, max = 6) int members,
            @ForAll @LongRange(min = 0, max = 3_000_000) long wageFen,
            @ForAll @LongRange(min = 1, max = 1_000_000) long lineFen,
            @ForAll @LongRange(min = 0, max = 500_000) long raiseFen) {
        Household h = generated(members, wageFen, 0, false);
        Identification before = withLine(lineFen).assess(h, Y2019).identification();
        Assume.that(before.outcome() == Outcome.ELIGIBLE);

        Identification after = withLine(lineFen + raiseFen).assess(h, Y2019).identification();

        assertThat(after.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Property
    @Label("ID-H-1, INC-3: ELIGIBLE or EXCLUDED exactly when net income < line × members")
    void poorExactlyWhenNetIncomeIsBelowLineTimesMembers(
            @ForAll @IntRange(min = 1, max = 6) int members,
            @ForAll @LongRange(min = 1, max = 1_000_000) long lineFen,
            @ForAll boolean nearTheLine,
            @ForAll @IntRange(min = -600, max = 600) int offsetFen,
            @ForAll @LongRange(min = 0, max = 3_000_000) long wageFen,
            @ForAll @LongRange(min = 0, max = 100_000) long productionCostsFen,
            @ForAll boolean car) {
        long wage = nearTheLine ? Math.max(0, lineFen * members + offsetFen) : wageFen;
        long costs = nearTheLine ? 0 : productionCostsFen;
        long net = wage - costs;
        Household h = generated(members, wage, costs, car);

        Identification id = withLine(lineFen).assess(h, Y2019).identification();

        boolean below = net < lineFen * members;
        assertThat(id.netIncome().fen()).isEqualTo(net);
        assertThat(id.outcome() == Outcome.ELIGIBLE || id.outcome() == Outcome.EXCLUDED).isEqualTo(below);
        assertThat(id.outcome() == Outcome.EXCLUDED).isEqualTo(below && car);
    }
}
