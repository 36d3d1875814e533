package io.github.jingzhun.explain;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.Decision;
import io.github.jingzhun.Households;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.household.AppliedMeasure;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.IncomeObservation;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.MeasureCategory;
import io.github.jingzhun.household.MonitoringHistory;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.household.Transfer;
import io.github.jingzhun.household.TransferKind;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.procedure.ProcedureKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The changes at the edges the rulebook leaves to the order of its rules: exact ties between monitoring triggers
 * (MON-1 before MON-3, rigid spending before an income fall), a monitoring threshold set at the line itself, where a
 * household falls below both at once and is registered rather than monitored (AUD-10), the largest trigger a
 * household missed by registration must clear (MON-4), marks of risk elimination rolled back or dated after the year,
 * earlier income records out of order, and decisions explained against a household changed since.
 */
class ChangesBoundaryTest {

    private static final PovertyPolicy POLICY = PovertyPolicy.national();
    private static final Year YEAR = Year.of(2019);
    private static final LocalDate REGISTERED_ON = LocalDate.of(2015, 10, 1);
    private static final Yuan ABOVE_THRESHOLD = Yuan.of(5000);
    /** MON-1 with the least multiple it allows, 1: the 2019 threshold is the line, 3218.00. */
    private static final PolicyParameters THRESHOLD_AT_LINE_PARAMETERS = PolicyParameters.national().withParameter(
            ParameterKey.MONITORING_LINE_MULTIPLE, BigDecimal.ONE, "a county's rule", "the threshold is the line");
    private static final PovertyPolicy THRESHOLD_AT_LINE = PovertyPolicy.of(THRESHOLD_AT_LINE_PARAMETERS);
    /** The threshold at the line, and 2019 no longer open to new registration (AUD-10). */
    private static final PovertyPolicy THRESHOLD_AT_LINE_REGISTRATION_CLOSED = PovertyPolicy.of(
            THRESHOLD_AT_LINE_PARAMETERS.withParameter(ParameterKey.LAST_NEW_REGISTRATION_YEAR,
                    BigDecimal.valueOf(2018), "a county's rule", "registration closed after 2018"));

    private static List<String> lines(PovertyPolicy policy, Household household, Goal goal) {
        return Changes.of(policy, household, YEAR).changes(goal).stream().map(Change::toString).toList();
    }

    private static List<String> lines(Household household, Goal goal) {
        return lines(POLICY, household, goal);
    }

    /** One adult in Guizhou, never registered, with its 2019 income. */
    private static Household neverRegistered(IncomeRecord.Builder income) {
        return Households.household("522727").withStatus(Status.notRegistered()).addMembers(Households.adult())
                .addIncome(income.build()).build();
    }

    /** A 2019 income of a wage and one-off transfers (not stable income, INC-4). */
    private static IncomeRecord.Builder wageAndOneOff(Yuan wage, Yuan oneOff) {
        return Households.income(2019).withWage(wage).addTransfers(Transfer.of(TransferKind.OTHER, oneOff, false));
    }

    private static IncomeRecord.Builder wage(Yuan wage) {
        return Households.income(2019).withWage(wage);
    }

    /**
     * Never registered and poor in 2019, open to registration (AUD-10): missed, not monitored; its monitoring history
     * meets every condition of risk elimination but the triggers, so those are all it is told to clear.
     */
    private static Household missed(IncomeRecord... income) {
        return Households.household("522727").withStatus(Status.notRegistered()).addMembers(Households.adult())
                .addIncome(income)
                .withMonitoring(MonitoringHistory.builder().withIncludedOn(LocalDate.of(2018, 3, 1))
                        .addMeasures(AppliedMeasure.of(MeasureCategory.PRODUCTION, LocalDate.of(2018, 4, 1)))
                        .addIncome(IncomeObservation.of(YearMonth.of(2019, 1), Yuan.of(9000))).build())
                .build();
    }

    private static Household withEliminationMarked(Household household, LocalDate eliminatedOn) {
        return Household.builder().from(household).withMonitoring(MonitoringHistory.builder()
                .from(household.getMonitoring()).withEliminatedOn(eliminatedOn).build()).build();
    }

    // --- ties between monitoring triggers ---

    @Test
    void atAThreeWayTieTheMarginNamesTheThresholdMon1() {
        // 2 members: 9653.99 is below the threshold 2 × 4827.00, makes spending of 4827.00 more than half of net
        // income, and is no more than 70% of 2018's 13791.42 (9653.994): each trigger is 2346.01 away
        assertThat(lines(Cases.notMonitored(Yuan.of(12000), Yuan.parse("13791.42"), Yuan.of(4827)), Goal.MONITORING))
                .containsExactly("[MON-1] MONITORING INCOME $.income[1].wage 12000.00 -> 9653.99: Not monitored; "
                        + "stable income may fall by just under 2346.01: 2346.01 less (1173.01 less per person of 2) "
                        + "takes it below the monitoring threshold 4827.00");
    }

    @Test
    void atATieBetweenSpendingAndAFallTheMarginNamesTheSpending() {
        // 9999.99 makes spending of 5000.00 a shock and is no more than 70% of 2018's 14285.71 (9999.997)
        assertThat(lines(Cases.notMonitored(Yuan.of(12000), Yuan.parse("14285.71"), Yuan.of(5000)), Goal.MONITORING))
                .containsExactly("[MON-3] MONITORING INCOME $.income[1].wage 12000.00 -> 9999.99: Not monitored; "
                        + "2000.01 less net income (1000.01 less per person of 2) makes rigid spending of 5000.00 a "
                        + "shock");
    }

    @Test
    void atAThreeWayTieAMonitoredHouseholdIsToldTheThresholdRise() {
        // 8000.00 for 2 members: 9654.00 reaches the threshold, makes spending of 4827.00 half of net income and
        // exceeds 70% of 2018's 13791.42: each trigger clears with the same 1654.00
        Household household = Household.builder().from(Cases.monitoredByEveryTrigger()).withIncome(List.of(
                Households.income(2018).withWage(Yuan.parse("13791.42")).build(),
                Households.income(2019).withWage(Yuan.of(8000)).withMedicalOutOfPocket(Yuan.of(4827)).build()))
                .build();
        assertThat(lines(household, Goal.MONITORING)).first().isEqualTo("[MON-3] MONITORING INCOME $.income[1].wage "
                + "8000.00 -> 9654.00: Stable income below the monitoring threshold 4827.00 clears with 1654.00 more "
                + "(827.00 more per person of 2)");
    }

    // --- a household that could still be registered (AUD-10) ---

    @Test
    void aNeverRegisteredHouseholdAboveTheThresholdIsToldItsMarginToMon1() {
        assertThat(lines(neverRegistered(wage(Yuan.of(6000))), Goal.MONITORING)).containsExactly(
                "[MON-1] MONITORING INCOME $.income[0].wage 6000.00 -> 4826.99: Not monitored; stable income may fall "
                        + "by just under 1173.01: 1173.01 less (1173.01 less per person of 1) takes it below the "
                        + "monitoring threshold 4827.00");
    }

    @Test
    void withTheThresholdAtTheLineAFallBelowItIsRegisteredNotMonitoredUnlessOneOffIncomeKeepsItAtTheLine() {
        // at the line: a fen less is below the threshold and the line alike, so it would be registered instead
        Household atTheLine = neverRegistered(wage(Yuan.of(3218)));
        assertThat(lines(THRESHOLD_AT_LINE, atTheLine, Goal.MONITORING)).isEmpty();
        assertThat(lines(THRESHOLD_AT_LINE, atTheLine, Goal.IDENTIFICATION)).singleElement().asString()
                .startsWith("[ID-H-1] IDENTIFICATION INCOME $.income[0].wage 3218.00 -> 3217.99");
        // a fen of one-off transfers keeps net income at the line when stable income falls below the threshold
        assertThat(lines(THRESHOLD_AT_LINE, neverRegistered(wageAndOneOff(Yuan.of(3218), Yuan.ofFen(1))),
                Goal.MONITORING)).containsExactly("[MON-1] MONITORING INCOME $.income[0].wage 3218.00 -> 3217.99: Not "
                        + "monitored; stable income may fall by just under 0.01: 0.01 less (0.01 less per person of 1) "
                        + "takes it below the monitoring threshold 3218.00");
    }

    @Test
    void withTheThresholdAtTheLineOnlyAHouseholdThatCouldStillBeRegisteredIsNotToldItsMargin() {
        String margin = "[MON-1] MONITORING INCOME $.income[0].wage 3218.00 -> 3217.99: Not monitored; stable income "
                + "may fall by just under 0.01: 0.01 less (0.01 less per person of 1) takes it below the monitoring "
                + "threshold 3218.00";
        Household exited = Households.household("522727")
                .withStatus(Status.exited(REGISTERED_ON, LocalDate.of(2018, 12, 20))).addMembers(Households.adult())
                .addIncome(wage(Yuan.of(3218)).build()).build();
        assertThat(lines(THRESHOLD_AT_LINE, exited, Goal.MONITORING)).containsExactly(margin);
        assertThat(lines(THRESHOLD_AT_LINE_REGISTRATION_CLOSED, neverRegistered(wage(Yuan.of(3218))),
                Goal.MONITORING)).containsExactly(margin);
    }

    @Test
    void withTheThresholdAtTheLineAHouseholdToBeRegisteredIsToldItWouldBeMonitoredOnlyIfBelowItThere() {
        // 3218.00 reaches the line, and a stable income of 3218.00 is not below the threshold: nothing to say
        assertThat(lines(THRESHOLD_AT_LINE, neverRegistered(wage(Yuan.of(3000))), Goal.MONITORING)).isEmpty();
        // with a fen of one-off transfers, stable income at the line is a fen below the threshold
        assertThat(lines(THRESHOLD_AT_LINE, neverRegistered(wageAndOneOff(Yuan.of(3000), Yuan.ofFen(1))),
                Goal.MONITORING)).containsExactly("[ID-H-1] MONITORING INCOME $.income[0].wage 3000.00 -> 3217.99: "
                        + "Not monitored, as a poor household to be registered (AUD-10): 217.99 more net income "
                        + "(217.99 more per person of 1) reaches the line 3218.00, and it would be monitored instead");
    }

    // --- the triggers a household missed by registration must clear (MON-4) ---

    @Test
    void aMissedHouseholdIsToldTheRiseRigidSpendingAsksWhenItIsTheLargest() {
        // spending of 3000.00 needs a net income of 6000.00, more than the threshold 4827.00
        Household household = missed(wage(Yuan.of(2000)).withMedicalOutOfPocket(Yuan.of(3000)).build());
        assertThat(lines(household, Goal.RISK_ELIMINATION)).containsExactly("[MON-3] RISK_ELIMINATION INCOME "
                + "$.income[0].wage 2000.00 -> 6000.00: Rigid spending of 3000.00 stops being a shock with 4000.00 more "
                + "net income (4000.00 more per person of 1)");
    }

    @Test
    void aMissedHouseholdIsToldTheRiseAFallAsksWhenItIsTheLargest() {
        // a fall from 2018's 8000.00 clears above 5600.00, more than the threshold 4827.00
        Household household = missed(Households.income(2018).withWage(Yuan.of(8000)).build(),
                wage(Yuan.of(2000)).build());
        assertThat(lines(household, Goal.RISK_ELIMINATION)).containsExactly("[MON-3] RISK_ELIMINATION INCOME "
                + "$.income[1].wage 2000.00 -> 5600.01: The fall from 2018's stable income 8000.00 clears with 3600.01 "
                + "more stable income (3600.01 more per person of 1)");
    }

    @Test
    void atAThreeWayTieAMissedHouseholdIsToldTheThresholdRise() {
        // 4827.00 reaches the threshold, is twice spending of 2413.50 and exceeds 70% of 2018's 6895.71 (4826.997)
        Household household = missed(Households.income(2018).withWage(Yuan.parse("6895.71")).build(),
                wage(Yuan.of(2000)).withMedicalOutOfPocket(Yuan.parse("2413.50")).build());
        assertThat(lines(household, Goal.RISK_ELIMINATION)).containsExactly("[MON-3] RISK_ELIMINATION INCOME "
                + "$.income[1].wage 2000.00 -> 4827.00: Stable income below the monitoring threshold 4827.00 clears "
                + "with 2827.00 more (2827.00 more per person of 1)");
    }

    // --- earlier years ---

    @Test
    void aFallIsMeasuredFromTheLatestEarlierYearWhateverTheOrderOfTheRecords() {
        // 2018's 16000.00 is neither the first earlier record nor the last: 11200.00 is 70% of it
        Household household = Households.household("522727")
                .withStatus(Status.exited(REGISTERED_ON, LocalDate.of(2016, 12, 20)))
                .addMembers(Households.adult()).addMembers(Households.adult())
                .addIncome(Households.income(2017).withWage(Yuan.of(13000)).build())
                .addIncome(wage(Yuan.of(12000)).build())
                .addIncome(Households.income(2018).withWage(Yuan.of(16000)).build())
                .addIncome(Households.income(2016).withWage(Yuan.of(17000)).build())
                .build();
        assertThat(lines(household, Goal.MONITORING)).containsExactly("[MON-3] MONITORING INCOME $.income[1].wage "
                + "12000.00 -> 11200.00: Not monitored; 800.00 less stable income (400.00 less per person of 2) is a "
                + "fall from 2018's 16000.00 that starts it");
    }

    // --- marks of risk elimination ---

    @Test
    void aMarkRolledBackByAReturningTriggerAsksOnlyTheTriggerClearedNotTheMonthsOfANewMark() {
        // marked when monitored for eleven months, stable for eleven, a measure applied; the wage 4000.00 is below
        // the threshold
        Household held = withEliminationMarked(Cases.withHistory(Yuan.of(4000), LocalDate.of(2019, 1, 1),
                YearMonth.of(2019, 1), ABOVE_THRESHOLD, Cases.measure(LocalDate.of(2019, 2, 1))),
                LocalDate.of(2019, 12, 20));
        assertThat(lines(held, Goal.RISK_ELIMINATION)).containsExactly("[MON-4] RISK_ELIMINATION PROCEDURE $: Every "
                + "monitoring trigger must be cleared (see monitoring)");
    }

    @Test
    void aMarkMadeBeforeItsConditionsHeldAsksForThemAsAHouseholdNeverMarked() {
        // monitored for four months, stable for three, no measure, and the wage 4000.00 below the threshold
        Household unmarked = Cases.withHistory(Yuan.of(4000), LocalDate.of(2019, 9, 1), YearMonth.of(2019, 10),
                ABOVE_THRESHOLD);
        assertThat(lines(unmarked, Goal.RISK_ELIMINATION)).hasSize(4);
        assertThat(lines(withEliminationMarked(unmarked, LocalDate.of(2019, 12, 20)), Goal.RISK_ELIMINATION))
                .isEqualTo(lines(unmarked, Goal.RISK_ELIMINATION));
    }

    @Test
    void aMarkDatedAfterTheYearReviewedDoesNotCountForIt() {
        Household unmarked = Cases.withHistory(Yuan.of(6000), LocalDate.of(2019, 9, 1), YearMonth.of(2019, 10),
                ABOVE_THRESHOLD);
        List<String> stillToCome = lines(unmarked, Goal.RISK_ELIMINATION);
        assertThat(stillToCome).extracting(line -> line.substring(0, line.indexOf(':'))).containsExactly(
                "[MON-4] RISK_ELIMINATION TIME $.monitoring.income 3 -> 6",
                "[MON-4] RISK_ELIMINATION TIME $.monitoring.includedOn 4 -> 6",
                "[MON-4] RISK_ELIMINATION PROCEDURE $.monitoring.measures 0 -> 1");
        assertThat(lines(withEliminationMarked(unmarked, LocalDate.of(2020, 2, 1)), Goal.RISK_ELIMINATION))
                .isEqualTo(stillToCome);
    }

    // --- exit ---

    @Test
    void aRegisteredHouseholdWhoseExitProcedureIsCompleteHasNoStepLeftToTake() {
        Household household = Households.household("522727").withStatus(Status.registered(REGISTERED_ON))
                .addMembers(Households.adult()).addIncome(wage(Yuan.of(6000)).build())
                .addProcedures(Households.procedure(ProcedureKind.HOUSEHOLD_EXIT, 7, 7, LocalDate.of(2019, 11, 4)))
                .build();
        assertThat(lines(household, Goal.EXIT)).isEmpty();
    }

    // --- a decision explained against the household as it is now ---

    @Test
    void aDecisionMadeAtTheLineNamesNoFallOnceIncomeIsAlreadyBelowIt() {
        Decision atTheLine = POLICY.assess(Households.withWage(1, Yuan.of(3218)), YEAR);
        Household fellSince = Households.withWage(1, Yuan.parse("3217.99"));
        assertThat(Changes.of(POLICY, fellSince, atTheLine).changes(Goal.IDENTIFICATION)).isEmpty();
    }

    @Test
    void aDecisionThatReviewedAMonitoringHistoryNamesNoRiskChangeOnceTheHistoryIsGone() {
        Household withHistory = Cases.withHistory(Yuan.of(4000), LocalDate.of(2019, 9, 1), YearMonth.of(2019, 10),
                ABOVE_THRESHOLD);
        Household withoutHistory = Household.builder().from(withHistory).withMonitoring(null).build();
        Decision reviewed = POLICY.assess(withHistory, YEAR);
        assertThat(reviewed.monitoring().riskElimination()).isNotNull();
        assertThat(Changes.of(POLICY, withoutHistory, reviewed).changes(Goal.RISK_ELIMINATION)).isEmpty();
    }
}
