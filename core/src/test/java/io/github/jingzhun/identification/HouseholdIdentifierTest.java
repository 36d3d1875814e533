package io.github.jingzhun.identification;

import static io.github.jingzhun.Households.adult;
import static io.github.jingzhun.Households.goodConditions;
import static io.github.jingzhun.Households.household;
import static io.github.jingzhun.Households.income;
import static io.github.jingzhun.Households.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.jingzhun.Households;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.household.Assets;
import io.github.jingzhun.household.Cause;
import io.github.jingzhun.household.Causes;
import io.github.jingzhun.household.Health;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.HouseholdType;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.Labour;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.Relation;
import io.github.jingzhun.household.Schooling;
import io.github.jingzhun.household.Sex;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.household.Transfer;
import io.github.jingzhun.household.TransferKind;
import io.github.jingzhun.indicator.Indicator;
import io.github.jingzhun.indicator.IndicatorReport;
import io.github.jingzhun.indicator.IndicatorResult;
import io.github.jingzhun.indicator.IndicatorStatus;
import io.github.jingzhun.indicator.Indicators;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.parameter.RegionalLine;
import io.github.jingzhun.parameter.Standard;
import io.github.jingzhun.parameter.YearParameters;
import io.github.jingzhun.statistics.Populations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class HouseholdIdentifierTest {

    private static final Year Y2019 = Year.of(2019);
    private static final PolicyParameters NATIONAL = PolicyParameters.national();
    private static final Yuan POOR_WAGE = Yuan.of(2000);
    private static final Yuan RICH_WAGE = Yuan.of(5000);

    private static Identification identify(Household h) {
        return identify(h, NATIONAL);
    }

    private static Identification identify(Household h, PolicyParameters parameters) {
        YearParameters p = parameters.forYear(Y2019);
        return HouseholdIdentifier.identify(h, p, Indicators.evaluate(h, p));
    }

    private static List<Finding> findings(Identification id, Rule rule) {
        return id.findings().stream().filter(f -> f.rule() == rule).toList();
    }

    private static Finding only(Identification id, Rule rule) {
        List<Finding> found = findings(id, rule);
        assertThat(found).as("findings citing %s", rule).hasSize(1);
        return found.get(0);
    }

    /** One adult of ORDINARY labour in 522727 with the given 2019 income record. */
    private static Household single(IncomeRecord record) {
        return household("522727").addMembers(adult()).addIncome(record).build();
    }

    private static Household singleWithWage(Yuan wage) {
        return single(income(2019).withWage(wage).build());
    }

    private static Member child(Schooling schooling) {
        return member(Sex.FEMALE, LocalDate.of(2008, 3, 1)).withRelation(Relation.CHILD)
                .withSchooling(schooling).withLabour(Labour.NONE).build();
    }

    @Nested
    @DisplayName("ID-H-1 income test, with INC-3 exactness")
    class IncomeRule {

        @Test
        @DisplayName("ID-H-1: one member, net income exactly 3218.00 in 2019 is NOT_ELIGIBLE")
        void incomeExactlyAtTheLineIsNotPoor() {
            Identification id = identify(singleWithWage(Yuan.parse("3218.00")));

            assertThat(id.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
            assertThat(id.isPoor()).isFalse();
            Finding f = only(id, Rule.ID_H_1);
            assertThat(f.passed()).isFalse();
            assertThat(f.observed()).isEqualTo(new BigDecimal("3218.00"));
            assertThat(f.threshold()).isEqualTo(new BigDecimal("3218.00"));
            assertThat(f.message()).isEqualTo("Per-capita net income 3218.00 is not below the 2019 line 3218.00");
            assertThat(f.messageZh()).isEqualTo("人均纯收入3218.00元不低于2019年标准3218.00元");
        }

        @Test
        @DisplayName("ID-H-1: one member, net income one fen below the line (3217.99) is ELIGIBLE")
        void incomeOneFenBelowTheLineIsPoor() {
            Identification id = identify(singleWithWage(Yuan.parse("3217.99")));

            assertThat(id.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(id.isPoor()).isTrue();
            Finding f = only(id, Rule.ID_H_1);
            assertThat(f.passed()).isTrue();
            assertThat(f.message()).isEqualTo("Per-capita net income 3217.99 is below the 2019 line 3218.00");
        }

        @Test
        @DisplayName("ID-H-1: one fen above the line is NOT_ELIGIBLE")
        void incomeOneFenAboveTheLineIsNotPoor() {
            assertThat(identify(singleWithWage(Yuan.parse("3218.01"))).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        }

        @Test
        @DisplayName("ID-H-1, INC-3: 3 members with net exactly 3 × 3218.00 are not poor")
        void threeMembersExactlyAtThreeTimesTheLineAreNotPoor() {
            Identification id = identify(Households.withWage(3, Yuan.parse("9654.00")));

            assertThat(id.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
            assertThat(id.perCapitaIncome()).isEqualTo(Yuan.parse("3218.00"));
        }

        @Test
        @DisplayName("INC-3: 3 members one fen below 3 × the line are poor though per capita displays 3218.00")
        void oneFenBelowThreeTimesTheLineIsPoorThoughPerCapitaRoundsUpToTheLine() {
            Identification id = identify(Households.withWage(3, Yuan.parse("9653.99")));

            // 9653.99 ÷ 3 = 3217.996…, displayed half-up as 3218.00; the decision is exact: 9653.99 < 9654.00.
            assertThat(id.perCapitaIncome()).isEqualTo(Yuan.parse("3218.00"));
            assertThat(id.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(id.netIncome()).isEqualTo(Yuan.parse("9653.99"));
            Finding f = only(id, Rule.ID_H_1);
            assertThat(f.passed()).isTrue();
            assertThat(f.observed()).isEqualTo(new BigDecimal("3218.00"));
            assertThat(f.message()).isEqualTo(
                    "Per-capita net income rounds to 3218.00, yet is exactly below the 2019 line 3218.00 (INC-3)");
        }

        @ParameterizedTest(name = "{0}: line {1}")
        @CsvSource({
            "2010, 2300", "2011, 2536", "2012, 2625", "2013, 2736", "2014, 2800", "2015, 2855",
            "2016, 2952", "2017, 2952", "2018, 2995", "2019, 3218", "2020, 4000"})
        @DisplayName("ID-H-1: in every income year, two members at 2 × the line are not poor, one fen less poor")
        void lineOfEveryYearIsComparedExactlyPerMember(int year, long line) {
            YearParameters p = NATIONAL.forYear(Year.of(year));
            Yuan atLine = Yuan.of(line).times(2);
            for (long delta : new long[] {-1, 0, 1}) {
                Household h = household("522727").addMembers(adult(), adult())
                        .addIncome(income(year).withWage(atLine.plus(Yuan.ofFen(delta))).build()).build();
                Identification id = HouseholdIdentifier.identify(h, p, Indicators.evaluate(h, p));

                assertThat(id.outcome()).as("%d with %d fen", year, delta)
                        .isEqualTo(delta < 0 ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE);
                assertThat(id.line()).isEqualTo(Yuan.of(line));
                assertThat(id.year()).isEqualTo(Year.of(year));
            }
        }

        @Test
        @DisplayName("ID-H-1: a 2019 line of 4000 set via withPovertyLine changes the outcome")
        void higherLineFromParametersChangesTheOutcome() {
            Household h = singleWithWage(Yuan.of(3500));
            PolicyParameters raised = NATIONAL.withPovertyLine(Y2019, Yuan.of(4000), "scenario",
                    "what if the 2019 line were 4000");

            Identification national = identify(h);
            Identification scenario = identify(h, raised);

            assertThat(national.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
            assertThat(national.line()).isEqualTo(Yuan.of(3218));
            assertThat(scenario.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(scenario.line()).isEqualTo(Yuan.of(4000));
            assertThat(only(scenario, Rule.ID_H_1).threshold()).isEqualTo(new BigDecimal("4000.00"));
            assertThat(only(scenario, Rule.IND_STD).passed()).isFalse();
            assertThat(only(national, Rule.IND_STD).passed()).isTrue();
        }

        @Test
        @DisplayName("ID-H-1, INC-1: net income counts production net of costs, property and all transfers")
        void netIncomeIsInc1IncludingOneOffTransfers() {
            // 1000 + (2000 − 500) + 100 + 300 recurring + 400 one-off = 3300; without the one-off 2900.
            Household h = single(income(2019).withWage(Yuan.of(1000)).withProductionGross(Yuan.of(2000))
                    .withProductionCosts(Yuan.of(500)).withProperty(Yuan.of(100))
                    .addTransfers(Transfer.of(TransferKind.PENSION, Yuan.of(300), true))
                    .addTransfers(Transfer.of(TransferKind.RELIEF, Yuan.of(400), false)).build());

            Identification id = identify(h);

            assertThat(id.netIncome()).isEqualTo(Yuan.of(3300));
            assertThat(id.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        }

        @Test
        @DisplayName("ID-H-1, INC-1: negative net production income makes net income negative, and poor")
        void negativeNetIncomeIsPoor() {
            Household h = single(income(2019).withProductionGross(Yuan.of(1000)).withProductionCosts(Yuan.of(1500))
                    .build());

            Identification id = identify(h);

            assertThat(id.netIncome()).isEqualTo(Yuan.of(-500));
            assertThat(id.perCapitaIncome()).isEqualTo(Yuan.of(-500));
            assertThat(id.outcome()).isEqualTo(Outcome.ELIGIBLE);
        }

        @Test
        @DisplayName("INC-2: migrant members count in the per-capita income")
        void migrantMembersCount() {
            Member migrant = member(Sex.FEMALE, LocalDate.of(1985, 2, 2)).withRelation(Relation.SPOUSE)
                    .withMigrantWorkMonths(12).build();
            Household h = household("522727").addMembers(adult(), migrant)
                    .addIncome(income(2019).withWage(Yuan.of(6000)).build()).build();

            Identification id = identify(h);

            assertThat(id.perCapitaIncome()).isEqualTo(Yuan.of(3000));
            assertThat(id.outcome()).isEqualTo(Outcome.ELIGIBLE);
        }

        @Test
        @DisplayName("ID-STD: a provincial line of 3500 applies in 522727, and the record says PROVINCIAL")
        void provincialLineIsAppliedAndRecorded() {
            PolicyParameters guizhou = NATIONAL.withRegionalLine(new RegionalLine(52, Y2019, Yuan.of(3500),
                    "Guizhou notice", "provincial line above the national line"));
            Household inGuizhou = singleWithWage(Yuan.of(3400));
            Household inGansu = household("621126").addMembers(adult())
                    .addIncome(income(2019).withWage(Yuan.of(3400)).build()).build();

            Identification gz = identify(inGuizhou, guizhou);
            Identification gs = identify(inGansu, guizhou);

            assertThat(gz.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(gz.standard()).isEqualTo(Standard.PROVINCIAL);
            assertThat(gz.line()).isEqualTo(Yuan.of(3500));
            assertThat(only(gz, Rule.ID_STD).message()).contains("provincial poverty line of area 52");
            assertThat(gs.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
            assertThat(gs.standard()).isEqualTo(Standard.NATIONAL);
            assertThat(gs.line()).isEqualTo(Yuan.of(3218));
        }

        @Test
        @DisplayName("ID-STD: every identification states the national line applied")
        void everyIdentificationStatesTheLineApplied() {
            Identification id = identify(singleWithWage(POOR_WAGE));

            assertThat(id.standard()).isEqualTo(Standard.NATIONAL);
            assertThat(only(id, Rule.ID_STD).message())
                    .isEqualTo("The national poverty line of 2019, 3218.00 yuan per person, was applied");
        }
    }

    @Nested
    @DisplayName("ID-H-2 exclusions")
    class ExclusionRule {

        private Household hitBy(Exclusion exclusion, Yuan wage) {
            Household.Builder b = household("522727").addIncome(income(2019).withWage(wage).build());
            switch (exclusion) {
                case PUBLIC_EMPLOYEE:
                    return b.addMembers(adult(), member(Sex.FEMALE, LocalDate.of(1982, 3, 3))
                            .withRelation(Relation.SPOUSE).withPublicEmployee(true).build()).build();
                case REGISTERED_ENTERPRISE:
                    return b.addMembers(adult(), member(Sex.FEMALE, LocalDate.of(1982, 3, 3))
                            .withRelation(Relation.SPOUSE).withRegisteredEnterprise(true).build()).build();
                case PRIVATE_CAR:
                    return b.addMembers(adult(), adult()).withAssets(Assets.builder().withPrivateCar(true).build())
                            .build();
                case TOWN_COMMERCIAL_HOUSING:
                    return b.addMembers(adult(), adult())
                            .withAssets(Assets.builder().withTownCommercialHousing(true).build()).build();
                default:
                    throw new AssertionError(exclusion);
            }
        }

        @ParameterizedTest
        @EnumSource(Exclusion.class)
        @DisplayName("ID-H-2: each exclusion turns an income-eligible household into EXCLUDED")
        void exclusionTurnsAnIncomeEligibleHouseholdIntoExcluded(Exclusion exclusion) {
            Identification id = identify(hitBy(exclusion, POOR_WAGE));

            assertThat(id.outcome()).isEqualTo(Outcome.EXCLUDED);
            assertThat(id.isPoor()).isFalse();
            assertThat(id.exclusions()).containsExactly(exclusion);
            assertThat(id.type()).isNull();
            assertThat(only(id, Rule.ID_H_1).passed()).isTrue();
            Finding f = only(id, Rule.ID_H_2);
            assertThat(f.passed()).isFalse();
            assertThat(f.message()).endsWith(": an exclusion applies");
            assertThat(f.messageZh()).endsWith("属于排除情形");
        }

        @Test
        @DisplayName("ID-H-2: a public employee is named by index, members[1]")
        void publicEmployeeFindingNamesTheMemberByIndex() {
            Finding f = only(identify(hitBy(Exclusion.PUBLIC_EMPLOYEE, POOR_WAGE)), Rule.ID_H_2);

            assertThat(f.subject()).isEqualTo("members[1]");
            assertThat(f.message()).isEqualTo("members[1] is a public employee on the state payroll: an exclusion applies");
            assertThat(f.messageZh()).isEqualTo("members[1]为财政供养人员，属于排除情形");
            assertThat(f.message()).doesNotContain("Zhang San");
        }

        @Test
        @DisplayName("ID-H-2: a registered enterprise is named by index, members[1]")
        void registeredEnterpriseFindingNamesTheMemberByIndex() {
            Finding f = only(identify(hitBy(Exclusion.REGISTERED_ENTERPRISE, POOR_WAGE)), Rule.ID_H_2);

            assertThat(f.subject()).isEqualTo("members[1]");
            assertThat(f.message()).isEqualTo("members[1] runs a registered enterprise: an exclusion applies");
        }

        @Test
        @DisplayName("ID-H-2: household assets are the household's, not a member's")
        void assetExclusionsHaveNoMemberSubject() {
            Finding car = only(identify(hitBy(Exclusion.PRIVATE_CAR, POOR_WAGE)), Rule.ID_H_2);
            Finding housing = only(identify(hitBy(Exclusion.TOWN_COMMERCIAL_HOUSING, POOR_WAGE)), Rule.ID_H_2);

            assertThat(car.subject()).isNull();
            assertThat(car.message()).isEqualTo("The household owns a private car not used for production: an exclusion applies");
            assertThat(housing.subject()).isNull();
            assertThat(housing.message()).isEqualTo("The household owns commercial housing in a town: an exclusion applies");
        }

        @ParameterizedTest
        @EnumSource(Exclusion.class)
        @DisplayName("ID-H-2: an exclusion switched off (value 0, with a reason) leaves the household ELIGIBLE")
        void exclusionSwitchedOffLeavesTheHouseholdEligible(Exclusion exclusion) {
            PolicyParameters off = NATIONAL.withParameter(exclusion.switchKey(), BigDecimal.ZERO, "county rule",
                    "the county does not apply this exclusion");

            Identification id = identify(hitBy(exclusion, POOR_WAGE), off);

            assertThat(id.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(id.exclusions()).isEmpty();
            assertThat(findings(id, Rule.ID_H_2)).allMatch(Finding::passed).extracting(Finding::message)
                    .containsExactly("The exclusion " + exclusion.name()
                            + " would apply but is switched off in this parameter set", "No exclusion applies");
            assertThat(only(id, Rule.IND_STD).passed()).isFalse();
        }

        @ParameterizedTest
        @EnumSource(Exclusion.class)
        @DisplayName("ID-H-2: an exclusion on a household above the line leaves it NOT_ELIGIBLE, recorded")
        void exclusionAboveTheLineStaysNotEligible(Exclusion exclusion) {
            Identification id = identify(hitBy(exclusion, RICH_WAGE.times(2)));

            assertThat(id.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
            assertThat(id.exclusions()).containsExactly(exclusion);
            assertThat(only(id, Rule.ID_H_2).passed()).isFalse();
        }

        @Test
        @DisplayName("ID-H-2: a household with no exclusion has a satisfied ID-H-2 finding")
        void noExclusionIsASatisfiedFinding() {
            Identification id = identify(singleWithWage(POOR_WAGE));

            assertThat(id.exclusions()).isEmpty();
            assertThat(only(id, Rule.ID_H_2).passed()).isTrue();
            assertThat(only(id, Rule.ID_H_2).messageZh()).isEqualTo("不属于应排除的情形");
        }

        @Test
        @DisplayName("ID-H-2: every exclusion that hits is listed, each with its finding")
        void everyExclusionThatHitsIsListed() {
            Household h = household("522727")
                    .addMembers(member(Sex.MALE, LocalDate.of(1970, 1, 1)).withPublicEmployee(true)
                            .withRegisteredEnterprise(true).build())
                    .withAssets(Assets.builder().withPrivateCar(true).withTownCommercialHousing(true).build())
                    .addIncome(income(2019).withWage(POOR_WAGE).build()).build();

            Identification id = identify(h);

            assertThat(id.exclusions()).containsExactly(Exclusion.values());
            assertThat(findings(id, Rule.ID_H_2)).hasSize(4).noneMatch(Finding::passed);
        }

        @Test
        @DisplayName("ID-H-2: an exclusion switched off after one that hits leaves the hit in force")
        void exclusionSwitchedOffAfterAHitLeavesTheHit() {
            Household h = household("522727")
                    .addMembers(member(Sex.MALE, LocalDate.of(1970, 1, 1)).withPublicEmployee(true).build())
                    .withAssets(Assets.builder().withPrivateCar(true).build())
                    .addIncome(income(2019).withWage(POOR_WAGE).build()).build();
            PolicyParameters noCar = NATIONAL.withParameter(ParameterKey.EXCLUDE_PRIVATE_CAR, BigDecimal.ZERO,
                    "county rule", "cars are needed to reach markets");

            Identification id = identify(h, noCar);

            assertThat(id.outcome()).isEqualTo(Outcome.EXCLUDED);
            assertThat(id.exclusions()).containsExactly(Exclusion.PUBLIC_EMPLOYEE);
        }

        @Test
        @DisplayName("ID-H-2: switching one exclusion off leaves the others in force")
        void switchingOneExclusionOffLeavesTheOthers() {
            Household h = household("522727").addMembers(adult())
                    .withAssets(Assets.builder().withPrivateCar(true).withTownCommercialHousing(true).build())
                    .addIncome(income(2019).withWage(POOR_WAGE).build()).build();
            PolicyParameters noCar = NATIONAL.withParameter(ParameterKey.EXCLUDE_PRIVATE_CAR, BigDecimal.ZERO,
                    "county rule", "cars are needed to reach markets");

            Identification id = identify(h, noCar);

            assertThat(id.outcome()).isEqualTo(Outcome.EXCLUDED);
            assertThat(id.exclusions()).containsExactly(Exclusion.TOWN_COMMERCIAL_HOUSING);
        }
    }

    @Nested
    @DisplayName("ID-H-3 outcome and guarantee gaps")
    class GapRule {

        private Household hungry(Yuan wage, boolean car) {
            return household("522727").addMembers(adult())
                    .withConditions(goodConditions().withFoodAssured(false).build())
                    .withAssets(Assets.builder().withPrivateCar(car).build())
                    .addIncome(income(2019).withWage(wage).build()).build();
        }

        @ParameterizedTest
        @CsvSource({"2000, false, ELIGIBLE", "2000, true, EXCLUDED", "5000, false, NOT_ELIGIBLE"})
        @DisplayName("ID-H-3: unmet indicators are reported as guarantee gaps in every outcome")
        void gapsAreReportedInEveryOutcome(long wage, boolean car, Outcome expected) {
            Identification id = identify(hungry(Yuan.of(wage), car));

            assertThat(id.outcome()).isEqualTo(expected);
            assertThat(id.gaps()).containsExactly(Indicator.FOOD);
            Finding f = only(id, Rule.ID_H_3);
            assertThat(f.passed()).isFalse();
            assertThat(f.observed()).isEqualByComparingTo("1");
            assertThat(f.subject()).isEqualTo(expected.name());
            assertThat(f.message()).isEqualTo("Outcome: " + expected.english()
                    + "; 1 guarantee gap(s) call for sector support, whatever the income");
        }

        @Test
        @DisplayName("ID-H-3: no unmet indicator, no gap")
        void noUnmetIndicatorIsNoGap() {
            Identification id = identify(singleWithWage(POOR_WAGE));

            assertThat(id.gaps()).isEmpty();
            Finding f = only(id, Rule.ID_H_3);
            assertThat(f.passed()).isTrue();
            assertThat(f.message()).isEqualTo("Outcome: eligible (poor); no guarantee gap");
        }

        @Test
        @DisplayName("ID-H-3: several gaps are listed in indicator order")
        void severalGapsAreListedInIndicatorOrder() {
            Household h = household("522727").addMembers(adult())
                    .withConditions(goodConditions().withFoodAssured(false)
                            .withWater(Households.goodWater().withQualityMeetsStandard(false).build()).build())
                    .addIncome(income(2019).withWage(RICH_WAGE).build()).build();

            Identification id = identify(h);

            assertThat(id.gaps()).containsExactly(Indicator.FOOD, Indicator.WATER);
            assertThat(only(id, Rule.ID_H_3).observed()).isEqualByComparingTo("2");
        }
    }

    @Nested
    @DisplayName("ID-H-4 household type")
    class TypeRule {

        private Household withTransfers(List<Member> members, Yuan wage, Transfer... transfers) {
            IncomeRecord.Builder record = income(2019).withWage(wage);
            for (Transfer t : transfers) {
                record.addTransfers(t);
            }
            return household("522727").addAllMembers(members).addIncome(record.build()).build();
        }

        private Member noLabour(Labour labour, int birthYear) {
            return member(Sex.MALE, LocalDate.of(birthYear, 4, 4)).withLabour(labour).build();
        }

        @Test
        @DisplayName("ID-H-4: an EXTREME_POVERTY_SUPPORT transfer makes the type EXTREME_POVERTY_SUPPORT")
        void extremePovertySupportTransferMakesExtremePovertySupport() {
            Identification id = identify(withTransfers(List.of(adult()), Yuan.of(1000),
                    Transfer.of(TransferKind.EXTREME_POVERTY_SUPPORT, Yuan.of(1000), true)));

            assertThat(id.type()).isEqualTo(HouseholdType.EXTREME_POVERTY_SUPPORT);
            assertThat(only(id, Rule.ID_H_4).message())
                    .isEqualTo("Household type EXTREME_POVERTY_SUPPORT: an extreme-poverty support transfer is on record");
            assertThat(only(id, Rule.ID_H_4).messageZh()).isEqualTo("户类型为特困供养户：有特困供养金记录");
        }

        @Test
        @DisplayName("ID-H-4: extreme-poverty support takes precedence over the minimum living allowance")
        void extremePovertySupportTakesPrecedenceOverTheAllowance() {
            Identification id = identify(withTransfers(List.of(adult()), Yuan.ZERO,
                    Transfer.of(TransferKind.MINIMUM_LIVING_ALLOWANCE, Yuan.of(800), true),
                    Transfer.of(TransferKind.EXTREME_POVERTY_SUPPORT, Yuan.of(1000), true)));

            assertThat(id.type()).isEqualTo(HouseholdType.EXTREME_POVERTY_SUPPORT);
        }

        @Test
        @DisplayName("ID-H-4: a transfer on record decides first: the allowance gives MINIMUM_LIVING_ALLOWANCE "
                + "even with no labour capacity and transfers only")
        void allowanceOnRecordDecidesBeforeDerivation() {
            Identification id = identify(withTransfers(List.of(noLabour(Labour.LOST, 1950),
                    noLabour(Labour.NONE, 1940)), Yuan.ZERO, Transfer.of(TransferKind.PENSION, Yuan.of(2000), true),
                    Transfer.of(TransferKind.MINIMUM_LIVING_ALLOWANCE, Yuan.of(1000), true)));

            assertThat(id.type()).isEqualTo(HouseholdType.MINIMUM_LIVING_ALLOWANCE);
            assertThat(only(id, Rule.ID_H_4).message()).isEqualTo("Household type MINIMUM_LIVING_ALLOWANCE: a minimum "
                    + "living allowance transfer is on record, and no extreme-poverty support");
        }

        @Test
        @DisplayName("ID-H-4: neither transfer, no labour capacity (LOST, NONE) and transfers only: "
                + "EXTREME_POVERTY_SUPPORT derived, for civil affairs to confirm")
        void noLabourAndTransfersOnlyDerivesExtremePovertySupport() {
            Identification id = identify(withTransfers(List.of(noLabour(Labour.LOST, 1950),
                    noLabour(Labour.NONE, 1940)), Yuan.ZERO, Transfer.of(TransferKind.PENSION, Yuan.of(2000), true),
                    Transfer.of(TransferKind.RELIEF, Yuan.of(300), false)));

            assertThat(id.type()).isEqualTo(HouseholdType.EXTREME_POVERTY_SUPPORT);
            Finding f = only(id, Rule.ID_H_4);
            assertThat(f.passed()).isTrue();
            assertThat(f.message()).isEqualTo("Household type EXTREME_POVERTY_SUPPORT, derived: no allowance or "
                    + "support is on record, but no member has labour capacity and it has no income but transfers; "
                    + "for civil affairs to confirm");
            assertThat(f.messageZh()).isEqualTo("户类型推定为特困供养户：无低保金或特困供养金记录，但家庭成员均无劳动能力且"
                    + "除转移性收入外无收入；须经民政部门认定");
        }

        @Test
        @DisplayName("ID-H-4: no labour capacity and no income at all is derived EXTREME_POVERTY_SUPPORT too")
        void noLabourAndNoIncomeDerivesExtremePovertySupport() {
            Identification id = identify(withTransfers(List.of(noLabour(Labour.NONE, 1940)), Yuan.ZERO));

            assertThat(id.type()).isEqualTo(HouseholdType.EXTREME_POVERTY_SUPPORT);
            assertThat(only(id, Rule.ID_H_4).message()).contains("derived");
        }

        @Test
        @DisplayName("ID-H-4: one member of labour capacity among members who cannot work gives GENERAL")
        void oneMemberOfLabourCapacityGivesGeneral() {
            Identification id = identify(withTransfers(List.of(noLabour(Labour.LOST, 1950), adult()), Yuan.ZERO,
                    Transfer.of(TransferKind.PENSION, Yuan.of(2000), true)));

            assertThat(id.type()).isEqualTo(HouseholdType.GENERAL);
        }

        @Test
        @DisplayName("ID-H-4: no labour capacity but a wage is not 'transfers only'")
        void noLabourWithOtherIncomeIsNotExtremePovertySupport() {
            Identification withWage = identify(withTransfers(List.of(noLabour(Labour.LOST, 1950)), Yuan.ofFen(1),
                    Transfer.of(TransferKind.PENSION, Yuan.of(2000), true)));
            Identification withProduction = identify(household("522727").addMembers(noLabour(Labour.LOST, 1950))
                    .addIncome(income(2019).withProductionGross(Yuan.of(100)).build()).build());
            Identification withProperty = identify(household("522727").addMembers(noLabour(Labour.LOST, 1950))
                    .addIncome(income(2019).withProperty(Yuan.of(100)).build()).build());

            assertThat(withWage.type()).isEqualTo(HouseholdType.GENERAL);
            assertThat(withProduction.type()).isEqualTo(HouseholdType.GENERAL);
            assertThat(withProperty.type()).isEqualTo(HouseholdType.GENERAL);
        }

        @Test
        @DisplayName("ID-H-4: a member of WEAK labour has labour capacity")
        void weakLabourIsLabourCapacity() {
            Identification id = identify(withTransfers(List.of(noLabour(Labour.WEAK, 1955)), Yuan.ZERO,
                    Transfer.of(TransferKind.PENSION, Yuan.of(2000), true)));

            assertThat(id.type()).isEqualTo(HouseholdType.GENERAL);
        }

        @Test
        @DisplayName("ID-H-4: a MINIMUM_LIVING_ALLOWANCE transfer makes MINIMUM_LIVING_ALLOWANCE")
        void allowanceTransferMakesMinimumLivingAllowance() {
            Identification id = identify(withTransfers(List.of(adult()), Yuan.of(1000),
                    Transfer.of(TransferKind.MINIMUM_LIVING_ALLOWANCE, Yuan.of(1200), true)));

            assertThat(id.type()).isEqualTo(HouseholdType.MINIMUM_LIVING_ALLOWANCE);
            assertThat(only(id, Rule.ID_H_4).messageZh()).isEqualTo("户类型为低保贫困户：有农村低保金记录，无特困供养金记录");
        }

        @Test
        @DisplayName("ID-H-4: otherwise GENERAL, whatever type the registry recorded")
        void otherwiseGeneralWhateverTheRecordedType() {
            Household h = household("522727").withType(HouseholdType.MINIMUM_LIVING_ALLOWANCE).addMembers(adult())
                    .addIncome(income(2019).withWage(POOR_WAGE)
                            .addTransfers(Transfer.of(TransferKind.PENSION, Yuan.of(100), true)).build())
                    .build();

            Identification id = identify(h);

            assertThat(id.type()).isEqualTo(HouseholdType.GENERAL);
            assertThat(only(id, Rule.ID_H_4).message()).isEqualTo("Household type GENERAL: no allowance or support is "
                    + "on record, and a member has labour capacity or it has income other than transfers");
            assertThat(only(id, Rule.ID_H_4).messageZh())
                    .isEqualTo("户类型为一般贫困户：无低保金或特困供养金记录，且有劳动能力成员或有转移性收入以外的收入");
        }

        @Test
        @DisplayName("ID-H-4: the type is null, with no ID-H-4 finding, unless the household is ELIGIBLE")
        void typeIsNullUnlessEligible() {
            Transfer support = Transfer.of(TransferKind.EXTREME_POVERTY_SUPPORT, Yuan.of(1000), true);
            Identification notEligible = identify(withTransfers(List.of(adult()), RICH_WAGE, support));
            Identification excluded = identify(household("522727").addMembers(adult())
                    .withAssets(Assets.builder().withPrivateCar(true).build())
                    .addIncome(income(2019).addTransfers(support).build()).build());

            assertThat(notEligible.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
            assertThat(notEligible.type()).isNull();
            assertThat(findings(notEligible, Rule.ID_H_4)).isEmpty();
            assertThat(excluded.outcome()).isEqualTo(Outcome.EXCLUDED);
            assertThat(excluded.type()).isNull();
            assertThat(findings(excluded, Rule.ID_H_4)).isEmpty();
        }
    }

    @Test
    @DisplayName("AUD-10: income years up to LAST_NEW_REGISTRATION_YEAR (2020) are open to new registration; 2021 is "
            + "not")
    void yearsOpenToRegistration() {
        PolicyParameters with2021 = NATIONAL.withPovertyLine(Year.of(2021), Yuan.of(4100), "test",
                "a line for the year after the campaign");
        PolicyParameters closedAfter2018 = NATIONAL.withParameter(ParameterKey.LAST_NEW_REGISTRATION_YEAR,
                BigDecimal.valueOf(2018), "test", "registration closed after 2018");

        assertThat(HouseholdIdentifier.isOpenToRegistration(NATIONAL.forYear(Y2019))).isTrue();
        assertThat(HouseholdIdentifier.isOpenToRegistration(NATIONAL.forYear(Year.of(2020)))).isTrue();
        assertThat(HouseholdIdentifier.isOpenToRegistration(with2021.forYear(Year.of(2021)))).isFalse();
        assertThat(HouseholdIdentifier.isOpenToRegistration(closedAfter2018.forYear(Year.of(2018)))).isTrue();
        assertThat(HouseholdIdentifier.isOpenToRegistration(closedAfter2018.forYear(Y2019))).isFalse();
    }

    @Test
    @DisplayName("AUD-10: missed is not registered and poor in a year open to registration; either form agrees")
    void missedByRegistration() {
        PolicyParameters closedAfter2018 = NATIONAL.withParameter(ParameterKey.LAST_NEW_REGISTRATION_YEAR,
                BigDecimal.valueOf(2018), "test", "registration closed after 2018");
        Household poor = singleWithWage(Yuan.parse("3217.99"));
        Household atTheLine = singleWithWage(Yuan.parse("3218.00"));
        Household registered = household("522727").addMembers(adult())
                .withStatus(Status.registered(LocalDate.of(2014, 10, 1)))
                .addIncome(income(2019).withWage(Yuan.parse("3217.99")).build()).build();

        assertThat(missed(poor, NATIONAL)).containsExactly(true, true);
        assertThat(missed(atTheLine, NATIONAL)).containsExactly(false, false);
        assertThat(missed(registered, NATIONAL)).containsExactly(false, false);
        assertThat(missed(poor, closedAfter2018)).containsExactly(false, false);
    }

    /** Whether missed in 2019, from the identification and from the indicators. */
    private static List<Boolean> missed(Household h, PolicyParameters parameters) {
        YearParameters p = parameters.forYear(Y2019);
        IndicatorReport indicators = Indicators.evaluate(h, p);
        return List.of(HouseholdIdentifier.isMissed(h, p, HouseholdIdentifier.identify(h, p, indicators)),
                HouseholdIdentifier.isMissed(h, p, indicators));
    }

    @Nested
    @DisplayName("ID-H-5 derived causes")
    class CauseRule {

        private Identification withMember(Member second) {
            return identify(household("522727").addMembers(adult(), second)
                    .addIncome(income(2019).withWage(POOR_WAGE).build()).build());
        }

        private Identification withSpending(Yuan wage, IncomeRecord.Builder record) {
            return identify(single(record.withWage(wage).build()));
        }

        @Test
        @DisplayName("ID-H-5: a healthy working household with no rigid spending suggests no cause")
        void healthyWorkingHouseholdSuggestsNoCause() {
            assertThat(identify(singleWithWage(POOR_WAGE)).derivedCauses()).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(value = Health.class, names = {"CHRONIC_ILLNESS", "SERIOUS_ILLNESS"})
        @DisplayName("ID-H-5: an ill member suggests ILLNESS")
        void illMemberSuggestsIllness(Health health) {
            Member ill = member(Sex.FEMALE, LocalDate.of(1960, 5, 5)).withRelation(Relation.PARENT)
                    .withHealth(health).withSeriousIllnessInsurance(true).build();

            assertThat(withMember(ill).derivedCauses()).containsExactly(Cause.ILLNESS);
        }

        @Test
        @DisplayName("ID-H-5: a disabled member suggests DISABILITY")
        void disabledMemberSuggestsDisability() {
            Member disabled = member(Sex.FEMALE, LocalDate.of(1960, 5, 5)).withRelation(Relation.PARENT)
                    .withDisabilityGrade(2).build();

            assertThat(withMember(disabled).derivedCauses()).containsExactly(Cause.DISABILITY);
        }

        @Test
        @DisplayName("ID-H-5: no member with labour capacity suggests LACK_OF_LABOUR")
        void noLabourSuggestsLackOfLabour() {
            Household h = household("522727")
                    .addMembers(member(Sex.MALE, LocalDate.of(1945, 1, 1)).withLabour(Labour.LOST).build())
                    .addIncome(income(2019).withProperty(Yuan.of(500)).build()).build();

            assertThat(identify(h).derivedCauses()).containsExactly(Cause.LACK_OF_LABOUR);
        }

        @Test
        @DisplayName("ID-H-5: a dropout of compulsory-education age suggests EDUCATION_COSTS")
        void dropoutSuggestsEducationCosts() {
            Identification id = withMember(child(Schooling.DROPPED_OUT));

            assertThat(id.derivedCauses()).containsExactly(Cause.EDUCATION_COSTS);
            assertThat(id.gaps()).containsExactly(Indicator.EDUCATION);
        }

        @Test
        @DisplayName("ID-H-5: an enrolled child alone suggests nothing")
        void enrolledChildSuggestsNothing() {
            assertThat(withMember(child(Schooling.ENROLLED)).derivedCauses()).isEmpty();
        }

        @Test
        @DisplayName("ID-H-5: education costs of exactly 50% of net income are not high")
        void educationCostsExactlyHalfOfNetIncomeAreNotHigh() {
            assertThat(withSpending(Yuan.of(2000), income(2019).withEducationCosts(Yuan.of(1000))).derivedCauses())
                    .isEmpty();
        }

        @Test
        @DisplayName("ID-H-5: education costs one fen above 50% of net income suggest EDUCATION_COSTS")
        void educationCostsAboveHalfOfNetIncomeSuggestEducationCosts() {
            assertThat(withSpending(Yuan.of(2000), income(2019).withEducationCosts(Yuan.parse("1000.01")))
                    .derivedCauses()).containsExactly(Cause.EDUCATION_COSTS);
        }

        @Test
        @DisplayName("ID-H-5: disaster losses of exactly 50% are not high, one fen more suggests DISASTER")
        void disasterLossAboveHalfOfNetIncomeSuggestsDisaster() {
            assertThat(withSpending(Yuan.of(2000), income(2019).withDisasterLoss(Yuan.of(1000))).derivedCauses())
                    .isEmpty();
            assertThat(withSpending(Yuan.of(2000), income(2019).withDisasterLoss(Yuan.parse("1000.01")))
                    .derivedCauses()).containsExactly(Cause.DISASTER);
        }

        @Test
        @DisplayName("ID-H-5: medical costs of exactly 50% are not high, one fen more suggests ILLNESS")
        void medicalCostsAboveHalfOfNetIncomeSuggestIllness() {
            assertThat(withSpending(Yuan.of(2000), income(2019).withMedicalOutOfPocket(Yuan.of(1000)))
                    .derivedCauses()).isEmpty();
            assertThat(withSpending(Yuan.of(2000), income(2019).withMedicalOutOfPocket(Yuan.parse("1000.01")))
                    .derivedCauses()).containsExactly(Cause.ILLNESS);
        }

        @Test
        @DisplayName("ID-H-5: any rigid spending with no positive net income is high; none is not")
        void anySpendingWithoutPositiveNetIncomeIsHigh() {
            assertThat(withSpending(Yuan.ZERO, income(2019).withDisasterLoss(Yuan.ofFen(1))).derivedCauses())
                    .containsExactly(Cause.DISASTER);
            assertThat(withSpending(Yuan.ZERO, income(2019)).derivedCauses()).isEmpty();
        }

        @Test
        @DisplayName("ID-H-5: no rigid spending is never high, even against a negative net income")
        void noSpendingIsNeverHighEvenAgainstNegativeIncome() {
            Household h = single(income(2019).withProductionCosts(Yuan.of(100)).build());

            assertThat(identify(h).netIncome().isNegative()).isTrue();
            assertThat(identify(h).derivedCauses()).isEmpty();
        }

        @Test
        @DisplayName("ID-H-5: any rigid spending against no positive net income is high, whatever the share")
        void anySpendingAgainstNoPositiveIncomeIsHighWhateverTheShare() {
            PolicyParameters highest = NATIONAL.withParameter(ParameterKey.SHOCK_SHARE_PERCENT,
                    BigDecimal.valueOf(10_000), "test", "the highest share a parameter set may give");
            Household h = single(income(2019).withProductionCosts(Yuan.of(1000)).withDisasterLoss(Yuan.ofFen(1))
                    .build());

            assertThat(identify(h, highest).derivedCauses()).containsExactly(Cause.DISASTER);
        }

        @Test
        @DisplayName("ID-H-5: a share with decimals is compared exactly: 50.5% of 2000.00 is 1010.00")
        void shareWithDecimalsIsComparedExactly() {
            PolicyParameters share = NATIONAL.withParameter(ParameterKey.EDUCATION_COSTS_SHARE_PERCENT,
                    new BigDecimal("50.5"), "test", "a share with decimals");

            assertThat(identify(single(income(2019).withWage(Yuan.of(2000)).withEducationCosts(Yuan.of(1010))
                    .build()), share).derivedCauses()).isEmpty();
            assertThat(identify(single(income(2019).withWage(Yuan.of(2000))
                    .withEducationCosts(Yuan.parse("1010.01")).build()), share).derivedCauses())
                    .containsExactly(Cause.EDUCATION_COSTS);
        }

        @Test
        @DisplayName("ID-H-5: high education costs are above EDUCATION_COSTS_SHARE_PERCENT of net income, "
                + "by default the MON-3 share; the shock share does not decide them")
        void educationShareIsItsOwnParameter() {
            PolicyParameters forty = NATIONAL.withParameter(ParameterKey.EDUCATION_COSTS_SHARE_PERCENT,
                    BigDecimal.valueOf(40), "provincial rule", "a lower share of education costs");
            PolicyParameters shockForty = NATIONAL.withParameter(ParameterKey.SHOCK_SHARE_PERCENT,
                    BigDecimal.valueOf(40), "provincial rule", "a lower share of rigid spending");
            Household h = single(income(2019).withWage(Yuan.of(2000)).withEducationCosts(Yuan.parse("800.01"))
                    .build());

            assertThat(NATIONAL.forYear(Y2019).value(ParameterKey.EDUCATION_COSTS_SHARE_PERCENT))
                    .isEqualByComparingTo(NATIONAL.forYear(Y2019).value(ParameterKey.SHOCK_SHARE_PERCENT));
            assertThat(identify(h).derivedCauses()).isEmpty();
            assertThat(identify(h, shockForty).derivedCauses()).isEmpty();
            assertThat(identify(h, forty).derivedCauses()).containsExactly(Cause.EDUCATION_COSTS);
        }

        @Test
        @DisplayName("ID-H-5: high education costs are a finding naming the costs, the share and its amount")
        void highEducationCostsAreAFinding() {
            Identification id = withSpending(Yuan.parse("2000.01"),
                    income(2019).withEducationCosts(Yuan.parse("1000.01")));

            assertThat(findings(id, Rule.ID_H_5)).singleElement().satisfies(f -> {
                assertThat(f.passed()).isTrue();
                assertThat(f.observed()).isEqualTo(new BigDecimal("1000.01"));
                // 1000.005 exactly, shown to the fen as money is: the costs exceed it exactly only (INC-3)
                assertThat(f.threshold()).isEqualTo(new BigDecimal("1000.01"));
                assertThat(f.subject()).isEqualTo("50");
                assertThat(f.message()).isEqualTo("Education costs 1000.01 are exactly above 50% of net income, which "
                        + "rounds to 1000.01 (INC-3): high education costs suggest EDUCATION_COSTS");
                assertThat(f.messageZh()).isEqualTo("教育支出1000.01元精确计算超过家庭纯收入的50%（四舍五入为1000.01元，INC-3）："
                        + "教育负担重，提示因学致贫");
            });
            Identification more = withSpending(Yuan.parse("2000.01"),
                    income(2019).withEducationCosts(Yuan.parse("1000.02")));
            assertThat(findings(more, Rule.ID_H_5)).singleElement().satisfies(f -> {
                assertThat(f.threshold()).isEqualTo(new BigDecimal("1000.01"));
                assertThat(f.message()).isEqualTo("Education costs 1000.02 are above 50% of net income, 1000.01: "
                        + "high education costs suggest EDUCATION_COSTS");
                assertThat(f.messageZh()).isEqualTo("教育支出1000.02元超过家庭纯收入的50%（1000.01元）：教育负担重，提示因学致贫");
            });
            // at exactly half there is no finding
            assertThat(findings(withSpending(Yuan.of(2000), income(2019).withEducationCosts(Yuan.of(1000))),
                    Rule.ID_H_5)).isEmpty();
        }

        @Test
        @DisplayName("ID-H-5: high medical costs and disaster losses are findings too, as the causes they suggest")
        void highMedicalCostsAndDisasterLossesAreFindings() {
            Identification id = withSpending(Yuan.of(2000), income(2019).withMedicalOutOfPocket(Yuan.parse("1000.01"))
                    .withDisasterLoss(Yuan.parse("1000.02")));

            assertThat(id.derivedCauses()).containsExactly(Cause.ILLNESS, Cause.DISASTER);
            assertThat(findings(id, Rule.ID_H_5)).extracting(Finding::observed, Finding::threshold, Finding::message)
                    .containsExactly(
                            tuple(new BigDecimal("1000.01"), new BigDecimal("1000.00"), "Medical costs paid out of "
                                    + "pocket 1000.01 are above 50% of net income, 1000.00: they suggest ILLNESS"),
                            tuple(new BigDecimal("1000.02"), new BigDecimal("1000.00"), "Disaster losses 1000.02 are "
                                    + "above 50% of net income, 1000.00: they suggest DISASTER"));
            assertThat(findings(id, Rule.ID_H_5)).allSatisfy(f -> assertThat(f.passed()).isTrue());
            // at exactly half there is neither cause nor finding
            Identification half = withSpending(Yuan.of(2000), income(2019).withMedicalOutOfPocket(Yuan.of(1000))
                    .withDisasterLoss(Yuan.of(1000)));
            assertThat(half.derivedCauses()).isEmpty();
            assertThat(findings(half, Rule.ID_H_5)).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({"2000.02, 1000.01", "2000.00, 1000.00", "2000.10, 1000.05", "0.03, 0.02", "2000.01, 1000.01"})
        @DisplayName("ID-H-5: the share of net income high education costs exceed is shown to the fen, half up")
        void highEducationCostsThresholdIsShownToTheFen(String net, String half) {
            Identification id = withSpending(Yuan.parse(net),
                    income(2019).withEducationCosts(Yuan.of(5000)));

            assertThat(findings(id, Rule.ID_H_5)).singleElement()
                    .satisfies(f -> assertThat(f.threshold()).isEqualTo(new BigDecimal(half)));
        }

        @Test
        @DisplayName("ID-H-5: education costs against no positive net income are high, the threshold stated as 0.00")
        void educationCostsAgainstNoIncomeAreAFinding() {
            Identification id = withSpending(Yuan.ZERO, income(2019).withEducationCosts(Yuan.ofFen(1)));

            assertThat(id.derivedCauses()).containsExactly(Cause.EDUCATION_COSTS);
            assertThat(findings(id, Rule.ID_H_5)).singleElement()
                    .satisfies(f -> assertThat(f.threshold()).isEqualTo(new BigDecimal("0.00")));
        }

        @Test
        @DisplayName("ID-H-5: several causes are derived together, in enum order")
        void severalCausesAreDerivedTogether() {
            Member disabledIll = member(Sex.MALE, LocalDate.of(1950, 1, 1)).withLabour(Labour.LOST)
                    .withHealth(Health.CHRONIC_ILLNESS).withDisabilityGrade(1).build();
            Household h = household("522727").addMembers(disabledIll)
                    .addIncome(income(2019).withProperty(Yuan.of(1000)).withDisasterLoss(Yuan.of(600)).build())
                    .build();

            assertThat(identify(h).derivedCauses()).containsExactly(Cause.ILLNESS, Cause.DISABILITY,
                    Cause.DISASTER, Cause.LACK_OF_LABOUR);
        }

        @ParameterizedTest
        @EnumSource(value = Cause.class, names = {"ILLNESS", "DISABILITY", "EDUCATION_COSTS", "LACK_OF_LABOUR",
            "DISASTER"})
        @DisplayName("ID-H-5: a registered primary cause the data contradict is a failing finding citing AUD-6")
        void contradictedPrimaryCauseIsAFailingFindingCitingAud6(Cause cause) {
            Household h = household("522727").withCauses(Causes.of(cause)).addMembers(adult())
                    .addIncome(income(2019).withWage(POOR_WAGE).build()).build();

            Finding f = only(identify(h), Rule.ID_H_5);

            assertThat(f.passed()).isFalse();
            assertThat(f.subject()).isEqualTo(cause.name());
            assertThat(f.message()).isEqualTo("The registered primary cause, " + cause.english()
                    + ", has no support in the data (AUD-6)");
            assertThat(f.messageZh()).contains("AUD-6");
        }

        @Test
        @DisplayName("ID-H-5: a registered primary cause the data support is a satisfied finding")
        void supportedPrimaryCauseIsASatisfiedFinding() {
            Member ill = member(Sex.FEMALE, LocalDate.of(1960, 5, 5)).withRelation(Relation.PARENT)
                    .withHealth(Health.CHRONIC_ILLNESS).build();
            Household h = household("522727").withCauses(Causes.of(Cause.ILLNESS)).addMembers(adult(), ill)
                    .addIncome(income(2019).withWage(POOR_WAGE).build()).build();

            Finding f = only(identify(h), Rule.ID_H_5);

            assertThat(f.passed()).isTrue();
            assertThat(f.message()).isEqualTo("The registered primary cause, illness, is supported by the data");
        }

        @Test
        @DisplayName("ID-H-5: a primary cause the data cannot show, or none, gives no ID-H-5 finding")
        void uncheckablePrimaryCauseGivesNoFinding() {
            Household skills = household("522727").withCauses(Causes.of(Cause.LACK_OF_SKILLS)).addMembers(adult())
                    .addIncome(income(2019).withWage(POOR_WAGE).build()).build();

            assertThat(findings(identify(skills), Rule.ID_H_5)).isEmpty();
            assertThat(findings(identify(singleWithWage(POOR_WAGE)), Rule.ID_H_5)).isEmpty();
        }

        @Test
        @DisplayName("ID-H-5: causes are derived in every outcome, not only for the poor")
        void causesAreDerivedInEveryOutcome() {
            Member disabled = member(Sex.FEMALE, LocalDate.of(1960, 5, 5)).withRelation(Relation.PARENT)
                    .withDisabilityGrade(3).build();
            Identification id = identify(household("522727").addMembers(adult(), disabled)
                    .addIncome(income(2019).withWage(RICH_WAGE.times(3)).build()).build());

            assertThat(id.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
            assertThat(id.derivedCauses()).containsExactly(Cause.DISABILITY);
        }
    }

    @Test
    @DisplayName("identifying without indicators evaluates them when the explanation is asked for")
    void identifyingWithoutIndicatorsEvaluatesThemOnRequest() {
        Household h = household("522727").addMembers(adult(), child(Schooling.DROPPED_OUT))
                .withConditions(goodConditions().withFoodAssured(false).build())
                .addIncome(income(2019).withWage(POOR_WAGE).build()).build();
        YearParameters p = NATIONAL.forYear(Y2019);

        Identification screened = HouseholdIdentifier.identify(h, p);

        assertThat(screened.gaps()).containsExactly(Indicator.FOOD, Indicator.EDUCATION);
        assertThat(screened).isEqualTo(identify(h)).hasSameHashCodeAs(identify(h));
        assertThat(screened.findings()).isEqualTo(identify(h).findings());
    }

    @Test
    @DisplayName("identifying with indicators explains with those indicators, as given")
    void indicatorsGivenAreTheOnesExplained() {
        Household h = singleWithWage(POOR_WAGE);
        YearParameters p = NATIONAL.forYear(Y2019);
        IndicatorReport evaluated = Indicators.evaluate(h, p);
        List<IndicatorResult> results = new ArrayList<>(evaluated.results());
        results.set(Indicator.WATER.ordinal(), new IndicatorResult(Indicator.WATER, IndicatorStatus.UNMET,
                List.of(Finding.of(Rule.IND_WATER, false, null, Wording.of("no water", "无水")))));

        Identification id = HouseholdIdentifier.identify(h, p, IndicatorReport.of(results));

        assertThat(evaluated.gaps()).isEmpty();
        assertThat(id.gaps()).containsExactly(Indicator.WATER);
    }

    @Test
    @DisplayName("a household without an income record for the year is an error naming the household")
    void householdWithoutAnIncomeRecordForTheYearIsAnError() {
        Household h = household("522727").withId("HH-522727-0042").addMembers(adult())
                .addIncome(income(2018).withWage(POOR_WAGE).build()).build();
        YearParameters p = NATIONAL.forYear(Y2019);

        assertThatThrownBy(() -> HouseholdIdentifier.identify(h, p, Indicators.evaluate(h, p)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("HH-522727-0042")
                .hasMessageContaining("2019");
    }

    @Test
    @DisplayName("findings: ID-H-1 first, then ID-STD; ID-H-3 and IND-STD last")
    void findingsAreInADecisionOrder() {
        Identification id = identify(Households.worked());

        assertThat(id.findings()).extracting(Finding::rule).containsExactly(Rule.ID_H_1, Rule.ID_STD, Rule.ID_H_2,
                Rule.ID_H_4, Rule.ID_H_5, Rule.ID_H_3, Rule.IND_STD);
    }

    @Test
    @DisplayName("findings never contain a name or an ID number")
    void findingsNeverContainANameOrIdNumber() {
        Household worked = Households.worked();
        Household h = household("522727").addAllMembers(worked.getMembers())
                .addMembers(member(Sex.FEMALE, LocalDate.of(1982, 3, 3)).withName("Chen Hong")
                        .withRelation(Relation.SPOUSE).withPublicEmployee(true).build())
                .addIncome(income(2019).withWage(POOR_WAGE).build()).build();

        for (Finding f : identify(h).findings()) {
            for (Member m : h.getMembers()) {
                assertThat(f.message()).doesNotContain(m.getName(), m.getIdNumber().unmasked());
                assertThat(f.messageZh()).doesNotContain(m.getName(), m.getIdNumber().unmasked());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
    @DisplayName("ID-H-5: whether the primary cause is unsupported, asked before the findings, is what they say")
    void primaryCauseUnsupportedIsWhatTheFindingsSay(long seed) {
        Random random = new Random(seed);
        YearParameters p = NATIONAL.forYear(Y2019);
        Cause[] causes = Cause.values();
        for (int i = 0; i < 200; i++) {
            Household drawn = Populations.random(random, "HH-" + i);
            IncomeRecord record = drawn.getIncome().get(0);
            Household h = Household.builder().from(drawn)
                    .withCauses(random.nextInt(8) == 0 ? Causes.none()
                            : Causes.of(causes[random.nextInt(causes.length)]))
                    .withIncome(List.of(IncomeRecord.builder().from(record)
                            .withEducationCosts(Yuan.ofFen(random.nextInt(3) * random.nextInt(400_000)))
                            .withMedicalOutOfPocket(Yuan.ofFen(random.nextInt(3) * random.nextInt(400_000)))
                            .withDisasterLoss(Yuan.ofFen(random.nextInt(3) * random.nextInt(400_000))).build()))
                    .build();
            boolean failed = identify(h).findings().stream().anyMatch(f -> f.rule() == Rule.ID_H_5 && !f.passed());

            assertThat(identify(h).primaryCauseUnsupported()).as(h.getId()).isEqualTo(failed);
            assertThat(HouseholdIdentifier.identify(h, p).primaryCauseUnsupported()).as(h.getId()).isEqualTo(failed);
            Identification explained = identify(h);
            explained.findings();
            assertThat(explained.primaryCauseUnsupported()).as(h.getId()).isEqualTo(failed);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8})
    @DisplayName("ID-H-3, ID-H-5: gaps and derived causes asked before the findings are those the explanation gives")
    void gapsAndDerivedCausesBeforeTheFindingsAreTheExplanations(long seed) {
        Random random = new Random(seed);
        YearParameters p = NATIONAL.forYear(Y2019);
        for (int i = 0; i < 200; i++) {
            Household drawn = Populations.random(random, "HH-" + i);
            IncomeRecord record = drawn.getIncome().get(0);
            Household h = Household.builder().from(drawn)
                    .withIncome(List.of(IncomeRecord.builder().from(record)
                            .withEducationCosts(Yuan.ofFen(random.nextInt(3) * random.nextInt(400_000)))
                            .withMedicalOutOfPocket(Yuan.ofFen(random.nextInt(3) * random.nextInt(400_000)))
                            .withDisasterLoss(Yuan.ofFen(random.nextInt(3) * random.nextInt(400_000))).build()))
                    .build();
            Identification explained = identify(h);
            explained.findings();

            for (Identification early : List.of(identify(h), HouseholdIdentifier.identify(h, p))) {
                assertThat(early.gaps()).as(h.getId()).isEqualTo(explained.gaps());
                assertThat(early.derivedCauses()).as(h.getId()).isEqualTo(explained.derivedCauses())
                        .isSameAs(early.derivedCauses());
                assertThatThrownBy(() -> early.derivedCauses().add(Cause.DISASTER))
                        .isInstanceOf(UnsupportedOperationException.class);
                assertThat(early).as(h.getId()).isEqualTo(explained).hasSameHashCodeAs(explained);
                assertThat(early.derivedCauses()).as(h.getId()).isEqualTo(explained.derivedCauses());
            }
        }
    }
}
