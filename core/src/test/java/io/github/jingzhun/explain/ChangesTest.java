package io.github.jingzhun.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.Decision;
import io.github.jingzhun.Households;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.household.AppliedMeasure;
import io.github.jingzhun.household.Assets;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Housing;
import io.github.jingzhun.household.HousingSafety;
import io.github.jingzhun.household.IncomeObservation;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.Labour;
import io.github.jingzhun.household.MeasureCategory;
import io.github.jingzhun.household.MonitoringHistory;
import io.github.jingzhun.household.Sex;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.household.Transfer;
import io.github.jingzhun.household.TransferKind;
import io.github.jingzhun.household.WorkStatus;
import io.github.jingzhun.money.Yuan;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The changes at the boundaries the rulebook names: exactly at the line and the threshold, and a fen either side. */
class ChangesTest {

    private static final PovertyPolicy POLICY = PovertyPolicy.national();
    private static final Year YEAR = Year.of(2019);
    /** Two members at the 2019 line of 3218: 6436.00 in all. */
    private static final long LINE_TOTAL = 643_600;

    private static Change identification(long wageFen) {
        List<Change> changes = Changes.of(POLICY, Households.withWage(2, Yuan.ofFen(wageFen)), YEAR)
                .changes(Goal.IDENTIFICATION);
        assertThat(changes).hasSize(1);
        return changes.get(0);
    }

    @Test
    void atTheLineOneFenLessIsBelowIt() {
        Change at = identification(LINE_TOTAL);
        assertThat(at.rule().id()).isEqualTo("ID-H-1");
        assertThat(at.path()).isEqualTo("$.income[0].wage");
        assertThat(at.now()).isEqualTo("6436.00");
        assertThat(at.needed()).isEqualTo("6435.99");
        assertThat(at.amount()).isEqualTo(Yuan.ofFen(-1));
        assertThat(at.perPerson()).isEqualTo(Yuan.ofFen(-1));
    }

    @Test
    void oneFenBelowTheLineOneFenMoreReachesIt() {
        Change below = identification(LINE_TOTAL - 1);
        assertThat(below.needed()).isEqualTo("6436.00");
        assertThat(below.amount()).isEqualTo(Yuan.ofFen(1));
        assertThat(below.perPerson()).isEqualTo(Yuan.ofFen(1));
        assertThat(below.message()).contains("0.01 more net income", "0.01 more per person of 2");
    }

    @Test
    void oneFenAboveTheLineTwoFenLessIsBelowIt() {
        assertThat(identification(LINE_TOTAL + 1).amount()).isEqualTo(Yuan.ofFen(-2));
    }

    @Test
    void aFallLargerThanTheWageRaisesProductionCosts() {
        Household household = Households.household("522727").addMembers(Households.adult())
                .addIncome(Households.income(2019).withWage(Yuan.of(100)).addTransfers(
                        Transfer.of(TransferKind.PENSION, Yuan.of(5000), true)).build()).build();
        Change fall = Changes.of(POLICY, household, YEAR).changes(Goal.IDENTIFICATION).get(0);
        assertThat(fall.path()).isEqualTo("$.income[0].productionCosts");
        assertThat(fall.now()).isEqualTo("0.00");
        assertThat(fall.needed()).isEqualTo("1882.01");  // 5100 − 1882.01 = 3217.99
    }

    @Test
    void exitAtTheLineNeedsOneFenMoreAndAboveItNone() {
        Household at = Households.household("522727").withStatus(Status.registered(LocalDate.of(2015, 10, 1)))
                .addMembers(Households.adult()).addIncome(Households.income(2019).withWage(Yuan.of(3218)).build())
                .build();
        assertThat(Changes.of(POLICY, at, YEAR).changes(Goal.EXIT)).filteredOn(c -> c.kind() == ChangeKind.INCOME)
                .singleElement().satisfies(c -> {
                    assertThat(c.rule().id()).isEqualTo("EX-H-1");
                    assertThat(c.amount()).isEqualTo(Yuan.ofFen(1));
                });
        Household above = Household.builder().from(at).withIncome(List.of(Households.income(2019).withWage(Yuan.parse("3218.01")).build())).build();
        assertThat(Changes.of(POLICY, above, YEAR).changes(Goal.EXIT)).extracting(Change::kind)
                .containsOnly(ChangeKind.PROCEDURE);
    }

    @Test
    void exitOnOneOffTransfersCitesThePaperExitGuard() {
        Household household = Households.household("522727").withStatus(Status.registered(LocalDate.of(2015, 10, 1)))
                .addMembers(Households.adult()).addIncome(Households.income(2019).withWage(Yuan.of(3000))
                        .addTransfers(Transfer.of(TransferKind.OTHER, Yuan.of(500), false)).build()).build();
        Change change = Changes.of(POLICY, household, YEAR).changes(Goal.EXIT).get(0);
        assertThat(change.rule().id()).isEqualTo("EX-H-4");
        assertThat(change.amount()).isEqualTo(Yuan.parse("218.01"));
        assertThat(change.message()).contains("one-off transfers");
    }

    @Test
    void monitoringThresholdExactlyReachedIsNotMonitoredAndOneFenLessIs() {
        // 1.5 × 3218 = 4827.00 for one exited member
        Household at = Households.household("522727").withStatus(Status.exited(LocalDate.of(2015, 10, 1),
                LocalDate.of(2018, 12, 20))).addMembers(Households.adult())
                .addIncome(Households.income(2019).withWage(Yuan.of(4827)).build()).build();
        assertThat(Changes.of(POLICY, at, YEAR).changes(Goal.MONITORING)).singleElement().satisfies(c -> {
            assertThat(c.rule().id()).isEqualTo("MON-1");
            assertThat(c.amount()).isEqualTo(Yuan.ofFen(-1));
        });
        Household below = Household.builder().from(at).withIncome(List.of(Households.income(2019).withWage(Yuan.parse("4826.99")).build())).build();
        assertThat(Changes.of(POLICY, below, YEAR).changes(Goal.MONITORING)).singleElement().satisfies(c -> {
            assertThat(c.rule().id()).isEqualTo("MON-3");
            assertThat(c.amount()).isEqualTo(Yuan.ofFen(1));
        });
    }

    @Test
    void severalIncomeTriggersAskOneRiseTheLargestAndItIsEnough() {
        // 2 members, wage 8000 against 2 × 4827.00; rigid spending 4500 needs a net income of 9000; 2018's 12000
        // needs a stable income above 8400: the threshold asks the most
        Household household = Cases.monitoredByEveryTrigger();
        List<Change> income = Changes.of(POLICY, household, YEAR).changes(Goal.MONITORING).stream()
                .filter(c -> c.kind() == ChangeKind.INCOME).toList();
        assertThat(income).singleElement().satisfies(c -> {
            assertThat(c.path()).isEqualTo("$.income[1].wage");
            assertThat(c.needed()).isEqualTo("9654.00");
        });
        Household spendingAsksMore = Household.builder().from(household).withIncome(List.of(
                household.getIncome().get(0), IncomeRecord.builder().from(household.getIncome().get(1))
                        .withMedicalOutOfPocket(Yuan.of(6000)).build())).build();
        assertThat(Changes.of(POLICY, spendingAsksMore, YEAR).changes(Goal.MONITORING)).filteredOn(
                c -> c.kind() == ChangeKind.INCOME).singleElement().satisfies(c -> {
                    assertThat(c.needed()).isEqualTo("12000.00");
                    assertThat(c.message()).contains("6000.00");
                });
    }

    @Test
    void severalExclusionsAreEachListed() {
        Household household = Households.household("522727")
                .addMembers(Households.member(Sex.MALE, LocalDate.of(1970, 1, 1)).withPublicEmployee(true).build())
                .withAssets(Assets.builder().withPrivateCar(true).build())
                .addIncome(Households.income(2019).withWage(Yuan.of(1000)).build()).build();
        assertThat(Changes.of(POLICY, household, YEAR).changes(Goal.EXCLUSION)).extracting(Change::path)
                .containsExactly("$.members[0].publicEmployee", "$.assets.privateCar");
    }

    @Test
    void aHouseholdWithoutLabourOnTheSafetyNetCanNeverBeMarkedEliminated() {
        Household household = Households.household("522727")
                .withStatus(Status.exited(LocalDate.of(2015, 10, 1), LocalDate.of(2018, 12, 20)))
                .addMembers(Households.member(Sex.FEMALE, LocalDate.of(1945, 3, 3)).withLabour(Labour.NONE).build())
                .addIncome(Households.income(2019).addTransfers(
                        Transfer.of(TransferKind.MINIMUM_LIVING_ALLOWANCE, Yuan.of(6000), true)).build())
                .withMonitoring(MonitoringHistory.builder().withIncludedOn(LocalDate.of(2018, 3, 1))
                        .addIncome(IncomeObservation.of(YearMonth.of(2019, 1), Yuan.of(6000))).build())
                .build();
        assertThat(Changes.of(POLICY, household, YEAR).changes(Goal.RISK_ELIMINATION)).singleElement()
                .satisfies(c -> {
                    assertThat(c.kind()).isEqualTo(ChangeKind.IMPOSSIBLE);
                    assertThat(c.rule().id()).isEqualTo("MON-4");
                    assertThat(c.needed()).isNull();
                });
    }

    @Test
    void aRiseForAHouseholdWhereNoMemberMayBeInWorkIsOfPropertyIncomeNotAWageTheRegistryWouldContradict() {
        // exited, one member of lost labour on a pension of 4000.00, below the 2019 monitoring threshold of 4827.00
        Household lost = pensioner(Labour.LOST, null, Yuan.ZERO);
        assertThat(Changes.of(POLICY, lost, YEAR).changes(Goal.MONITORING))
                .extracting(c -> c.rule().id() + " " + c.path() + " " + c.now() + " -> " + c.needed())
                .containsExactly("MON-3 $.income[0].property 0.00 -> 827.00");
        Decision raised = POLICY.assess(pensioner(Labour.LOST, null, Yuan.of(827)), YEAR);
        assertThat(raised.monitoring().monitored()).isFalse();
        assertThat(raised.audit()).noneMatch(f -> f.rule().id().equals("AUD-6"));
        assertThat(POLICY.assess(pensioner(Labour.LOST, null, Yuan.parse("826.99")), YEAR).monitoring().monitored())
                .isTrue();
        // one who can work but is recorded as not in work earns no wage either; one whose work is not recorded may
        assertThat(Changes.of(POLICY, pensioner(Labour.ORDINARY, WorkStatus.NOT_IN_WORK, Yuan.ZERO), YEAR)
                .changes(Goal.MONITORING)).extracting(Change::path).containsExactly("$.income[0].property");
        assertThat(Changes.of(POLICY, pensioner(Labour.ORDINARY, null, Yuan.ZERO), YEAR).changes(Goal.MONITORING))
                .extracting(Change::path).containsExactly("$.income[0].wage");
    }

    private static Household pensioner(Labour labour, @Nullable WorkStatus work, Yuan property) {
        return Households.household("522727")
                .withStatus(Status.exited(LocalDate.of(2015, 10, 1), LocalDate.of(2018, 12, 1)))
                .addMembers(Households.member(Sex.FEMALE, LocalDate.of(1945, 3, 3)).withLabour(labour)
                        .withWorkStatus(work).build())
                .addIncome(Households.income(2019).withProperty(property)
                        .addTransfers(Transfer.of(TransferKind.PENSION, Yuan.of(4000), true)).build())
                .build();
    }

    @Test
    void aHouseholdMissedByRegistrationIsToldEachTriggerToClearBeforeItsRiskIsEliminated() {
        // Not registered and poor in 2019, still open to registration (AUD-10): not monitored, so the monitoring
        // goal tells it to register; its risk needs every trigger cleared: income and the unsafe house.
        Household household = missed(Yuan.of(2000), HousingSafety.DILAPIDATED_C);
        assertThat(POLICY.assess(household, YEAR).monitoring().monitored()).isFalse();

        assertThat(Changes.of(POLICY, household, YEAR).changes(Goal.RISK_ELIMINATION))
                .extracting(c -> c.rule().id() + " " + c.path() + " " + c.now() + " -> " + c.needed())
                .containsExactly("MON-3 $.income[0].wage 2000.00 -> 4827.00",
                        "IND-HOUSE $.conditions.housing.safety DILAPIDATED_C -> SAFE");
        // applied together they eliminate the risk; one fen less does not
        assertThat(eliminated(missed(Yuan.of(4827), HousingSafety.SAFE))).isTrue();
        assertThat(eliminated(missed(Yuan.parse("4826.99"), HousingSafety.SAFE))).isFalse();
        assertThat(eliminated(missed(Yuan.of(4827), HousingSafety.DILAPIDATED_C))).isFalse();
    }

    private static Household missed(Yuan wage, HousingSafety safety) {
        return Households.household("522727").withStatus(Status.notRegistered())
                .withConditions(Households.goodConditions().withHousing(Housing.of(safety, true, true)).build())
                .addMembers(Households.adult())
                .addIncome(Households.income(2019).withWage(wage).build())
                .withMonitoring(MonitoringHistory.builder().withIncludedOn(LocalDate.of(2018, 3, 1))
                        .addMeasures(AppliedMeasure.of(MeasureCategory.PRODUCTION, LocalDate.of(2018, 4, 1)))
                        .addIncome(IncomeObservation.of(YearMonth.of(2019, 1), Yuan.of(9000))).build())
                .build();
    }

    private static boolean eliminated(Household household) {
        return POLICY.assess(household, YEAR).monitoring().riskElimination().monitoringCase().isEliminated();
    }

    @Test
    void aHouseholdRegisteredAgainIsToldItsRiskIsEliminatedOnlyOnceItHasExited() {
        Household household = Households.household("522727").withStatus(Status.registered(LocalDate.of(2015, 10, 1)))
                .addMembers(Households.adult())
                .addIncome(Households.income(2019).withWage(Yuan.of(8000)).build())
                .withMonitoring(MonitoringHistory.builder().withIncludedOn(LocalDate.of(2019, 3, 15))
                        .addIncome(IncomeObservation.of(YearMonth.of(2019, 6), Yuan.of(6000))).build())
                .build();
        assertThat(eliminated(household)).isFalse();

        assertThat(Changes.of(POLICY, household, YEAR).changes(Goal.RISK_ELIMINATION)).singleElement()
                .satisfies(c -> {
                    assertThat(c.kind()).isEqualTo(ChangeKind.PROCEDURE);
                    assertThat(c.rule().id()).isEqualTo("MON-4");
                    assertThat(c.path()).isEqualTo("$.status.state");
                    assertThat(c.now()).isEqualTo("REGISTERED");
                    assertThat(c.needed()).isEqualTo("EXITED");
                    assertThat(c.message()).contains("once it has exited");
                });
    }

    @Test
    void aDecisionOnAnotherHouseholdIsRefused() {
        Household one = Households.withWage(1, Yuan.of(1000));
        Household other = Households.household("522727").withId("HH-OTHER").addMembers(Households.adult())
                .addIncome(Households.income(2019).build()).build();
        Decision decision = POLICY.assess(one, YEAR);
        assertThatThrownBy(() -> Changes.of(POLICY, other, decision))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the decision is on household " + one.getId() + ", not HH-OTHER");
        // a decision built in Java on a name or an ID number does not repeat it
        Decision named = new Decision("Wang Fang 522727198001011229", YEAR, decision.identification(),
                decision.indicators(), decision.measures(), decision.exit(), decision.monitoring(), decision.audit());
        assertThatThrownBy(() -> Changes.of(POLICY, other, named))
                .hasMessage("the decision is on household [?], not HH-OTHER");
    }

    @Test
    void leastFindsTheBoundaryFromEitherSide() {
        assertThat(Changes.least(0, v -> v >= 10)).isEqualTo(10);
        assertThat(Changes.least(20, v -> v >= 10)).isEqualTo(10);
    }
}
