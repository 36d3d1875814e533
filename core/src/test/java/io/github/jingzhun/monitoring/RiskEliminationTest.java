package io.github.jingzhun.monitoring;

import static io.github.jingzhun.monitoring.MonitoringFixtures.EXITED;
import static io.github.jingzhun.monitoring.MonitoringFixtures.Y2019;
import static io.github.jingzhun.monitoring.MonitoringFixtures.indicators;
import static io.github.jingzhun.monitoring.MonitoringFixtures.noLabour;
import static io.github.jingzhun.monitoring.MonitoringFixtures.review;
import static io.github.jingzhun.monitoring.MonitoringFixtures.screen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.jingzhun.Households;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Housing;
import io.github.jingzhun.household.HousingSafety;
import io.github.jingzhun.household.Labour;
import io.github.jingzhun.household.MeasureCategory;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.RegistrationState;
import io.github.jingzhun.household.Sex;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.household.Transfer;
import io.github.jingzhun.household.TransferKind;
import io.github.jingzhun.indicator.Indicators;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.parameter.YearParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RiskEliminationTest {

    private static final LocalDate SINCE = LocalDate.of(2019, 1, 15);
    private static final LocalDate SIX_MONTHS_LATER = LocalDate.of(2019, 7, 15);
    private static final LocalDate LONG_AGO = LocalDate.of(2018, 6, 1);
    private static final String ELIMINATED_MESSAGE = "Risk eliminated on 2019-07-15";
    private static final String SAFETY_NET_MESSAGE =
            "No member can work and the household relies on social security: it stays monitored, never eliminated";

    /** Exited, one adult who can work, 2019 stable income 10000 (above 4827), good conditions, one measure. */
    private static Household.Builder recovered() {
        return MonitoringFixtures.oneAdult(EXITED)
                .addIncome(Households.income(2019).withWage(Yuan.of(10_000)).build())
                .addMeasuresReceived(MeasureCategory.EMPLOYMENT);
    }

    /** Two members who cannot work, living on a recurring transfer of {@code kind} (20000, above 3 × 4827). */
    private static Household.Builder cannotWork(TransferKind kind, MeasureCategory measure) {
        return Households.household("522727").withStatus(EXITED)
                .addMembers(noLabour(Labour.LOST), noLabour(Labour.NONE))
                .addIncome(Households.income(2019).addTransfers(Transfer.of(kind, Yuan.of(20_000), true)).build())
                .addMeasuresReceived(measure);
    }

    private static MonitoringCase openCase(LocalDate monitoredSince, LocalDate stableSince) {
        return new MonitoringCase(MonitoringCategory.UNSTABLE_EXITED, monitoredSince, stableSince, null);
    }

    private static boolean hasMessage(RiskReview review, String message) {
        return review.findings().stream().anyMatch(f -> f.message().equals(message));
    }

    @Nested
    @DisplayName("MON-4 conditions of risk elimination")
    class Conditions {

        @Test
        @DisplayName("MON-4: all conditions met → eliminated, eliminatedOn = the review day")
        void allConditionsMetEliminates() {
            MonitoringCase before = openCase(SINCE, SINCE);

            RiskReview review = review(recovered().build(), before, SIX_MONTHS_LATER);

            assertThat(review.monitoringCase().isEliminated()).isTrue();
            assertThat(review.monitoringCase()).isEqualTo(new MonitoringCase(MonitoringCategory.UNSTABLE_EXITED,
                    SINCE, SINCE, SIX_MONTHS_LATER));
            assertThat(review.findings()).extracting(Finding::rule, Finding::passed, Finding::message)
                    .containsExactly(
                            tuple(Rule.MON_4, true,
                                    "Income has been at or above the threshold since 2019-01-15, at least 6 months"),
                            tuple(Rule.MON_4, true, "Monitored since 2019-01-15, at least 6 months"),
                            tuple(Rule.MON_4, true, "1 measure(s) applied"),
                            tuple(Rule.MON_4, true, "Every indicator is met or not applicable"),
                            tuple(Rule.MON_4, true, "No trigger is active"),
                            tuple(Rule.MON_4, true, ELIMINATED_MESSAGE));
            assertThat(review.findings().get(5).messageZh()).isEqualTo("2019-07-15标注风险消除");
        }

        @Test
        @DisplayName("MON-4: monitored exactly 6 months (2019-01-15 to 2019-07-15) is enough")
        void monitoredExactlySixMonthsIsEnough() {
            RiskReview review = review(recovered().build(), openCase(SINCE, LONG_AGO), SIX_MONTHS_LATER);

            assertThat(review.monitoringCase().eliminatedOn()).isEqualTo(SIX_MONTHS_LATER);
        }

        @Test
        @DisplayName("MON-4: monitored one day less than 6 months (to 2019-07-14) is not enough")
        void monitoredOneDayLessIsNotEnough() {
            MonitoringCase before = openCase(SINCE, LONG_AGO);

            RiskReview review = review(recovered().build(), before, SIX_MONTHS_LATER.minusDays(1));

            assertThat(review.monitoringCase()).isEqualTo(before);
            assertThat(review.monitoringCase().isEliminated()).isFalse();
            assertThat(review.findings()).anySatisfy(f -> {
                assertThat(f.passed()).isFalse();
                assertThat(f.message()).isEqualTo("Monitored since 2019-01-15, less than 6 months");
            });
            assertThat(review.findings().get(review.findings().size() - 1).message())
                    .isEqualTo("The risk stands: monitoring continues");
        }

        @Test
        @DisplayName("MON-4: income stable exactly 6 months (2019-01-15 to 2019-07-15) is enough")
        void stableExactlySixMonthsIsEnough() {
            RiskReview review = review(recovered().build(), openCase(LONG_AGO, SINCE), SIX_MONTHS_LATER);

            assertThat(review.monitoringCase().eliminatedOn()).isEqualTo(SIX_MONTHS_LATER);
        }

        @Test
        @DisplayName("MON-4: income stable one day less than 6 months is not enough")
        void stableOneDayLessIsNotEnough() {
            RiskReview review = review(recovered().build(), openCase(LONG_AGO, SINCE), SIX_MONTHS_LATER.minusDays(1));

            assertThat(review.monitoringCase().isEliminated()).isFalse();
            assertThat(review.findings()).anySatisfy(f -> {
                assertThat(f.passed()).isFalse();
                assertThat(f.message()).isEqualTo("Income has not been at or above the threshold for 6 months");
            });
        }

        @Test
        @DisplayName("MON-4: income never stable (incomeStableSince null) → not eliminated")
        void neverStableIsNotEliminated() {
            RiskReview review = review(recovered().build(),
                    new MonitoringCase(MonitoringCategory.UNSTABLE_EXITED, LONG_AGO, null, null), SIX_MONTHS_LATER);

            assertThat(review.monitoringCase().isEliminated()).isFalse();
            assertThat(review.findings().get(0).passed()).isFalse();
        }

        @Test
        @DisplayName("MON-4: the months are parameters (12 months monitored: 6 is no longer enough)")
        void monthsAreParameters() {
            YearParameters p = PolicyParameters.national().withParameter(ParameterKey.RISK_MONITORED_MONTHS,
                    new BigDecimal("12"), "scenario", "what if monitoring lasted a year").forYear(Year.of(2019));
            Household h = recovered().build();
            MonitoringCase before = openCase(SINCE, SINCE);

            RiskReview sixMonths = RiskElimination.review(h, before, SIX_MONTHS_LATER, p,
                    Indicators.evaluate(h, p), screen(h));
            RiskReview twelveMonths = RiskElimination.review(h, before, LocalDate.of(2020, 1, 15), p,
                    Indicators.evaluate(h, p), screen(h));

            assertThat(sixMonths.monitoringCase().isEliminated()).isFalse();
            assertThat(twelveMonths.monitoringCase().isEliminated()).isTrue();
        }

        @Test
        @DisplayName("MON-4: no measure received → not eliminated")
        void noMeasureIsNotEliminated() {
            Household h = Household.builder().from(recovered().build()).withMeasuresReceived(List.of()).build();

            RiskReview review = review(h, openCase(SINCE, SINCE), SIX_MONTHS_LATER);

            assertThat(review.monitoringCase().isEliminated()).isFalse();
            assertThat(review.findings()).anySatisfy(f -> {
                assertThat(f.passed()).isFalse();
                assertThat(f.message()).isEqualTo("No measure has been applied");
            });
        }

        @Test
        @DisplayName("MON-4: an UNMET indicator → not eliminated")
        void unmetIndicatorIsNotEliminated() {
            Household h = recovered().withConditions(Households.goodConditions()
                    .withHousing(Housing.of(HousingSafety.UNASSESSED, true, true)).build()).build();

            RiskReview review = review(h, openCase(SINCE, SINCE), SIX_MONTHS_LATER);

            assertThat(review.monitoringCase().isEliminated()).isFalse();
            assertThat(hasMessage(review, "An indicator is not met")).isTrue();
        }

        @Test
        @DisplayName("MON-4: an UNMET indicator alone (screening without it) → not eliminated")
        void unmetIndicatorAloneIsNotEliminated() {
            Household bad = recovered().withConditions(Households.goodConditions()
                    .withHousing(Housing.of(HousingSafety.DILAPIDATED_C, true, true)).build()).build();
            Household good = recovered().build();

            // the indicators are UNMET, the screening passed in has no trigger: the indicator condition decides
            RiskReview review = RiskElimination.review(bad, openCase(SINCE, SINCE), SIX_MONTHS_LATER, Y2019,
                    indicators(bad), screen(good));

            assertThat(review.monitoringCase().isEliminated()).isFalse();
            assertThat(review.findings()).filteredOn(f -> !f.passed()).extracting(Finding::message)
                    .containsExactly("An indicator is not met", "The risk stands: monitoring continues");
        }

        @Test
        @DisplayName("MON-4: an active trigger (medical costs above half of net income) → not eliminated")
        void activeTriggerIsNotEliminated() {
            Household h = MonitoringFixtures.oneAdult(EXITED).addMeasuresReceived(MeasureCategory.HEALTH)
                    .addIncome(Households.income(2019).withWage(Yuan.of(10_000))
                            .withMedicalOutOfPocket(Yuan.parse("5000.01")).build()).build();

            RiskReview review = review(h, openCase(SINCE, SINCE), SIX_MONTHS_LATER);

            assertThat(review.monitoringCase().isEliminated()).isFalse();
            assertThat(review.findings()).filteredOn(f -> !f.passed()).extracting(Finding::message)
                    .containsExactly("A monitoring trigger is active", "The risk stands: monitoring continues");
        }

        @Test
        @DisplayName("MON-4: medical costs exactly half of net income are no trigger → eliminated")
        void spendingAtHalfIsNoTrigger() {
            Household h = MonitoringFixtures.oneAdult(EXITED).addMeasuresReceived(MeasureCategory.HEALTH)
                    .addIncome(Households.income(2019).withWage(Yuan.of(10_000))
                            .withMedicalOutOfPocket(Yuan.parse("5000.00")).build()).build();

            assertThat(review(h, openCase(SINCE, SINCE), SIX_MONTHS_LATER).monitoringCase().isEliminated()).isTrue();
        }

        @Test
        @DisplayName("MON-4: income one fen below the threshold is an active trigger → not eliminated")
        void incomeBelowThresholdIsNotEliminated() {
            Household h = MonitoringFixtures.oneAdult(EXITED).addMeasuresReceived(MeasureCategory.EMPLOYMENT)
                    .addIncome(Households.income(2019).withWage(Yuan.parse("4826.99")).build()).build();
            Household at = MonitoringFixtures.oneAdult(EXITED).addMeasuresReceived(MeasureCategory.EMPLOYMENT)
                    .addIncome(Households.income(2019).withWage(Yuan.parse("4827.00")).build()).build();

            assertThat(review(h, openCase(SINCE, SINCE), SIX_MONTHS_LATER).monitoringCase().isEliminated()).isFalse();
            assertThat(review(at, openCase(SINCE, SINCE), SIX_MONTHS_LATER).monitoringCase().isEliminated()).isTrue();
        }

        @Test
        @DisplayName("MON-4: a household with no income record for the year is refused, naming it")
        void noIncomeRecordIsRefused() {
            Household h = MonitoringFixtures.oneAdult(EXITED).withId("HH-522727-0099").build();
            Household screened = recovered().build();

            assertThatThrownBy(() -> RiskElimination.review(h, openCase(SINCE, SINCE), SIX_MONTHS_LATER, Y2019,
                    indicators(h), screen(screened)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HH-522727-0099");
        }

        @Test
        @DisplayName("MON-4: the review's findings cannot be changed")
        void findingsAreImmutable() {
            RiskReview review = review(recovered().build(), openCase(SINCE, SINCE), SIX_MONTHS_LATER);

            assertThatThrownBy(() -> review.findings().clear()).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    @DisplayName("MON-4 households with no labour capacity on the safety net stay monitored")
    class SafetyNet {

        @Test
        @DisplayName("MON-4: no labour capacity with a MINIMUM_LIVING_ALLOWANCE transfer is never eliminated")
        void minimumLivingAllowanceIsNeverEliminated() {
            Household h = cannotWork(TransferKind.MINIMUM_LIVING_ALLOWANCE, MeasureCategory.HEALTH).build();

            RiskReview review = review(h, openCase(LONG_AGO, LONG_AGO), SIX_MONTHS_LATER);

            assertThat(review.monitoringCase().isEliminated()).isFalse();
            // every other condition holds
            assertThat(review.findings()).filteredOn(f -> !f.passed()).extracting(Finding::message)
                    .containsExactly(SAFETY_NET_MESSAGE, "The risk stands: monitoring continues");
            assertThat(review.findings()).filteredOn(f -> f.message().equals(SAFETY_NET_MESSAGE)).singleElement()
                    .satisfies(f -> assertThat(f.messageZh()).isEqualTo("无劳动能力且依靠兜底保障：持续监测，不标注风险消除"));
        }

        @Test
        @DisplayName("MON-4: no labour capacity with an EXTREME_POVERTY_SUPPORT transfer is never eliminated")
        void extremePovertySupportIsNeverEliminated() {
            Household h = cannotWork(TransferKind.EXTREME_POVERTY_SUPPORT, MeasureCategory.HEALTH).build();

            RiskReview review = review(h, openCase(LONG_AGO, LONG_AGO), SIX_MONTHS_LATER);

            assertThat(review.monitoringCase().isEliminated()).isFalse();
            assertThat(hasMessage(review, SAFETY_NET_MESSAGE)).isTrue();
        }

        @Test
        @DisplayName("MON-4: no labour capacity with SOCIAL_SECURITY among measures received is never eliminated")
        void socialSecurityMeasureIsNeverEliminated() {
            Household h = cannotWork(TransferKind.PENSION, MeasureCategory.SOCIAL_SECURITY).build();

            RiskReview review = review(h, openCase(LONG_AGO, LONG_AGO), SIX_MONTHS_LATER);

            assertThat(review.monitoringCase().isEliminated()).isFalse();
            assertThat(review.findings()).filteredOn(f -> !f.passed()).extracting(Finding::message)
                    .containsExactly(SAFETY_NET_MESSAGE, "The risk stands: monitoring continues");
        }

        @Test
        @DisplayName("MON-4: the same allowance household with one WEAK member (labour capacity) is eliminated")
        void labourCapacityLiftsTheSafetyNetRule() {
            Member weak = Households.member(Sex.MALE, LocalDate.of(1960, 2, 2))
                    .withLabour(Labour.WEAK).build();
            Household h = cannotWork(TransferKind.MINIMUM_LIVING_ALLOWANCE, MeasureCategory.HEALTH)
                    .addMembers(weak).build();

            RiskReview review = review(h, openCase(LONG_AGO, LONG_AGO), SIX_MONTHS_LATER);

            assertThat(review.monitoringCase().isEliminated()).isTrue();
            assertThat(hasMessage(review, SAFETY_NET_MESSAGE)).isFalse();
        }

        @Test
        @DisplayName("MON-4: no labour capacity living on a pension, without social security, can be eliminated")
        void noLabourWithoutSocialSecurityCanBeEliminated() {
            Household h = cannotWork(TransferKind.PENSION, MeasureCategory.HEALTH).build();

            RiskReview review = review(h, openCase(LONG_AGO, LONG_AGO), SIX_MONTHS_LATER);

            assertThat(review.monitoringCase().isEliminated()).isTrue();
        }
    }

    @Nested
    @DisplayName("MON-4 a mark may be rolled back")
    class RollBack {

        private final MonitoringCase eliminated = new MonitoringCase(MonitoringCategory.UNSTABLE_EXITED, SINCE,
                SINCE, SIX_MONTHS_LATER);

        @Test
        @DisplayName("MON-4: an eliminated case whose trigger returns is rolled back, with a finding saying so")
        void returningTriggerRollsBack() {
            Household h = MonitoringFixtures.oneAdult(EXITED).addMeasuresReceived(MeasureCategory.EMPLOYMENT)
                    .addIncome(Households.income(2019).withWage(Yuan.parse("4826.99")).build()).build();

            RiskReview review = review(h, eliminated, LocalDate.of(2019, 12, 31));

            assertThat(review.monitoringCase().isEliminated()).isFalse();
            assertThat(review.monitoringCase().eliminatedOn()).isNull();
            // the spell of income the observations show is kept: the trigger says why it is not marked again
            assertThat(review.monitoringCase().incomeStableSince()).isEqualTo(SINCE);
            assertThat(review.monitoringCase().monitoredSince()).isEqualTo(SINCE);
            assertThat(review.monitoringCase().category()).isEqualTo(MonitoringCategory.UNSTABLE_EXITED);
            assertThat(review.findings()).hasSize(7).last().satisfies(f -> assertThat(f.message())
                    .isEqualTo("The risk stands: monitoring continues"));
            assertThat(review.findings()).filteredOn(f -> !f.passed()).extracting(Finding::message)
                    .contains("A monitoring trigger is active");
            assertThat(review.findings()).first().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.MON_4);
                assertThat(f.passed()).isFalse();
                assertThat(f.subject()).isEqualTo("2019-07-15");
                assertThat(f.message()).isEqualTo("A trigger returned: the elimination of 2019-07-15 is rolled back");
                assertThat(f.messageZh()).isEqualTo("触发因素重现：撤销2019-07-15的风险消除标注");
            });
        }

        @Test
        @DisplayName("MON-4: an eliminated case rolls back when an indicator becomes UNMET")
        void unmetIndicatorRollsBack() {
            Household h = recovered().withConditions(Households.goodConditions()
                    .withHousing(Housing.of(HousingSafety.DILAPIDATED_D, true, true)).build()).build();

            RiskReview review = review(h, eliminated, LocalDate.of(2019, 12, 31));

            assertThat(review.monitoringCase().isEliminated()).isFalse();
        }

        @Test
        @DisplayName("MON-4: an eliminated case of a household now without labour capacity on the safety net is rolled back")
        void safetyNetRollsBack() {
            Household h = cannotWork(TransferKind.MINIMUM_LIVING_ALLOWANCE, MeasureCategory.HEALTH).build();

            RiskReview review = review(h, eliminated, LocalDate.of(2019, 12, 31));

            assertThat(MonitoringFixtures.triggered(screen(h))).isFalse();
            assertThat(review.monitoringCase()).isEqualTo(new MonitoringCase(MonitoringCategory.UNSTABLE_EXITED,
                    SINCE, SINCE, null));
            assertThat(review.findings()).hasSize(8).first().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.MON_4);
                assertThat(f.passed()).isFalse();
                assertThat(f.message()).isEqualTo("No member can work and the household relies on social security: "
                        + "the elimination of 2019-07-15 is rolled back");
                assertThat(f.messageZh()).isEqualTo("无劳动能力且依靠兜底保障：撤销2019-07-15的风险消除标注");
            });
        }

        @Test
        @DisplayName("MON-4: an eliminated case without a trigger stays eliminated, unchanged")
        void noTriggerStaysEliminated() {
            RiskReview review = review(recovered().build(), eliminated, LocalDate.of(2019, 12, 31));

            assertThat(review.monitoringCase()).isEqualTo(eliminated);
            assertThat(review.findings()).extracting(Finding::rule, Finding::passed, Finding::message)
                    .containsExactly(tuple(Rule.MON_4, true, ELIMINATED_MESSAGE));
        }
    }

    @Nested
    @DisplayName("MON-4 properties over generated households")
    class Properties {

        @ParameterizedTest(name = "seed {0}")
        @MethodSource("io.github.jingzhun.monitoring.MonitoringFixtures#seeds")
        @DisplayName("MON-4: a household with no labour capacity on the safety net is never marked eliminated")
        void safetyNetIsNeverEliminated(long seed) {
            MonitoringFixtures.Generated g = MonitoringFixtures.generate(seed);

            RiskReview review = review(g.household(), g.monitoringCase(), g.asOf());

            if (g.onSafetyNet()) {
                assertThat(review.monitoringCase().isEliminated()).as("%s %s", g.household(), g.monitoringCase())
                        .isFalse();
            }
            // the case keeps its category and start whatever happens
            assertThat(review.monitoringCase().category()).isEqualTo(g.monitoringCase().category());
            assertThat(review.monitoringCase().monitoredSince()).isEqualTo(g.monitoringCase().monitoredSince());
            assertThat(review.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.rule()).isEqualTo(Rule.MON_4));
        }

        @ParameterizedTest(name = "seed {0}")
        @MethodSource("io.github.jingzhun.monitoring.MonitoringFixtures#seeds")
        @DisplayName("MON-4: a newly eliminated case met every condition, and was eliminated on the review day")
        void eliminationMeansEveryConditionHeld(long seed) {
            MonitoringFixtures.Generated g = MonitoringFixtures.generate(seed);
            if (g.monitoringCase().isEliminated()) {
                return;
            }
            Household h = g.household();

            RiskReview review = review(h, g.monitoringCase(), g.asOf());

            if (review.monitoringCase().isEliminated()) {
                assertThat(review.monitoringCase().eliminatedOn()).isEqualTo(g.asOf());
                assertThat(review.findings()).allSatisfy(f -> assertThat(f.passed()).isTrue());
                assertThat(MonitoringFixtures.triggered(screen(h))).isFalse();
                assertThat(indicators(h).gaps()).isEmpty();
                assertThat(h.getMeasuresReceived()).isNotEmpty();
                assertThat(g.monitoringCase().monitoredSince().plusMonths(6)).isBeforeOrEqualTo(g.asOf());
                assertThat(g.monitoringCase().incomeStableSince()).isNotNull();
                assertThat(g.monitoringCase().incomeStableSince().plusMonths(6)).isBeforeOrEqualTo(g.asOf());
            } else {
                assertThat(review.monitoringCase()).isEqualTo(g.monitoringCase());
                // a registered household is assisted, one to be registered (AUD-10) too: neither is monitored
                assertThat(review.findings().get(review.findings().size() - 1).message())
                        .isEqualTo(h.getStatus().getState() == RegistrationState.REGISTERED
                                ? "The risk stands: the household is assisted as registered, not monitored"
                                : screen(h).findings().stream().anyMatch(f -> f.message().contains("AUD-10"))
                                ? "The risk stands: the household is to be registered and assisted (AUD-10), not "
                                        + "monitored"
                                : "The risk stands: monitoring continues");
            }
        }

        @Test
        @DisplayName("MON-4: the generator reaches safety-net households that meet every other condition")
        void generatorReachesTheSafetyNetCase() {
            AtomicInteger blockedOnlyBySafetyNet = new AtomicInteger();
            AtomicInteger eliminated = new AtomicInteger();
            MonitoringFixtures.seeds().forEach(seed -> {
                MonitoringFixtures.Generated g = MonitoringFixtures.generate(seed);
                RiskReview review = review(g.household(), g.monitoringCase(), g.asOf());
                List<String> failed = review.findings().stream().filter(f -> !f.passed()).map(Finding::message)
                        .toList();
                if (failed.equals(List.of(SAFETY_NET_MESSAGE, "The risk stands: monitoring continues"))) {
                    blockedOnlyBySafetyNet.incrementAndGet();
                }
                if (review.monitoringCase().isEliminated()) {
                    eliminated.incrementAndGet();
                }
            });

            assertThat(blockedOnlyBySafetyNet.get()).isGreaterThanOrEqualTo(5);
            assertThat(eliminated.get()).isGreaterThanOrEqualTo(20);
        }
    }

    @Test
    @DisplayName("MON-4: a NOT_REGISTERED (MARGINAL) case is reviewed the same way")
    void marginalCaseIsReviewedTheSameWay() {
        Household h = MonitoringFixtures.oneAdult(Status.notRegistered()).addMeasuresReceived(MeasureCategory.PRODUCTION)
                .addIncome(Households.income(2019).withWage(Yuan.of(10_000)).build()).build();
        MonitoringCase before = new MonitoringCase(MonitoringCategory.MARGINAL, SINCE, SINCE, null);

        RiskReview review = review(h, before, SIX_MONTHS_LATER);

        assertThat(review.monitoringCase()).isEqualTo(new MonitoringCase(MonitoringCategory.MARGINAL, SINCE, SINCE,
                SIX_MONTHS_LATER));
    }

    @Nested
    @DisplayName("MON-2/MON-4 a household registered again is assisted, not monitored")
    class RegisteredAgain {

        private static final List<String> REGISTERED_FINDINGS = List.of(
                "The household is registered: it is assisted, not monitored, and its risk cannot be eliminated",
                "The risk stands: the household is assisted as registered, not monitored");

        /** Like {@link #recovered()}, which meets every condition of MON-4, but REGISTERED again. */
        private Household registeredAgain() {
            return Household.builder().from(recovered().build()).withStatus(MonitoringFixtures.REGISTERED).build();
        }

        @Test
        @DisplayName("MON-4: a REGISTERED household meeting every other condition is not eliminated, and says why")
        void registeredHouseholdIsNotEliminated() {
            MonitoringCase before = openCase(SINCE, SINCE);

            RiskReview review = review(registeredAgain(), before, SIX_MONTHS_LATER);

            assertThat(review(recovered().build(), before, SIX_MONTHS_LATER).monitoringCase().isEliminated()).isTrue();
            assertThat(review.monitoringCase()).isEqualTo(before);
            assertThat(review.findings()).extracting(Finding::rule, Finding::passed, Finding::message).containsExactly(
                    tuple(Rule.MON_4, false, REGISTERED_FINDINGS.get(0)),
                    tuple(Rule.MON_4, false, REGISTERED_FINDINGS.get(1)));
            assertThat(review.findings().get(0).messageZh()).isEqualTo("本户已建档立卡，享受帮扶而非监测，不标注风险消除");
        }

        @Test
        @DisplayName("MON-4: an eliminated case of a household REGISTERED again loses its mark and keeps its dates")
        void registeredAgainLosesTheMark() {
            MonitoringCase eliminated = new MonitoringCase(MonitoringCategory.UNSTABLE_EXITED, LONG_AGO, SINCE,
                    SIX_MONTHS_LATER);

            RiskReview review = review(registeredAgain(), eliminated, LocalDate.of(2019, 12, 31));

            assertThat(review.monitoringCase()).isEqualTo(new MonitoringCase(MonitoringCategory.UNSTABLE_EXITED,
                    LONG_AGO, SINCE, null));
            assertThat(review.findings()).extracting(Finding::message).isEqualTo(REGISTERED_FINDINGS);
        }
    }
}
