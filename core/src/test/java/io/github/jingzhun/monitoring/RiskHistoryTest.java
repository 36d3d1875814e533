package io.github.jingzhun.monitoring;

import static io.github.jingzhun.monitoring.MonitoringFixtures.EXITED;
import static io.github.jingzhun.monitoring.MonitoringFixtures.REGISTERED;
import static io.github.jingzhun.monitoring.MonitoringFixtures.Y2019;
import static io.github.jingzhun.monitoring.MonitoringFixtures.indicators;
import static io.github.jingzhun.monitoring.MonitoringFixtures.screen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.jingzhun.Decision;
import io.github.jingzhun.Households;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.explain.Change;
import io.github.jingzhun.explain.ChangeKind;
import io.github.jingzhun.explain.Changes;
import io.github.jingzhun.explain.Explanation;
import io.github.jingzhun.explain.Goal;
import io.github.jingzhun.household.AppliedMeasure;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.MonitoringHistory;
import io.github.jingzhun.household.IncomeObservation;
import io.github.jingzhun.household.Labour;
import io.github.jingzhun.household.MeasureCategory;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.household.Transfer;
import io.github.jingzhun.household.TransferKind;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.parameter.YearParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * MON-4 from a household's monitoring history, reviewed at the close of 2019 (as of 2020-01-01): months of income
 * at or above the 2019 threshold of 4827.00, months monitored, measures applied within the year.
 */
class RiskHistoryTest {

    private static final LocalDate CLOSE = LocalDate.of(2020, 1, 1);
    private static final Yuan THRESHOLD = Yuan.parse("4827.00");

    /** An exited adult earning 10,000 in 2019, with a history. */
    private static Household exited(MonitoringHistory history) {
        return MonitoringFixtures.oneAdult(EXITED).addIncome(Households.income(2019).withWage(Yuan.of(10_000))
                .build()).withMonitoring(history).build();
    }

    /** Included on a day, one measure applied then, income at the threshold every month from a month to December. */
    private static MonitoringHistory.Builder history(LocalDate included, YearMonth stableFrom) {
        MonitoringHistory.Builder b = MonitoringHistory.builder().withIncludedOn(included)
                .addMeasures(AppliedMeasure.of(MeasureCategory.EMPLOYMENT, included));
        for (YearMonth m = stableFrom; !m.isAfter(YearMonth.of(2019, 12)); m = m.plusMonths(1)) {
            b.addIncome(IncomeObservation.of(m, THRESHOLD));
        }
        return b;
    }

    private static RiskReview review(Household h) {
        return RiskElimination.review(h, Y2019, indicators(h), screen(h));
    }

    @ParameterizedTest(name = "included {0}, stable from {1}: eliminated {2}")
    @CsvSource({"2019-07-01, 2019-07, true", "2019-07-02, 2019-07, false", "2019-06-30, 2019-08, false",
        "2019-01-15, 2019-07, true", "2019-01-15, 2019-06, true", "2019-12-31, 2019-01, false"})
    void sixMonthsStableAndMonitoredAtTheCloseOfTheYearMON4(LocalDate included, YearMonth stable, boolean eliminated) {
        RiskReview review = review(exited(history(included, stable).build()));
        assertThat(review.monitoringCase().isEliminated()).isEqualTo(eliminated);
        assertThat(review.monitoringCase().monitoredSince()).isEqualTo(included);
        assertThat(review.monitoringCase().incomeStableSince()).isEqualTo(stable.atDay(1));
        if (eliminated) {
            assertThat(review.monitoringCase().eliminatedOn()).isEqualTo(CLOSE);
        }
    }

    @Test
    @DisplayName("MON-4 with AUD-10: a household missed by registration is poor, a trigger: never eliminated")
    void aHouseholdMissedByRegistrationIsNotEliminatedMON4() {
        // Registration still open in 2019 and 2,000 a year, below the line: not monitored (AUD-10), yet poor.
        Household missed = MonitoringFixtures.oneAdult(Status.notRegistered()).addIncome(Households.income(2019)
                .withWage(Yuan.of(2_000)).build()).withMonitoring(history(LocalDate.of(2019, 1, 15),
                YearMonth.of(2019, 1)).build()).build();
        assertThat(screen(missed).monitored()).isFalse();
        RiskReview review = review(missed);
        assertThat(review.monitoringCase().isEliminated()).isFalse();
        assertThat(review.findings()).extracting(Finding::message)
                .contains("The risk stands: the household is to be registered and assisted (AUD-10), not monitored");
    }

    @Test
    @DisplayName("MON-4: SOCIAL_SECURITY among the measures received keeps a household without labour monitored")
    void socialSecurityReceivedKeepsTheSafetyNetMON4() {
        Household onSafetyNet = MonitoringFixtures.oneAdult(EXITED).withMembers(List.of(MonitoringFixtures
                .noLabour(Labour.LOST))).addIncome(Households.income(2019).addTransfers(Transfer.of(
                TransferKind.PENSION, Yuan.of(10_000), true)).build())
                .addMeasuresReceived(MeasureCategory.SOCIAL_SECURITY)
                .withMonitoring(history(LocalDate.of(2019, 1, 15), YearMonth.of(2019, 1)).build()).build();
        assertThat(review(onSafetyNet).monitoringCase().isEliminated()).isFalse();
        Household withoutIt = Household.builder().from(onSafetyNet).withMeasuresReceived(List.of()).build();
        assertThat(review(withoutIt).monitoringCase().isEliminated()).isTrue();
    }

    @Test
    void oneFenBelowTheThresholdBreaksTheRunMON4() {
        MonitoringHistory below = history(LocalDate.of(2019, 1, 15), YearMonth.of(2019, 1))
                .addIncome(IncomeObservation.of(YearMonth.of(2020, 1), Yuan.of(1)))
                .build();
        MonitoringHistory broken = MonitoringHistory.builder().from(below).withIncome(replace(below.getIncome(), 6,
                Yuan.parse("4826.99"))).build();
        assertThat(review(exited(below)).monitoringCase().incomeStableSince()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(review(exited(broken)).monitoringCase().incomeStableSince()).isEqualTo(LocalDate.of(2019, 8, 1));
        assertThat(review(exited(broken)).monitoringCase().isEliminated()).isFalse();
        MonitoringHistory lastBelow = MonitoringHistory.builder().from(below).withIncome(replace(below.getIncome(),
                11, Yuan.parse("4826.99"))).build();
        assertThat(review(exited(lastBelow)).monitoringCase().incomeStableSince()).isNull();
    }

    @Test
    @DisplayName("MON-4 with INC-3: a month is compared with the exact threshold, not with the one shown to the fen")
    void aMonthIsComparedWithTheExactThresholdMON4() {
        // 1.333 × 3218.00 = 4289.594, shown as 4289.59: a month of 4289.59 is below it, one of 4289.60 is not
        YearParameters p = PolicyParameters.national().withParameter(ParameterKey.MONITORING_LINE_MULTIPLE,
                new BigDecimal("1.333"), "scenario", "a threshold between fen").forYear(Year.of(2019));
        assertThat(p.monitoringThreshold(exited(history(CLOSE, YearMonth.of(2019, 12)).build()).getArea()
                .getCounty()).amount()).isEqualTo(Yuan.parse("4289.59"));
        for (String month : List.of("4289.59", "4289.60")) {
            MonitoringHistory december = history(LocalDate.of(2019, 1, 15), YearMonth.of(2019, 12)).build();
            Household h = exited(MonitoringHistory.builder().from(december)
                    .withIncome(replace(december.getIncome(), 0, Yuan.parse(month))).build());
            LocalDate stableSince = RiskElimination.review(h, p, indicators(h), screen(h)).monitoringCase()
                    .incomeStableSince();
            assertThat(stableSince).as(month).isEqualTo(month.equals("4289.59") ? null : LocalDate.of(2019, 12, 1));
        }
    }

    @ParameterizedTest(name = "from {0} to {1}: {2} whole months")
    @CsvSource({"2019-01-15, 2019-07-15, 6", "2019-01-15, 2019-07-14, 5", "2019-01-31, 2019-02-28, 1",
        "2019-01-31, 2019-02-27, 0", "2019-01-31, 2019-07-31, 6", "2019-03-31, 2019-04-30, 1",
        "2019-07-02, 2019-07-01, 0", "2018-12-01, 2020-01-01, 13"})
    void theMonthsAFindingObservesAreTheWholeMonthsTheTestCountsMON4(LocalDate since, LocalDate asOf, long months) {
        assertThat(RiskElimination.wholeMonths(since, asOf)).isEqualTo(months);
        assertThat(since.plusMonths(months).isAfter(asOf)).isEqualTo(since.isAfter(asOf));
        assertThat(since.plusMonths(months + 1).isAfter(asOf)).isTrue();
    }

    @Test
    void theMonthFindingsObserveTheMonthsPassedMON4() {
        RiskReview review = review(exited(history(LocalDate.of(2019, 7, 2), YearMonth.of(2019, 8)).build()));
        assertThat(review.findings()).filteredOn(f -> f.threshold() != null)
                .extracting(f -> f.observed().intValueExact(), f -> f.threshold().intValueExact(), Finding::passed)
                .containsExactly(tuple(5, 6, false), tuple(5, 6, false));
    }

    private static List<IncomeObservation> replace(List<IncomeObservation> income, int index, Yuan amount) {
        List<IncomeObservation> changed = new java.util.ArrayList<>(income);
        changed.set(index, IncomeObservation.of(income.get(index).getMonth(), amount));
        return changed;
    }

    @Test
    void measuresCountFromInclusionToTheCloseOfTheYearMON4() {
        LocalDate included = LocalDate.of(2019, 3, 1);
        MonitoringHistory none = MonitoringHistory.builder().from(history(included, YearMonth.of(2019, 1)).build())
                .withMeasures(List.of(AppliedMeasure.of(MeasureCategory.HEALTH, included.minusDays(1)),
                        AppliedMeasure.of(MeasureCategory.HEALTH, CLOSE))).build();
        RiskReview review = review(exited(none));
        assertThat(review.monitoringCase().isEliminated()).isFalse();
        assertThat(review.findings()).extracting(Finding::message).contains("No measure has been applied");
        MonitoringHistory two = MonitoringHistory.builder().from(none).addMeasures(AppliedMeasure.of(
                MeasureCategory.HEALTH, included), AppliedMeasure.of(MeasureCategory.EDUCATION, CLOSE.minusDays(1)))
                .build();
        assertThat(review(exited(two)).findings()).extracting(Finding::message).contains("2 measure(s) applied");
        assertThat(review(exited(two)).monitoringCase().isEliminated()).isTrue();
    }

    @ParameterizedTest(name = "included 2019-01-15, stable from {0}, measure on {1}, marked {2}: stands {3}")
    @CsvSource({
        "2019-01, 2019-01-15, 2019-07-15, true",   // six months monitored on the mark's day, January to June stable
        "2019-01, 2019-01-15, 2019-07-14, false",  // a day short of six months monitored
        "2019-02, 2019-01-15, 2019-08-01, true",   // February to July stable: six months ended before the mark
        "2019-02, 2019-01-15, 2019-07-31, false",  // July not ended: five months stable
        "2019-01, 2019-07-15, 2019-07-15, false",  // the measure applied on the mark's day, not before it
        "2019-01, 2019-07-14, 2019-07-15, true"})
    void aMarkStandsOnlyIfItsDayMetTheConditionsMON4(YearMonth stableFrom, LocalDate measured, LocalDate marked,
            boolean stands) {
        LocalDate included = LocalDate.of(2019, 1, 15);
        MonitoringHistory.Builder b = MonitoringHistory.builder().withIncludedOn(included)
                .addMeasures(AppliedMeasure.of(MeasureCategory.EMPLOYMENT, measured)).withEliminatedOn(marked);
        for (YearMonth m = stableFrom; !m.isAfter(YearMonth.of(2019, 12)); m = m.plusMonths(1)) {
            b.addIncome(IncomeObservation.of(m, THRESHOLD));
        }
        RiskReview review = review(exited(b.build()));

        // At the close of the year every condition holds: a mark rolled back is marked again on the review's day.
        assertThat(review.monitoringCase().eliminatedOn()).isEqualTo(stands ? marked : CLOSE);
        assertThat(review.findings().get(0)).satisfies(f -> {
            assertThat(f.passed()).isEqualTo(stands);
            assertThat(f.subject()).isEqualTo(marked.toString());
            assertThat(f.message()).isEqualTo(stands ? "Risk eliminated on " + marked
                    : "The elimination of " + marked + " was marked before its conditions held on that day "
                            + "(monitored and income stable for the months asked, a measure applied): it is rolled "
                            + "back");
        });
    }

    @Test
    void aMarkOfAnEarlierYearIsCheckedAgainstTheThresholdOfItsYearMON4() {
        // 5000.00 a month is at or above 2019's threshold of 4827.00, below 2020's of 6000.00
        MonitoringHistory.Builder b = MonitoringHistory.builder().withIncludedOn(LocalDate.of(2019, 1, 1))
                .addMeasures(AppliedMeasure.of(MeasureCategory.EMPLOYMENT, LocalDate.of(2019, 4, 1)))
                .withEliminatedOn(LocalDate.of(2019, 12, 1));
        for (YearMonth m = YearMonth.of(2019, 1); !m.isAfter(YearMonth.of(2020, 12)); m = m.plusMonths(1)) {
            b.addIncome(IncomeObservation.of(m, Yuan.parse("5000.00")));
        }
        Household h = MonitoringFixtures.oneAdult(EXITED)
                .addIncome(Households.income(2019).withWage(Yuan.of(10_000)).build())
                .addIncome(Households.income(2020).withWage(Yuan.of(12_000)).build()).withMonitoring(b.build()).build();

        for (int year : List.of(2019, 2020)) {
            RiskReview review = PovertyPolicy.national().assess(h, Year.of(year)).monitoring().riskElimination();
            assertThat(review).isNotNull();
            assertThat(review.monitoringCase().eliminatedOn()).as("%d", year).isEqualTo(LocalDate.of(2019, 12, 1));
        }
    }

    @Test
    void aMarkOnTheFirstOfJanuaryIsCheckedAsTheReviewOfTheYearBeforeThatProposesItChecksItMON4() {
        // 2019's months at 5000.00: at or above 2019's threshold of 4827.00, below 2020's of 6000.00
        MonitoringHistory.Builder b = MonitoringHistory.builder().withIncludedOn(LocalDate.of(2019, 1, 1))
                .addMeasures(AppliedMeasure.of(MeasureCategory.EMPLOYMENT, LocalDate.of(2019, 4, 1)));
        for (YearMonth m = YearMonth.of(2019, 1); !m.isAfter(YearMonth.of(2020, 12)); m = m.plusMonths(1)) {
            b.addIncome(IncomeObservation.of(m, Yuan.parse(m.getYear() == 2019 ? "5000.00" : "7000.00")));
        }
        Household.Builder h = MonitoringFixtures.oneAdult(EXITED)
                .addIncome(Households.income(2019).withWage(Yuan.of(10_000)).build())
                .addIncome(Households.income(2020).withWage(Yuan.of(12_000)).build());
        RiskReview of2019 = PovertyPolicy.national().assess(h.withMonitoring(b.build()).build(), Year.of(2019))
                .monitoring().riskElimination();
        assertThat(of2019).isNotNull();
        LocalDate proposed = Objects.requireNonNull(of2019.monitoringCase().eliminatedOn());
        assertThat(proposed).isEqualTo(LocalDate.of(2020, 1, 1));

        RiskReview of2020 = PovertyPolicy.national().assess(h.withMonitoring(b.withEliminatedOn(proposed).build())
                .build(), Year.of(2020)).monitoring().riskElimination();
        assertThat(of2020).isNotNull();
        assertThat(of2020.monitoringCase().eliminatedOn()).isEqualTo(proposed);
        assertThat(of2020.findings()).singleElement().extracting(Finding::message)
                .isEqualTo("Risk eliminated on 2020-01-01");
        // so is a mark later in January: the months ended before it are still 2019's
        RiskReview mid = PovertyPolicy.national().assess(h.withMonitoring(b.withEliminatedOn(LocalDate.of(2020, 1,
                31)).build()).build(), Year.of(2020)).monitoring().riskElimination();
        assertThat(mid).isNotNull();
        assertThat(mid.monitoringCase().eliminatedOn()).isEqualTo(LocalDate.of(2020, 1, 31));
    }

    @Test
    void aMarkOnTheDayOfInclusionWithoutAMeasureIsRolledBackAndTheHouseholdStaysMonitoredMON4() {
        MonitoringHistory marked = MonitoringHistory.builder().withIncludedOn(LocalDate.of(2019, 7, 1))
                .addIncome(IncomeObservation.of(YearMonth.of(2019, 7), Yuan.parse("5000.00")))
                .withEliminatedOn(LocalDate.of(2019, 7, 1)).build();
        Household h = exited(marked);
        RiskReview review = review(h);

        assertThat(review.monitoringCase().isEliminated()).isFalse();
        assertThat(review.findings()).extracting(Finding::passed).first().isEqualTo(false);
        assertThat(review.findings()).extracting(Finding::message).contains("No measure has been applied");
        Decision decision = PovertyPolicy.national().assess(h, Year.of(2019));
        assertThat(decision.monitoring().monitored()).isTrue();
        assertThat(decision.monitoring().riskElimination()).isNotNull();
    }

    @Test
    void aMarkWithinTheYearIsReviewedAndOneAfterItIgnoredMON4() {
        MonitoringHistory marked = history(LocalDate.of(2019, 1, 15), YearMonth.of(2019, 1))
                .withEliminatedOn(LocalDate.of(2019, 12, 31)).build();
        RiskReview review = review(exited(marked));
        assertThat(review.monitoringCase().eliminatedOn()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(review.findings()).singleElement().extracting(Finding::message)
                .isEqualTo("Risk eliminated on 2019-12-31");
        MonitoringHistory later = MonitoringHistory.builder().from(marked).withEliminatedOn(CLOSE).build();
        assertThat(review(exited(later)).monitoringCase().eliminatedOn()).isEqualTo(CLOSE);
        assertThat(review(exited(later)).findings()).hasSize(6);
    }

    @Test
    void aHouseholdIncludedAfterTheYearHasNoReviewMON4() {
        assertThat(review(exited(history(CLOSE, YearMonth.of(2019, 1)).build()))).isNull();
        assertThat(review(exited(history(CLOSE.minusDays(1), YearMonth.of(2019, 1)).build()))).isNotNull();
    }

    @Test
    void theCategoryIsTheScreeningsOrFollowsTheStateMON4() {
        MonitoringHistory h = history(LocalDate.of(2019, 1, 15), YearMonth.of(2019, 1)).build();
        assertThat(review(exited(h)).monitoringCase().category()).isEqualTo(MonitoringCategory.UNSTABLE_EXITED);
        Household never = Household.builder().from(exited(h)).withStatus(Status.notRegistered()).build();
        assertThat(review(never).monitoringCase().category()).isEqualTo(MonitoringCategory.MARGINAL);
        Household poor = MonitoringFixtures.oneAdult(EXITED).addIncome(Households.income(2019)
                .withWage(Yuan.of(4000)).build()).withMonitoring(h).build();
        assertThat(screen(poor).category()).isEqualTo(MonitoringCategory.UNSTABLE_EXITED);
        assertThat(review(poor).monitoringCase().category()).isEqualTo(MonitoringCategory.UNSTABLE_EXITED);
        Household registered = Household.builder().from(exited(h)).withStatus(REGISTERED).build();
        assertThat(review(registered).monitoringCase().isEliminated()).isFalse();
    }

    @Test
    void aHouseholdWithoutAHistoryCannotBeReviewedFromIt() {
        Household h = MonitoringFixtures.oneAdultEarning(EXITED, Yuan.of(10_000));
        assertThatThrownBy(() -> review(h)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no monitoring history");
    }

    @Test
    void theDecisionCarriesTheReviewOnlyWithAHistoryMON4() {
        Household with = exited(history(LocalDate.of(2019, 1, 15), YearMonth.of(2019, 1)).build());
        Decision decision = PovertyPolicy.national().assess(with, Year.of(2019));
        assertThat(decision.monitoring().riskElimination()).isEqualTo(review(with));
        assertThat(decision.findings()).containsAll(review(with).findings());
        assertThat(decision.toString()).contains("Risk elimination: eliminated", "Risk eliminated on 2020-01-01");
        Household without = Household.builder().from(with).withMonitoring(null).build();
        Decision plain = PovertyPolicy.national().assess(without, Year.of(2019));
        assertThat(plain.monitoring().riskElimination()).isNull();
        assertThat(plain.toString()).doesNotContain("Risk elimination");
        Household late = exited(history(CLOSE, YearMonth.of(2019, 1)).build());
        assertThat(PovertyPolicy.national().assess(late, Year.of(2019)).monitoring().riskElimination()).isNull();
        Household standing = exited(history(LocalDate.of(2019, 9, 1), YearMonth.of(2019, 1)).build());
        assertThat(PovertyPolicy.national().assess(standing, Year.of(2019)).toString())
                .contains("Risk elimination: risk stands");
    }

    @Test
    void aHouseholdWhoseRiskStandsStaysMonitoredThoughNoTriggerAppliesMON2MON4() {
        // exited and earning 10,000 with no trigger, but monitored only since September: the risk stands
        Household standing = exited(history(LocalDate.of(2019, 9, 1), YearMonth.of(2019, 1)).build());
        MonitoringDecision kept = PovertyPolicy.national().assess(standing, Year.of(2019)).monitoring();
        assertThat(kept.monitored()).isTrue();
        assertThat(kept.category()).isEqualTo(MonitoringCategory.UNSTABLE_EXITED);
        assertThat(MonitoringFixtures.triggered(kept)).isFalse();
        Finding last = kept.findings().get(kept.findings().size() - 1);
        assertThat(last).extracting(Finding::rule, Finding::passed, Finding::subject)
                .containsExactly(Rule.MON_2, true, "UNSTABLE_EXITED");
        assertThat(last.message()).isEqualTo("Monitored as UNSTABLE_EXITED: no trigger applies this year, but the "
                + "household leaves monitoring only when its risk is marked eliminated (MON-4)");
        assertThat(last.messageZh()).contains("风险标注消除前不退出监测");
        RiskReview review = kept.riskElimination();
        assertThat(review).isNotNull();
        assertThat(review.monitoringCase().isEliminated()).isFalse();
        // being kept is no trigger: the review of the kept decision is the same, its trigger condition met
        assertThat(RiskElimination.review(standing, Y2019, indicators(standing), kept)).isEqualTo(review);
        assertThat(review.findings()).anyMatch(f -> f.passed() && f.message().equals("No trigger is active"));

        Household never = Household.builder().from(standing).withStatus(Status.notRegistered()).build();
        assertThat(screen(never).category()).isEqualTo(MonitoringCategory.MARGINAL);
        // the risk marked eliminated at the close of the year: no longer monitored
        Household eliminated = exited(history(LocalDate.of(2019, 1, 15), YearMonth.of(2019, 1)).build());
        assertThat(screen(eliminated).monitored()).isFalse();
        assertThat(screen(eliminated).findings()).last().extracting(Finding::message).asString()
                .startsWith("Not monitored");
        // a registered household is assisted, whatever its case
        Household registered = Household.builder().from(standing).withStatus(REGISTERED).build();
        assertThat(screen(registered).monitored()).isFalse();
        assertThat(screen(registered).riskElimination()).isNotNull();
        assertThat(screen(registered).riskElimination().findings()).last().extracting(Finding::message)
                .isEqualTo("The risk stands: the household is assisted as registered, not monitored");

        // what ends monitoring: no trigger to clear, only the risk to be marked eliminated, as that goal details
        Explanation changes = Changes.of(PovertyPolicy.national(), standing, Year.of(2019));
        assertThat(changes.changes(Goal.MONITORING)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ChangeKind.PROCEDURE);
            assertThat(c.rule()).isEqualTo(Rule.MON_4);
            assertThat(c.path()).isEqualTo("$.monitoring");
            assertThat(c.message()).startsWith("The risk must be marked eliminated (see risk elimination)");
        });
        assertThat(changes.changes(Goal.RISK_ELIMINATION)).extracting(Change::path)
                .containsExactly("$.monitoring.includedOn");
        // a trigger as well: clearing it is not enough
        Household triggered = Household.builder().from(standing).withIncome(List.of(Households.income(2019)
                .withWage(Yuan.of(4000)).build())).build();
        assertThat(Changes.of(PovertyPolicy.national(), triggered, Year.of(2019)).changes(Goal.MONITORING))
                .extracting(Change::rule).contains(Rule.MON_3).endsWith(Rule.MON_4);
        // on the safety net, never eliminated: nothing ends monitoring, whatever triggers are cleared
        Household safetyNet = Household.builder().from(triggered)
                .withMembers(List.of(MonitoringFixtures.noLabour(Labour.LOST)))
                .addMeasuresReceived(MeasureCategory.SOCIAL_SECURITY).build();
        Explanation forever = Changes.of(PovertyPolicy.national(), safetyNet, Year.of(2019));
        assertThat(forever.changes(Goal.MONITORING)).extracting(Change::kind).containsExactly(ChangeKind.IMPOSSIBLE);
        assertThat(forever.changes(Goal.RISK_ELIMINATION)).extracting(Change::kind)
                .containsExactly(ChangeKind.IMPOSSIBLE);
    }
}
