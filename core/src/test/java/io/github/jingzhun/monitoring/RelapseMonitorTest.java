package io.github.jingzhun.monitoring;

import static io.github.jingzhun.monitoring.MonitoringFixtures.EXITED;
import static io.github.jingzhun.monitoring.MonitoringFixtures.REGISTERED;
import static io.github.jingzhun.monitoring.MonitoringFixtures.THRESHOLD_2019;
import static io.github.jingzhun.monitoring.MonitoringFixtures.Y2019;
import static io.github.jingzhun.monitoring.MonitoringFixtures.Y2019_CLOSED;
import static io.github.jingzhun.monitoring.MonitoringFixtures.findingsOf;
import static io.github.jingzhun.monitoring.MonitoringFixtures.indicators;
import static io.github.jingzhun.monitoring.MonitoringFixtures.oneAdult;
import static io.github.jingzhun.monitoring.MonitoringFixtures.oneAdultEarning;
import static io.github.jingzhun.monitoring.MonitoringFixtures.screen;
import static io.github.jingzhun.monitoring.MonitoringFixtures.screenClosed;
import static io.github.jingzhun.monitoring.MonitoringFixtures.triggered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.jingzhun.Households;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.household.Assets;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Housing;
import io.github.jingzhun.household.HousingSafety;
import io.github.jingzhun.household.RegistrationState;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.household.Transfer;
import io.github.jingzhun.identification.HouseholdIdentifier;
import io.github.jingzhun.household.TransferKind;
import io.github.jingzhun.indicator.Indicators;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.Deviation;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.PovertyLine;
import io.github.jingzhun.parameter.RegionalLine;
import io.github.jingzhun.parameter.Standard;
import io.github.jingzhun.parameter.YearParameters;
import io.github.jingzhun.parameter.YearParameters.LineApplied;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RelapseMonitorTest {

    private static final Year YEAR = Year.of(2019);
    private static final PolicyParameters NATIONAL = PolicyParameters.national();
    private static final CountyCode QIANNAN_COUNTY = CountyCode.parse("522727"); // Guizhou 52, Qiannan 5227
    private static final CountyCode GUIYANG_COUNTY = CountyCode.parse("520102"); // Guizhou 52, Guiyang 5201
    private static final CountyCode GANSU_COUNTY = CountyCode.parse("621126"); // Gansu 62

    private static Household notRegisteredEarning(String wage) {
        return oneAdultEarning(Status.notRegistered(), Yuan.parse(wage));
    }

    private static Household exitedEarning(String wage) {
        return oneAdultEarning(EXITED, Yuan.parse(wage));
    }

    /** Not registered, one adult, wage 10000.00 (well above 4827.00), with rigid spending. */
    private static Household spending(String medical, String education, String disaster) {
        return oneAdult(Status.notRegistered()).addIncome(Households.income(2019).withWage(Yuan.of(10_000))
                .withMedicalOutOfPocket(Yuan.parse(medical)).withEducationCosts(Yuan.parse(education))
                .withDisasterLoss(Yuan.parse(disaster)).build()).build();
    }

    /** Not registered, one adult, net income 10000.00 in 2018 and {@code now} in 2019. */
    private static Household fallingTo(String now) {
        return oneAdult(Status.notRegistered())
                .addIncome(Households.income(2018).withWage(Yuan.of(10_000)).build())
                .addIncome(Households.income(2019).withWage(Yuan.parse(now)).build()).build();
    }

    private static Household withDilapidatedHouse(Household household) {
        return Household.builder().from(household).withConditions(
                Households.goodConditions().withHousing(Housing.of(HousingSafety.DILAPIDATED_D, true, true))
                        .build()).build();
    }

    private static List<Finding> triggers(MonitoringDecision decision) {
        return decision.findings().stream().filter(f -> f.rule() == Rule.MON_3 && f.passed()).toList();
    }

    @Nested
    @DisplayName("MON-1 monitoring threshold")
    class Threshold {

        @Test
        @DisplayName("MON-1: by default the 2019 threshold is 1.5 × 3218 = 4827.00 per person")
        void defaultIsOneAndAHalfTimesTheLine() {
            LineApplied threshold = Y2019.monitoringThreshold(QIANNAN_COUNTY);

            assertThat(threshold.amount()).isEqualTo(Yuan.parse("4827.00"));
            assertThat(threshold.standard()).isEqualTo(Standard.NATIONAL);
            assertThat(threshold.finding().rule()).isEqualTo(Rule.MON_1);
            assertThat(threshold.finding().observed()).isEqualByComparingTo("1.5");
            assertThat(threshold.finding().threshold()).isEqualTo(new BigDecimal("4827.00"));
            assertThat(threshold.finding().message())
                    .isEqualTo("The monitoring threshold is 4827.00 yuan per person: 1.5 times the line");
        }

        @Test
        @DisplayName("MON-1: the default follows each year's line (2018: 1.5 × 2995 = 4492.50)")
        void defaultFollowsTheLineOfTheYear() {
            assertThat(NATIONAL.forYear(Year.of(2018)).monitoringThreshold(QIANNAN_COUNTY).amount())
                    .isEqualTo(Yuan.parse("4492.50"));
            assertThat(NATIONAL.forYear(Year.of(2020)).monitoringThreshold(QIANNAN_COUNTY).amount())
                    .isEqualTo(Yuan.parse("6000.00"));
        }

        @Test
        @DisplayName("MON-1: the screening's first finding states the threshold applied")
        void screeningStatesTheThreshold() {
            MonitoringDecision decision = screen(notRegisteredEarning("10000"));

            Finding first = decision.findings().get(0);
            assertThat(first).isEqualTo(Y2019.monitoringThreshold(QIANNAN_COUNTY).finding());
            assertThat(findingsOf(decision.findings(), Rule.MON_1)).hasSize(1);
        }

        @Test
        @DisplayName("MON-1: a threshold set for the year overrides 1.5 × the line, for that year only")
        void thresholdSetForTheYearOverrides() {
            PolicyParameters set = PolicyParameters.builder().from(NATIONAL).withMonitoringThresholds(List.of(
                    new PovertyLine(YEAR, Yuan.of(5000), "provincial monitoring notice 2019", "local practice"))).build();

            LineApplied threshold = set.forYear(YEAR).monitoringThreshold(QIANNAN_COUNTY);
            assertThat(threshold.amount()).isEqualTo(Yuan.of(5000));
            assertThat(threshold.source()).isEqualTo("provincial monitoring notice 2019");
            assertThat(threshold.finding().rule()).isEqualTo(Rule.MON_1);
            assertThat(threshold.finding().message())
                    .isEqualTo("The monitoring threshold of 2019 set by parameter set 'national' is 5000.00 yuan per "
                            + "person; the national threshold is 4827.00 yuan");
            assertThat(set.forYear(Year.of(2018)).monitoringThreshold(QIANNAN_COUNTY).amount())
                    .isEqualTo(Yuan.parse("4492.50"));
        }

        @Test
        @DisplayName("MON-1: a threshold set for the year is the one screening uses (4999.99 below 5000, 5000 not)")
        void screeningUsesTheThresholdSetForTheYear() {
            YearParameters p = PolicyParameters.builder().from(NATIONAL).withMonitoringThresholds(List.of(
                    new PovertyLine(YEAR, Yuan.of(5000), "provincial monitoring notice 2019", "local practice"))).build()
                    .forYear(YEAR);
            Household below = notRegisteredEarning("4999.99");
            Household at = notRegisteredEarning("5000.00");

            MonitoringDecision belowDecision = RelapseMonitor.decide(below, p, Indicators.evaluate(below, p));
            MonitoringDecision atDecision = RelapseMonitor.decide(at, p, Indicators.evaluate(at, p));

            assertThat(belowDecision.category()).isEqualTo(MonitoringCategory.MARGINAL);
            assertThat(atDecision.monitored()).isFalse();
            // under the national default both would be above 4827.00
            assertThat(screen(below).monitored()).isFalse();
        }

        @Test
        @DisplayName("MON-1: a provincial (52) threshold applies within Guizhou only")
        void provincialThresholdAppliesWithinTheProvince() {
            YearParameters p = PolicyParameters.builder().from(NATIONAL).withRegionalMonitoringThresholds(List.of(
                    new RegionalLine(52, YEAR, Yuan.of(6000), "Guizhou monitoring notice", "local practice"))).build()
                    .forYear(YEAR);

            assertThat(p.monitoringThreshold(QIANNAN_COUNTY).amount()).isEqualTo(Yuan.of(6000));
            assertThat(p.monitoringThreshold(QIANNAN_COUNTY).standard()).isEqualTo(Standard.PROVINCIAL);
            assertThat(p.monitoringThreshold(GUIYANG_COUNTY).amount()).isEqualTo(Yuan.of(6000));
            assertThat(p.monitoringThreshold(GANSU_COUNTY).amount()).isEqualTo(THRESHOLD_2019);
            assertThat(p.monitoringThreshold(GANSU_COUNTY).standard()).isEqualTo(Standard.NATIONAL);
        }

        @Test
        @DisplayName("MON-1: a city (5227) threshold applies within Qiannan only, before the province's")
        void cityThresholdAppliesBeforeTheProvince() {
            YearParameters p = PolicyParameters.builder().from(NATIONAL).withRegionalMonitoringThresholds(List.of(
                    new RegionalLine(52, YEAR, Yuan.of(6000), "Guizhou monitoring notice", "local practice"),
                    new RegionalLine(5227, YEAR, Yuan.of(6500), "Qiannan monitoring notice", "local practice"))).build()
                    .forYear(YEAR);

            assertThat(p.monitoringThreshold(QIANNAN_COUNTY).amount()).isEqualTo(Yuan.of(6500));
            assertThat(p.monitoringThreshold(QIANNAN_COUNTY).standard()).isEqualTo(Standard.CITY);
            assertThat(p.monitoringThreshold(QIANNAN_COUNTY).finding().message())
                    .isEqualTo("The monitoring threshold of area 5227 for 2019 set by parameter set 'national' is "
                            + "6500.00 yuan per person; the national threshold is 4827.00 yuan");
            assertThat(p.monitoringThreshold(GUIYANG_COUNTY).amount()).isEqualTo(Yuan.of(6000));
            assertThat(p.monitoringThreshold(GANSU_COUNTY).amount()).isEqualTo(THRESHOLD_2019);
        }

        @Test
        @DisplayName("MON-1: a city threshold alone leaves the rest of its province on the national threshold")
        void cityThresholdAloneDoesNotSpreadToTheProvince() {
            YearParameters p = PolicyParameters.builder().from(NATIONAL).withRegionalMonitoringThresholds(List.of(
                    new RegionalLine(5227, YEAR, Yuan.of(6500), "Qiannan monitoring notice", "local practice"))).build()
                    .forYear(YEAR);

            assertThat(p.monitoringThreshold(QIANNAN_COUNTY).amount()).isEqualTo(Yuan.of(6500));
            assertThat(p.monitoringThreshold(GUIYANG_COUNTY).amount()).isEqualTo(THRESHOLD_2019);
        }

        @Test
        @DisplayName("MON-1: a regional threshold is screened against (6499.99 below Qiannan's 6500)")
        void screeningUsesTheRegionalThreshold() {
            YearParameters p = PolicyParameters.builder().from(NATIONAL).withRegionalMonitoringThresholds(List.of(
                    new RegionalLine(5227, YEAR, Yuan.of(6500), "Qiannan monitoring notice", "local practice"))).build()
                    .forYear(YEAR);
            Household below = notRegisteredEarning("6499.99");
            Household at = notRegisteredEarning("6500.00");

            assertThat(RelapseMonitor.decide(below, p, Indicators.evaluate(below, p)).category())
                    .isEqualTo(MonitoringCategory.MARGINAL);
            assertThat(RelapseMonitor.decide(at, p, Indicators.evaluate(at, p)).monitored()).isFalse();
        }

        @Test
        @DisplayName("MON-1: with a provincial line and no monitoring value, the default is 1.5 × the provincial line")
        void defaultFollowsTheProvincialLine() {
            YearParameters p = NATIONAL.withRegionalLine(new RegionalLine(52, YEAR, Yuan.of(3500),
                    "Guizhou notice", "provincial line above the national line")).forYear(YEAR);

            LineApplied guizhou = p.monitoringThreshold(QIANNAN_COUNTY);
            assertThat(guizhou.amount()).isEqualTo(Yuan.parse("5250.00"));
            assertThat(guizhou.standard()).isEqualTo(Standard.PROVINCIAL);
            assertThat(guizhou.finding().threshold()).isEqualTo(new BigDecimal("5250.00"));
            assertThat(p.monitoringThreshold(GANSU_COUNTY).amount()).isEqualTo(THRESHOLD_2019);
        }

        @Test
        @DisplayName("MON-1: with a city line and no monitoring value, the default is 1.5 × the city line")
        void defaultFollowsTheCityLine() {
            YearParameters p = NATIONAL
                    .withRegionalLine(new RegionalLine(52, YEAR, Yuan.of(3500), "Guizhou notice", "provincial line"))
                    .withRegionalLine(new RegionalLine(5227, YEAR, Yuan.of(3800), "Qiannan notice", "city line"))
                    .forYear(YEAR);

            assertThat(p.monitoringThreshold(QIANNAN_COUNTY).amount()).isEqualTo(Yuan.parse("5700.00"));
            assertThat(p.monitoringThreshold(GUIYANG_COUNTY).amount()).isEqualTo(Yuan.parse("5250.00"));
        }

        @Test
        @DisplayName("MON-1/IND-STD: a threshold set for the year above 1.5 × the line is a deviation, with its reason")
        void thresholdSetForTheYearIsADeviation() {
            PolicyParameters set = PolicyParameters.builder().from(NATIONAL).withMonitoringThresholds(List.of(
                    new PovertyLine(YEAR, Yuan.of(5000), "provincial monitoring notice 2019", "local practice"))).build();

            assertThat(set.deviations()).containsExactly(new Deviation("monitoring threshold 2019",
                    new BigDecimal("4827.00"), new BigDecimal("5000.00"), "local practice"));
            assertThat(set.forYear(YEAR).standardsFinding().passed()).isFalse();
        }

        @Test
        @DisplayName("MON-1/IND-STD: a threshold set for the year one fen off 1.5 × the line without a reason is refused")
        void thresholdSetWithoutReasonIsRefused() {
            assertThatThrownBy(() -> PolicyParameters.builder().from(NATIONAL).withMonitoringThresholds(List.of(
                    new PovertyLine(YEAR, Yuan.parse("4826.99"), "provincial monitoring notice 2019", null))).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("monitoringThresholds[0].reason: monitoring threshold 2019 departs from "
                            + "the national default 4827.00")
                    .hasMessageContaining("must give a reason (IND-STD)");
        }

        @Test
        @DisplayName("MON-1/IND-STD: a threshold set for the year at exactly 1.5 × the line needs no reason")
        void thresholdSetAtTheDefaultIsNoDeviation() {
            PolicyParameters set = PolicyParameters.builder().from(NATIONAL).withMonitoringThresholds(List.of(
                    new PovertyLine(YEAR, Yuan.parse("4827.00"), "provincial monitoring notice 2019", null))).build();

            assertThat(set.deviations()).isEmpty();
            assertThat(set.forYear(YEAR).standardsFinding().passed()).isTrue();
        }

        @Test
        @DisplayName("MON-1/IND-STD: a provincial monitoring threshold is listed as a deviation with its reason")
        void regionalThresholdIsADeviation() {
            PolicyParameters set = PolicyParameters.builder().from(NATIONAL).withRegionalMonitoringThresholds(List.of(
                    new RegionalLine(52, YEAR, Yuan.of(6000), "Guizhou monitoring notice", "local practice"))).build();

            assertThat(set.deviations()).containsExactly(new Deviation("monitoring threshold 2019 in 52",
                    new BigDecimal("4827.00"), new BigDecimal("6000.00"), "local practice"));
            assertThat(set.forYear(YEAR).standardsFinding().passed()).isFalse();
        }

        @Test
        @DisplayName("MON-1: the multiple is a parameter (2 × 3218 = 6436.00)")
        void multipleIsAParameter() {
            YearParameters p = NATIONAL.withParameter(ParameterKey.MONITORING_LINE_MULTIPLE,
                    new BigDecimal("2"), "scenario", "what if the threshold were twice the line").forYear(YEAR);

            assertThat(p.monitoringThreshold(QIANNAN_COUNTY).amount()).isEqualTo(Yuan.parse("6436.00"));
        }
    }

    @Nested
    @DisplayName("MON-1 with INC-3: a threshold between fen is compared exactly and shown rounded to the fen")
    class ExactThreshold {

        private final YearParameters p = NATIONAL.withParameter(ParameterKey.MONITORING_LINE_MULTIPLE,
                new BigDecimal("1.333"), "test", "a multiple that falls between fen").forYear(YEAR);

        private MonitoringDecision screenTwo(String wage) {
            Household h = Households.household("522727").addMembers(Households.adult(), Households.adult())
                    .addIncome(Households.income(2019).withWage(Yuan.parse(wage)).build()).build();
            return RelapseMonitor.decide(h, p, Indicators.evaluate(h, p));
        }

        @Test
        @DisplayName("MON-1: 1.333 × 3218.00 is 4289.594 per person, kept exactly; it is shown as 4289.59")
        void thresholdIsKeptExactlyAndShownToTheFen() {
            LineApplied threshold = p.monitoringThreshold(QIANNAN_COUNTY);

            assertThat(threshold.amount()).isEqualTo(Yuan.parse("4289.59"));
            assertThat(p.exactMonitoringThreshold(QIANNAN_COUNTY)).isEqualTo(new BigDecimal("4289.594"));
            assertThat(threshold.finding().threshold()).isEqualTo(new BigDecimal("4289.59"));
            assertThat(threshold.finding().message())
                    .isEqualTo("The monitoring threshold is 4289.59 yuan per person: 1.333 times the line, the "
                            + "multiple parameter set 'national' sets; the national multiple is 1.5");
        }

        @Test
        @DisplayName("MON-3: 2 members at 8579.18 are below 2 × 4289.594 = 8579.188 (rounding first would say not); "
                + "at 8579.19 they are not")
        void twoMembersAreComparedWithTheUnroundedThreshold() {
            MonitoringDecision below = screenTwo("8579.18");
            MonitoringDecision above = screenTwo("8579.19");

            assertThat(below.category()).isEqualTo(MonitoringCategory.MARGINAL);
            assertThat(triggers(below)).singleElement().satisfies(f -> {
                assertThat(f.observed()).isEqualTo(new BigDecimal("4289.59"));
                assertThat(f.threshold()).isEqualTo(new BigDecimal("4289.59"));
                assertThat(f.message()).isEqualTo("Stable per-capita income rounds to 4289.59, yet is exactly below "
                        + "the monitoring threshold 4289.59 (INC-3)");
            });
            assertThat(above.monitored()).isFalse();
            assertThat(p.isBelowMonitoringThreshold(QIANNAN_COUNTY, Yuan.parse("8579.18"), 2)).isTrue();
            assertThat(p.isBelowMonitoringThreshold(QIANNAN_COUNTY, Yuan.parse("8579.19"), 2)).isFalse();
        }

        @Test
        @DisplayName("MON-3: 3 members at 14480.99 are below 3 × 4827.00 though their per-capita figure rounds to "
                + "4827.00: the finding says so")
        void roundedPerCapitaIsExplained() {
            Household h = Households.household("522727").addMembers(Households.adult(), Households.adult(),
                    Households.adult()).addIncome(Households.income(2019).withWage(Yuan.parse("14480.99")).build())
                    .build();

            assertThat(triggers(screen(h))).singleElement().satisfies(f -> {
                assertThat(f.message()).isEqualTo("Stable per-capita income rounds to 4827.00, yet is exactly below "
                        + "the monitoring threshold 4827.00 (INC-3)");
                assertThat(f.messageZh()).isEqualTo("人均稳定收入四舍五入为4827.00元，但精确计算低于监测标准4827.00元（INC-3）");
            });
        }

        @Test
        @DisplayName("MON-1: a multiple of a provincial line between fen is exact too (1.333 × 3500.01 = 4665.51333)")
        void provincialLineMultipleIsExact() {
            YearParameters q = NATIONAL.withParameter(ParameterKey.MONITORING_LINE_MULTIPLE, new BigDecimal("1.333"),
                    "test", "a multiple that falls between fen").withRegionalLine(new RegionalLine(52, YEAR,
                    Yuan.parse("3500.01"), "Guizhou notice", "provincial line")).forYear(YEAR);

            assertThat(q.exactMonitoringThreshold(QIANNAN_COUNTY)).isEqualTo(new BigDecimal("4665.51333"));
            assertThat(q.monitoringThreshold(QIANNAN_COUNTY).amount()).isEqualTo(Yuan.parse("4665.51"));
            assertThat(q.isBelowMonitoringThreshold(QIANNAN_COUNTY, Yuan.parse("4665.51"), 1)).isTrue();
            assertThat(q.isBelowMonitoringThreshold(QIANNAN_COUNTY, Yuan.parse("4665.52"), 1)).isFalse();
            assertThat(q.exactMonitoringThreshold(GANSU_COUNTY)).isEqualTo(new BigDecimal("4289.594"));
        }

        @Test
        @DisplayName("MON-1: a threshold on whole fen is its amount, with two decimals (1.5 × 3218.00 = 4827.00)")
        void wholeFenThresholdIsItsAmount() {
            assertThat(Y2019.exactMonitoringThreshold(QIANNAN_COUNTY)).isEqualTo(new BigDecimal("4827.00"));
            assertThat(Y2019.isBelowMonitoringThreshold(QIANNAN_COUNTY, Yuan.parse("9653.99"), 2)).isTrue();
            assertThat(Y2019.isBelowMonitoringThreshold(QIANNAN_COUNTY, Yuan.parse("9654.00"), 2)).isFalse();
        }
    }

    @Nested
    @DisplayName("MON-2 and AUD-10: a poor household not registered while registration is open is missed")
    class Missed {

        @Test
        @DisplayName("MON-2: not registered and identified poor in 2019 (3217.99 < 3218): not MARGINAL, not "
                + "monitored; to be registered (AUD-10)")
        void poorHouseholdNotRegisteredIsNotMonitored() {
            MonitoringDecision decision = screen(notRegisteredEarning("3217.99"));

            assertThat(decision.monitored()).isFalse();
            assertThat(decision.category()).isNull();
            assertThat(decision.findings()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.MON_2);
                assertThat(f.passed()).isFalse();
                assertThat(f.observed()).isEqualByComparingTo("2019");
                assertThat(f.threshold()).isEqualByComparingTo("2020");
                assertThat(f.message()).isEqualTo("Not monitored: identified poor in 2019, while new registration "
                        + "was open (to 2020), the household should be registered and assisted (AUD-10)");
                assertThat(f.messageZh())
                        .isEqualTo("不纳入监测：2019年识别为贫困户，当时仍可新识别（至2020年），应建档立卡予以帮扶（AUD-10）");
            });
        }

        @Test
        @DisplayName("MON-2: exactly at the line (3218.00) it is not poor, and below the threshold: MARGINAL")
        void atTheLineIsMarginal() {
            assertThat(screen(notRegisteredEarning("3218.00")).category()).isEqualTo(MonitoringCategory.MARGINAL);
        }

        @Test
        @DisplayName("MON-2: an EXCLUDED household below the line is not missed: MARGINAL")
        void excludedHouseholdIsMarginal() {
            Household h = Household.builder().from(notRegisteredEarning("1000"))
                    .withAssets(Assets.builder().withPrivateCar(true).build()).build();

            assertThat(screen(h).category()).isEqualTo(MonitoringCategory.MARGINAL);
        }

        @Test
        @DisplayName("MON-2: an EXITED household below the line is UNSTABLE_EXITED, not missed")
        void exitedBelowTheLineIsUnstableExited() {
            assertThat(screen(exitedEarning("1000")).category()).isEqualTo(MonitoringCategory.UNSTABLE_EXITED);
        }

        @Test
        @DisplayName("MON-2: with new registration closed (last year 2018), the same household is MARGINAL")
        void closedRegistrationIsMarginal() {
            assertThat(screenClosed(notRegisteredEarning("3217.99")).category())
                    .isEqualTo(MonitoringCategory.MARGINAL);
        }

        @Test
        @DisplayName("MON-2: 2020, the last year of new registration, is open; in 2021 the household is MARGINAL")
        void theYearAfterTheLastYearIsMonitored() {
            YearParameters y2020 = NATIONAL.forYear(Year.of(2020));
            YearParameters y2021 = NATIONAL.withPovertyLine(Year.of(2021), Yuan.of(4100), "test",
                    "a line for the year after the campaign").forYear(Year.of(2021));
            Household in2020 = oneAdult(Status.notRegistered())
                    .addIncome(Households.income(2020).withWage(Yuan.parse("3999.99")).build()).build();
            Household in2021 = oneAdult(Status.notRegistered())
                    .addIncome(Households.income(2021).withWage(Yuan.parse("4099.99")).build()).build();

            assertThat(RelapseMonitor.decide(in2020, y2020, Indicators.evaluate(in2020, y2020)).monitored())
                    .isFalse();
            assertThat(RelapseMonitor.decide(in2021, y2021, Indicators.evaluate(in2021, y2021)).category())
                    .isEqualTo(MonitoringCategory.MARGINAL);
        }

        @Test
        @DisplayName("MON-2: PovertyPolicy.assess agrees: no monitoring, and the audit's AUD-10 finding")
        void assessAgrees() {
            var decision = PovertyPolicy.national().assess(notRegisteredEarning("1000"), YEAR);

            assertThat(decision.monitoring().monitored()).isFalse();
            assertThat(decision.audit()).extracting(Finding::rule).containsExactly(Rule.AUD_10);
            assertThat(decision.identification().isPoor()).isTrue();
        }
    }

    @Nested
    @DisplayName("MON-2 registered households are assisted, not monitored")
    class Registered {

        @Test
        @DisplayName("MON-2: the JSON contract's worked (REGISTERED) household has exactly the 'assisted, not monitored' finding")
        void workedHouseholdIsAssistedNotMonitored() {
            MonitoringDecision decision = screen(Households.worked());

            assertThat(decision.monitored()).isFalse();
            assertThat(decision.category()).isNull();
            assertThat(decision.findings()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.MON_2);
                assertThat(f.passed()).isFalse();
                assertThat(f.message()).isEqualTo("A registered household is assisted, not monitored");
                assertThat(f.messageZh()).isEqualTo("建档立卡贫困户享受帮扶，不纳入防返贫监测");
                assertThat(f.observed()).isNull();
                assertThat(f.threshold()).isNull();
            });
        }

        @Test
        @DisplayName("MON-2: PovertyPolicy.assess includes the worked household's monitoring decision")
        void assessIncludesMonitoring() {
            MonitoringDecision monitoring = PovertyPolicy.national().assess(Households.worked(), YEAR).monitoring();

            assertThat(monitoring).isEqualTo(screen(Households.worked()));
            assertThat(monitoring.monitored()).isFalse();
            assertThat(monitoring.findings()).extracting(Finding::rule, Finding::passed, Finding::message)
                    .containsExactly(tuple(Rule.MON_2, false, "A registered household is assisted, not monitored"));
        }

        @Test
        @DisplayName("MON-2: a REGISTERED household below the threshold with every trigger is still not monitored")
        void registeredHouseholdWithTriggersIsNotMonitored() {
            Household h = withDilapidatedHouse(oneAdult(REGISTERED).addIncome(Households.income(2019)
                    .withWage(Yuan.of(100)).withMedicalOutOfPocket(Yuan.of(5000)).build()).build());

            MonitoringDecision decision = screen(h);

            assertThat(decision.monitored()).isFalse();
            assertThat(decision.category()).isNull();
            assertThat(decision.findings()).singleElement()
                    .satisfies(f -> assertThat(f.rule()).isEqualTo(Rule.MON_2));
        }

        @Test
        @DisplayName("MON-2: a REGISTERED household needs no income record to be screened")
        void registeredHouseholdNeedsNoIncomeRecord() {
            MonitoringDecision decision = screen(oneAdult(REGISTERED).build());

            assertThat(decision.monitored()).isFalse();
        }
    }

    @Nested
    @DisplayName("MON-3 triggers and MON-2 categories")
    class Triggers {

        @Test
        @DisplayName("MON-3: stable income exactly at the threshold (4827.00, one member) is not a trigger")
        void incomeAtThresholdIsNotATrigger() {
            MonitoringDecision decision = screen(notRegisteredEarning("4827.00"));

            assertThat(decision.monitored()).isFalse();
            assertThat(decision.category()).isNull();
            assertThat(triggers(decision)).isEmpty();
            assertThat(findingsOf(decision.findings(), Rule.MON_3)).singleElement().satisfies(f -> {
                assertThat(f.passed()).isFalse();
                assertThat(f.message()).isEqualTo("No monitoring trigger applies");
            });
            assertThat(findingsOf(decision.findings(), Rule.MON_2)).singleElement().satisfies(f -> {
                assertThat(f.passed()).isFalse();
                assertThat(f.message())
                        .isEqualTo("Not monitored: stable income reaches the threshold and no trigger applies");
            });
        }

        @Test
        @DisplayName("MON-3: stable income one fen below the threshold (4826.99) is a trigger: MARGINAL")
        void incomeOneFenBelowIsATrigger() {
            MonitoringDecision decision = screen(notRegisteredEarning("4826.99"));

            assertThat(decision.monitored()).isTrue();
            assertThat(decision.category()).isEqualTo(MonitoringCategory.MARGINAL);
            assertThat(triggers(decision)).singleElement().satisfies(f -> {
                assertThat(f.observed()).isEqualTo(new BigDecimal("4826.99"));
                assertThat(f.threshold()).isEqualTo(new BigDecimal("4827.00"));
                assertThat(f.message())
                        .isEqualTo("Stable per-capita income 4826.99 is below the monitoring threshold 4827.00");
            });
        }

        @Test
        @DisplayName("MON-3: the threshold is compared with the household total (3 members: 14481.00 at, 14480.99 below)")
        void thresholdIsComparedExactlyForTheWholeHousehold() {
            Household at = Households.household("522727").addMembers(Households.adult(), Households.adult(),
                    Households.adult()).addIncome(Households.income(2019).withWage(Yuan.parse("14481.00")).build())
                    .build();
            Household below = Households.household("522727").addMembers(Households.adult(), Households.adult(),
                    Households.adult()).addIncome(Households.income(2019).withWage(Yuan.parse("14480.99")).build())
                    .build();

            assertThat(screen(at).monitored()).isFalse();
            assertThat(screen(below).category()).isEqualTo(MonitoringCategory.MARGINAL);
            // the displayed per-capita figure rounds to 4827.00 though the household is below
            assertThat(triggers(screen(below))).singleElement()
                    .satisfies(f -> assertThat(f.observed()).isEqualTo(new BigDecimal("4827.00")));
        }

        @Test
        @DisplayName("MON-3: the threshold tests stable income: a one-off transfer does not lift a household over it")
        void oneOffTransfersDoNotCount() {
            Household h = oneAdult(Status.notRegistered()).addIncome(Households.income(2019)
                    .withWage(Yuan.parse("4826.99"))
                    .addTransfers(Transfer.of(TransferKind.RELIEF, Yuan.of(2000), false)).build()).build();

            assertThat(screen(h).category()).isEqualTo(MonitoringCategory.MARGINAL);
        }

        @Test
        @DisplayName("MON-2: an EXITED household one fen below the threshold is UNSTABLE_EXITED")
        void exitedBelowIsUnstableExited() {
            MonitoringDecision decision = screen(exitedEarning("4826.99"));

            assertThat(decision.monitored()).isTrue();
            assertThat(decision.category()).isEqualTo(MonitoringCategory.UNSTABLE_EXITED);
            Finding last = decision.findings().get(decision.findings().size() - 1);
            assertThat(last.rule()).isEqualTo(Rule.MON_2);
            assertThat(last.passed()).isTrue();
            assertThat(last.message())
                    .isEqualTo("Monitored as UNSTABLE_EXITED: an exited household with a trigger, whatever its income");
            assertThat(last.messageZh()).isEqualTo("纳入监测：脱贫不稳定户（已脱贫且触发监测条件，无论收入高低）");
        }

        @Test
        @DisplayName("MON-2: an EXITED household exactly at the threshold with no trigger is not monitored")
        void exitedAtThresholdIsNotMonitored() {
            MonitoringDecision decision = screen(exitedEarning("4827.00"));

            assertThat(decision.monitored()).isFalse();
            assertThat(decision.category()).isNull();
        }

        @Test
        @DisplayName("MON-2: an EXITED household above the threshold with an UNMET indicator is UNSTABLE_EXITED")
        void exitedAboveWithUnmetIndicatorIsUnstableExited() {
            MonitoringDecision decision = screen(withDilapidatedHouse(exitedEarning("10000")));

            assertThat(decision.category()).isEqualTo(MonitoringCategory.UNSTABLE_EXITED);
            assertThat(triggers(decision)).singleElement().satisfies(f -> {
                assertThat(f.subject()).isEqualTo("HOUSING");
                assertThat(f.message()).isEqualTo("The safe housing guarantee is not met");
                assertThat(f.messageZh()).isEqualTo("住房安全保障未达标");
            });
        }

        @Test
        @DisplayName("MON-2: an EXITED household far above the threshold whose only trigger is an income fall "
                + "is UNSTABLE_EXITED, whatever its income")
        void exitedWithAnyTriggerIsUnstableExitedWhateverItsIncome() {
            Household h = oneAdult(EXITED)
                    .addIncome(Households.income(2018).withWage(Yuan.of(100_000)).build())
                    .addIncome(Households.income(2019).withWage(Yuan.of(70_000)).build()).build();

            MonitoringDecision decision = screen(h);

            assertThat(decision.category()).isEqualTo(MonitoringCategory.UNSTABLE_EXITED);
            assertThat(triggers(decision)).singleElement()
                    .satisfies(f -> assertThat(f.message()).startsWith("Stable income fell by 30.00% from 2018"));
            // a never-registered household in its place is SUDDEN_HARDSHIP
            assertThat(screen(Household.builder().from(h).withStatus(Status.notRegistered()).build()).category())
                    .isEqualTo(MonitoringCategory.SUDDEN_HARDSHIP);
        }

        @Test
        @DisplayName("MON-2: an EXITED household above the threshold with a spending shock is UNSTABLE_EXITED")
        void exitedAboveWithShockIsUnstableExited() {
            Household h = oneAdult(EXITED).addIncome(Households.income(2019).withWage(Yuan.of(10_000))
                    .withMedicalOutOfPocket(Yuan.of(6000)).build()).build();

            assertThat(screen(h).category()).isEqualTo(MonitoringCategory.UNSTABLE_EXITED);
        }

        @Test
        @DisplayName("MON-2: a NOT_REGISTERED household one fen below the threshold is MARGINAL")
        void notRegisteredBelowIsMarginal() {
            MonitoringDecision decision = screen(notRegisteredEarning("4826.99"));

            assertThat(decision.category()).isEqualTo(MonitoringCategory.MARGINAL);
            assertThat(decision.findings().get(decision.findings().size() - 1).message())
                    .isEqualTo("Monitored as MARGINAL: a household at risk of falling into poverty");
        }

        @Test
        @DisplayName("MON-2: a NOT_REGISTERED household above the threshold with an UNMET indicator is MARGINAL")
        void notRegisteredAboveWithUnmetIndicatorIsMarginal() {
            MonitoringDecision decision = screen(withDilapidatedHouse(notRegisteredEarning("10000")));

            assertThat(decision.category()).isEqualTo(MonitoringCategory.MARGINAL);
        }

        @Test
        @DisplayName("MON-2: an UNMET indicator together with a shock is MARGINAL, not SUDDEN_HARDSHIP")
        void unmetIndicatorWithShockIsMarginal() {
            Household h = withDilapidatedHouse(spending("6000", "0", "0"));

            MonitoringDecision decision = screen(h);

            assertThat(decision.category()).isEqualTo(MonitoringCategory.MARGINAL);
            assertThat(triggers(decision)).hasSize(2);
        }

        @Test
        @DisplayName("MON-3: medical costs exactly 50% of net income (5000 of 10000) are not a trigger")
        void medicalCostsAtHalfAreNotATrigger() {
            MonitoringDecision decision = screen(spending("5000.00", "0", "0"));

            assertThat(decision.monitored()).isFalse();
            assertThat(triggers(decision)).isEmpty();
        }

        @Test
        @DisplayName("MON-3: medical costs one fen above 50% of net income make a NOT_REGISTERED household SUDDEN_HARDSHIP")
        void medicalCostsAboveHalfAreSuddenHardship() {
            MonitoringDecision decision = screen(spending("5000.01", "0", "0"));

            assertThat(decision.monitored()).isTrue();
            assertThat(decision.category()).isEqualTo(MonitoringCategory.SUDDEN_HARDSHIP);
            assertThat(triggers(decision)).singleElement().satisfies(f -> {
                assertThat(f.threshold()).isEqualByComparingTo("50");
                assertThat(f.observed()).isEqualTo(new BigDecimal("50.00"));
                assertThat(f.message()).isEqualTo("Rigid spending rounds to 50.00% of net income, yet is exactly "
                        + "above 50% (INC-3): out-of-pocket medical costs 5000.01, schooling costs 0.00, disaster "
                        + "losses 0.00");
            });
            assertThat(decision.findings().get(decision.findings().size() - 1).message())
                    .isEqualTo("Monitored as SUDDEN_HARDSHIP: severe hardship from rigid spending or an income drop");
        }

        @Test
        @DisplayName("MON-3: the spending share is reported as a percentage of net income (6000 of 10000 is 60.00%)")
        void spendingShareIsReported() {
            MonitoringDecision decision = screen(spending("6000", "0", "0"));

            assertThat(triggers(decision)).singleElement().satisfies(f -> {
                assertThat(f.observed()).isEqualTo(new BigDecimal("60.00"));
                assertThat(f.subject())
                        .isEqualTo("medicalOutOfPocket 6000.00, educationCosts 0.00, disasterLoss 0.00");
                assertThat(f.message()).isEqualTo("Rigid spending is 60.00% of net income, above 50%: out-of-pocket "
                        + "medical costs 6000.00, schooling costs 0.00, disaster losses 0.00");
                assertThat(f.messageZh())
                        .isEqualTo("刚性支出占家庭纯收入60.00%，超过50%：自付医疗费用6000.00元、教育支出0.00元、灾害损失0.00元");
            });
        }

        @Test
        @DisplayName("MON-3: education costs exactly 50% are not a trigger, one fen more is (SUDDEN_HARDSHIP)")
        void educationCostsBoundary() {
            assertThat(screen(spending("0", "5000.00", "0")).monitored()).isFalse();

            MonitoringDecision above = screen(spending("0", "5000.01", "0"));
            assertThat(above.category()).isEqualTo(MonitoringCategory.SUDDEN_HARDSHIP);
            assertThat(triggers(above)).singleElement()
                    .satisfies(f -> assertThat(f.message()).endsWith("schooling costs 5000.01, disaster losses 0.00"));
        }

        @Test
        @DisplayName("MON-3: disaster losses exactly 50% are not a trigger, one fen more is (SUDDEN_HARDSHIP)")
        void disasterLossBoundary() {
            assertThat(screen(spending("0", "0", "5000.00")).monitored()).isFalse();

            MonitoringDecision above = screen(spending("0", "0", "5000.01"));
            assertThat(above.category()).isEqualTo(MonitoringCategory.SUDDEN_HARDSHIP);
            assertThat(triggers(above)).singleElement()
                    .satisfies(f -> assertThat(f.message()).endsWith("disaster losses 5000.01"));
        }

        @Test
        @DisplayName("MON-3: rigid spending is summed: 2000 + 2000 + 1000.01 of 10000 is a shock though no "
                + "part is, and the finding names each part")
        void rigidSpendingIsSummed() {
            MonitoringDecision decision = screen(spending("2000", "2000", "1000.01"));

            assertThat(decision.category()).isEqualTo(MonitoringCategory.SUDDEN_HARDSHIP);
            assertThat(triggers(decision)).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.MON_3);
                assertThat(f.observed()).isEqualTo(new BigDecimal("50.00"));
                assertThat(f.message()).isEqualTo("Rigid spending rounds to 50.00% of net income, yet is exactly "
                        + "above 50% (INC-3): out-of-pocket medical costs 2000.00, schooling costs 2000.00, disaster "
                        + "losses 1000.01");
                assertThat(f.messageZh()).isEqualTo("刚性支出占家庭纯收入四舍五入为50.00%，但精确计算超过50%（INC-3）："
                        + "自付医疗费用2000.00元、教育支出2000.00元、灾害损失1000.01元");
            });
        }

        @Test
        @DisplayName("MON-3: a sum of exactly 50% (2000 + 2000 + 1000 of 10000) is no shock")
        void rigidSpendingSummedToExactlyTheShareIsNoShock() {
            MonitoringDecision decision = screen(spending("2000", "2000", "1000"));

            assertThat(decision.monitored()).isFalse();
            assertThat(triggers(decision)).isEmpty();
        }

        @Test
        @DisplayName("MON-3: every part of rigid spending above the share is one finding, not three")
        void severalPartsAboveTheShareAreOneFinding() {
            MonitoringDecision decision = screen(spending("6000", "7000", "8000"));

            assertThat(triggers(decision)).singleElement().satisfies(f -> {
                assertThat(f.observed()).isEqualTo(new BigDecimal("210.00"));
                assertThat(f.message()).endsWith(": out-of-pocket medical costs 6000.00, schooling costs 7000.00, "
                        + "disaster losses 8000.00");
            });
            assertThat(decision.findings()).extracting(Finding::message)
                    .doesNotContain("No monitoring trigger applies");
        }

        @Test
        @DisplayName("MON-3: the spending share is a parameter (40%: 4000.01 of 10000 triggers, 4000.00 does not)")
        void spendingShareIsAParameter() {
            YearParameters p = PolicyParameters.national().withParameter(
                    ParameterKey.SHOCK_SHARE_PERCENT, new BigDecimal("40"),
                    "scenario", "what if the shock share were 40%").forYear(YEAR);
            Household at = spending("4000.00", "0", "0");
            Household above = spending("4000.01", "0", "0");

            assertThat(RelapseMonitor.decide(at, p, Indicators.evaluate(at, p)).monitored()).isFalse();
            assertThat(RelapseMonitor.decide(above, p, Indicators.evaluate(above, p)).category())
                    .isEqualTo(MonitoringCategory.SUDDEN_HARDSHIP);
        }

        @Test
        @DisplayName("MON-3: income falling from 10000.00 to 7000.00 is exactly a 30% fall: a trigger")
        void incomeFallOfExactlyThirtyPercentIsATrigger() {
            MonitoringDecision decision = screen(fallingTo("7000.00"));

            assertThat(decision.monitored()).isTrue();
            assertThat(decision.category()).isEqualTo(MonitoringCategory.SUDDEN_HARDSHIP);
            assertThat(triggers(decision)).singleElement().satisfies(f -> {
                assertThat(f.observed()).isEqualTo(new BigDecimal("30.00"));
                assertThat(f.threshold()).isEqualByComparingTo("30");
                assertThat(f.subject()).isEqualTo("2018");
                assertThat(f.message()).isEqualTo("Stable income fell by 30.00% from 2018, at least 30%");
                assertThat(f.messageZh()).isEqualTo("稳定收入较2018年下降30.00%，降幅达到30%");
            });
        }

        @Test
        @DisplayName("MON-3: income falling from 10000.00 to 7000.01 (less than 30%) is not a trigger")
        void incomeFallJustUnderThirtyPercentIsNotATrigger() {
            MonitoringDecision decision = screen(fallingTo("7000.01"));

            assertThat(decision.monitored()).isFalse();
            assertThat(triggers(decision)).isEmpty();
        }

        @Test
        @DisplayName("MON-3: with no earlier record (only a later one) there is no income-fall trigger")
        void noEarlierRecordNoFallTrigger() {
            Household h = oneAdult(Status.notRegistered())
                    .addIncome(Households.income(2020).withWage(Yuan.of(100_000)).build())
                    .addIncome(Households.income(2019).withWage(Yuan.of(7000)).build()).build();

            MonitoringDecision decision = screen(h);

            assertThat(decision.monitored()).isFalse();
            assertThat(triggers(decision)).isEmpty();
        }

        @Test
        @DisplayName("MON-3: with a gap year the fall is measured from the latest earlier record (2017), named")
        void fallIsMeasuredFromTheLatestEarlierRecord() {
            Household h = oneAdult(Status.notRegistered())
                    .addIncome(Households.income(2016).withWage(Yuan.of(7000)).build())
                    .addIncome(Households.income(2017).withWage(Yuan.of(10_000)).build())
                    .addIncome(Households.income(2019).withWage(Yuan.of(7000)).build()).build();

            MonitoringDecision decision = screen(h);

            assertThat(decision.category()).isEqualTo(MonitoringCategory.SUDDEN_HARDSHIP);
            assertThat(triggers(decision)).singleElement().satisfies(f -> {
                assertThat(f.subject()).isEqualTo("2017");
                assertThat(f.observed()).isEqualTo(new BigDecimal("30.00"));
                assertThat(f.message()).isEqualTo("Stable income fell by 30.00% from 2017, at least 30%");
                assertThat(f.messageZh()).isEqualTo("稳定收入较2017年下降30.00%，降幅达到30%");
            });
        }

        @Test
        @DisplayName("MON-3: the latest earlier record decides even if an older one would show a fall "
                + "(2017: 7000.01, one fen short of a 30% fall; 2016: 100000)")
        void anOlderRecordDoesNotDecide() {
            Household h = oneAdult(Status.notRegistered())
                    .addIncome(Households.income(2017).withWage(Yuan.of(10_000)).build())
                    .addIncome(Households.income(2016).withWage(Yuan.of(100_000)).build())
                    .addIncome(Households.income(2019).withWage(Yuan.parse("7000.01")).build()).build();

            assertThat(triggers(screen(h))).isEmpty();
        }

        @Test
        @DisplayName("MON-3: medical costs of 0.01 against a net income of exactly 0 are a shock, stated without a percentage")
        void spendingAgainstZeroNetIncomeIsAShock() {
            Household h = oneAdult(Status.notRegistered()).addIncome(Households.income(2019)
                    .withMedicalOutOfPocket(Yuan.parse("0.01")).build()).build();

            MonitoringDecision decision = screenClosed(h);

            assertThat(triggers(decision)).extracting(Finding::message, Finding::messageZh).containsExactly(
                    tuple("Stable per-capita income 0.00 is below the monitoring threshold 4827.00",
                            "人均稳定收入0.00元低于监测标准4827.00元"),
                    tuple("Rigid spending of 0.01 against no positive net income: out-of-pocket medical costs 0.01, "
                                    + "schooling costs 0.00, disaster losses 0.00",
                            "家庭纯收入不为正，刚性支出0.01元：自付医疗费用0.01元、教育支出0.00元、灾害损失0.00元"));
            assertThat(triggers(decision).get(1).observed()).isEqualByComparingTo("0.01");
            assertThat(triggers(decision).get(1).threshold()).isNull();
        }

        @Test
        @DisplayName("MON-3: education costs against a negative net income (-1000.00) are a shock, stated without a percentage")
        void spendingAgainstNegativeNetIncomeIsAShock() {
            Household h = oneAdult(Status.notRegistered()).addIncome(Households.income(2019)
                    .withProductionCosts(Yuan.of(1000)).withEducationCosts(Yuan.of(500))
                    .withDisasterLoss(Yuan.parse("0.01")).build()).build();

            MonitoringDecision decision = screenClosed(h);

            assertThat(h.incomeOf(YEAR).netIncome()).isEqualTo(Yuan.of(-1000));
            assertThat(triggers(decision)).extracting(Finding::message).containsExactly(
                    "Stable per-capita income -1000.00 is below the monitoring threshold 4827.00",
                    "Rigid spending of 500.01 against no positive net income: out-of-pocket medical costs 0.00, "
                            + "schooling costs 500.00, disaster losses 0.01");
            assertThat(triggers(decision).get(1).observed()).isEqualByComparingTo("500.01");
        }

        @Test
        @DisplayName("MON-3: no spending against no income (0.00 or -1000.00) is no spending shock: the only trigger is income")
        void noSpendingAgainstNoIncomeIsNoShock() {
            Household zero = oneAdult(Status.notRegistered()).addIncome(Households.income(2019).build()).build();
            Household negative = oneAdult(Status.notRegistered()).addIncome(Households.income(2019)
                    .withProductionCosts(Yuan.of(1000)).build()).build();

            assertThat(triggers(screenClosed(zero))).singleElement().satisfies(f ->
                    assertThat(f.message()).startsWith("Stable per-capita income 0.00 is below"));
            assertThat(triggers(screenClosed(negative))).singleElement().satisfies(f ->
                    assertThat(f.message()).startsWith("Stable per-capita income -1000.00 is below"));
        }

        @Test
        @DisplayName("MON-3: a fall is measured from a positive income: from a previous stable income of 0.00 there is none")
        void noFallFromAZeroIncome() {
            Household h = oneAdult(Status.notRegistered())
                    .addIncome(Households.income(2018).build())
                    .addIncome(Households.income(2019).build()).build();

            MonitoringDecision decision = screenClosed(h);

            assertThat(triggers(decision)).extracting(Finding::message)
                    .containsExactly("Stable per-capita income 0.00 is below the monitoring threshold 4827.00");
        }

        @Test
        @DisplayName("MON-3: a fall is measured from a positive income: from -1000.00 to -2000.00 there is none")
        void noFallFromANegativeIncome() {
            Household h = oneAdult(Status.notRegistered())
                    .addIncome(Households.income(2018).withProductionCosts(Yuan.of(1000)).build())
                    .addIncome(Households.income(2019).withProductionCosts(Yuan.of(2000)).build()).build();

            MonitoringDecision decision = screenClosed(h);

            assertThat(triggers(decision)).extracting(Finding::message)
                    .containsExactly("Stable per-capita income -2000.00 is below the monitoring threshold 4827.00");
        }

        @Test
        @DisplayName("MON-3: a fall from 0.01 to 0.00 is a fall of 100.00% (the smallest positive base)")
        void fallFromTheSmallestPositiveIncome() {
            Household h = oneAdult(Status.notRegistered())
                    .addIncome(Households.income(2018).withWage(Yuan.parse("0.01")).build())
                    .addIncome(Households.income(2019).build()).build();

            MonitoringDecision decision = screenClosed(h);

            assertThat(triggers(decision)).extracting(Finding::message).containsExactly(
                    "Stable per-capita income 0.00 is below the monitoring threshold 4827.00",
                    "Stable income fell by 100.00% from 2018, at least 30%");
        }

        @Test
        @DisplayName("MON-3: every trigger that fires is its own MON-3 finding, after the MON-1 threshold")
        void everyTriggerIsItsOwnFinding() {
            Household h = withDilapidatedHouse(oneAdult(EXITED)
                    .addIncome(Households.income(2018).withWage(Yuan.of(10_000)).build())
                    .addIncome(Households.income(2019).withWage(Yuan.of(4000)).withMedicalOutOfPocket(Yuan.of(3000))
                            .build()).build());

            MonitoringDecision decision = screen(h);

            assertThat(decision.findings()).extracting(Finding::rule, Finding::passed).containsExactly(
                    tuple(Rule.MON_1, true),
                    tuple(Rule.MON_3, true), // below the threshold
                    tuple(Rule.MON_3, true), // housing
                    tuple(Rule.MON_3, true), // rigid spending 75%
                    tuple(Rule.MON_3, true), // fell 60%
                    tuple(Rule.MON_2, true));
            assertThat(decision.findings()).extracting(Finding::message).contains(
                    "Stable per-capita income 4000.00 is below the monitoring threshold 4827.00",
                    "The safe housing guarantee is not met",
                    "Rigid spending is 75.00% of net income, above 50%: out-of-pocket medical costs 3000.00, "
                            + "schooling costs 0.00, disaster losses 0.00",
                    "Stable income fell by 60.00% from 2018, at least 30%");
            assertThat(decision.category()).isEqualTo(MonitoringCategory.UNSTABLE_EXITED);
        }

        @Test
        @DisplayName("MON-3: a household with no trigger has exactly the threshold, 'no trigger' and 'not monitored'")
        void noTriggerFindings() {
            MonitoringDecision decision = screen(notRegisteredEarning("10000"));

            assertThat(decision.findings()).extracting(Finding::rule, Finding::passed, Finding::message)
                    .containsExactly(
                            tuple(Rule.MON_1, true, "The monitoring threshold is 4827.00 yuan per person: 1.5 times the line"),
                            tuple(Rule.MON_3, false, "No monitoring trigger applies"),
                            tuple(Rule.MON_2, false,
                                    "Not monitored: stable income reaches the threshold and no trigger applies"));
        }

        @Test
        @DisplayName("MON-3: a household that is not registered and has no income record for the year is refused, naming it")
        void noIncomeRecordIsRefused() {
            Household h = oneAdult(Status.notRegistered()).withId("HH-522727-0042")
                    .addIncome(Households.income(2018).withWage(Yuan.of(10_000)).build()).build();

            assertThatThrownBy(() -> screen(h)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("HH-522727-0042").hasMessageContaining("2019");
        }

        @Test
        @DisplayName("MON-3: an EXITED household with no income record for the year is refused, naming it")
        void exitedWithoutIncomeRecordIsRefused() {
            Household h = oneAdult(EXITED).withId("HH-522727-0043").build();

            assertThatThrownBy(() -> screen(h)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("HH-522727-0043");
        }
    }

    @Nested
    @DisplayName("MON-2 properties over generated households")
    class Properties {

        @Test
        @DisplayName("MON-2: the generated households reach every category, and registered and unmonitored ones")
        void generatorCoversEveryOutcome() {
            Map<String, Integer> outcomes = new TreeMap<>();
            MonitoringFixtures.seeds().forEach(seed -> {
                Household h = MonitoringFixtures.generate(seed).household();
                MonitoringDecision d = screen(h);
                String outcome = h.getStatus().getState() == RegistrationState.REGISTERED ? "REGISTERED"
                        : d.monitored() ? String.valueOf(d.category()) : "NOT_MONITORED";
                outcomes.merge(outcome, 1, Integer::sum);
            });

            assertThat(outcomes).containsOnlyKeys("REGISTERED", "NOT_MONITORED", "UNSTABLE_EXITED", "MARGINAL",
                    "SUDDEN_HARDSHIP");
            assertThat(outcomes.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(5));
        }

        @ParameterizedTest(name = "seed {0}")
        @MethodSource("io.github.jingzhun.monitoring.MonitoringFixtures#seeds")
        @DisplayName("MON-2: a REGISTERED household is never monitored; monitored exactly when a category is given")
        void categoryProperties(long seed) {
            Household h = MonitoringFixtures.generate(seed).household();

            MonitoringDecision decision = screen(h);

            assertThat(decision.monitored()).isEqualTo(decision.category() != null);
            RegistrationState state = h.getStatus().getState();
            if (state == RegistrationState.REGISTERED) {
                assertThat(decision.monitored()).isFalse();
                return;
            }
            if (decision.category() == MonitoringCategory.UNSTABLE_EXITED) {
                assertThat(state).isEqualTo(RegistrationState.EXITED);
            }
            if (decision.category() == MonitoringCategory.MARGINAL
                    || decision.category() == MonitoringCategory.SUDDEN_HARDSHIP) {
                assertThat(state).isEqualTo(RegistrationState.NOT_REGISTERED);
            }
            // MON-2: an EXITED or never-registered household is monitored exactly when a trigger fires
            assertThat(decision.monitored()).isEqualTo(triggered(decision));
        }

        @ParameterizedTest(name = "seed {0}")
        @MethodSource("io.github.jingzhun.monitoring.MonitoringFixtures#seeds")
        @DisplayName("MON-3: below the threshold (exactly, on the household total of stable income) is a trigger")
        void belowThresholdProperty(long seed) {
            Household h = MonitoringFixtures.generate(seed).household();
            if (h.getStatus().getState() == RegistrationState.REGISTERED) {
                return;
            }
            MonitoringDecision decision = screen(h);
            if (h.getStatus().getState() == RegistrationState.NOT_REGISTERED
                    && HouseholdIdentifier.identify(h, Y2019).isPoor()) {
                // AUD-10: identified poor while new registration is open: to be registered, not monitored
                assertThat(decision.monitored()).isFalse();
                assertThat(decision.findings()).singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo(Rule.MON_2);
                    assertThat(f.message()).contains("(AUD-10)");
                });
                decision = screenClosed(h);
            }
            long stable = h.incomeOf(YEAR).stableIncome().fen();
            boolean below = stable < THRESHOLD_2019.fen() * h.size();

            assertThat(decision.findings().stream().anyMatch(f -> f.rule() == Rule.MON_3 && f.passed()
                    && f.message().startsWith("Stable per-capita income"))).isEqualTo(below);
            if (below) {
                assertThat(decision.monitored()).isTrue();
                assertThat(decision.category()).isNotEqualTo(MonitoringCategory.SUDDEN_HARDSHIP);
            }
            // "No monitoring trigger applies" exactly when no trigger fired
            assertThat(decision.findings().stream().anyMatch(f -> f.rule() == Rule.MON_3
                    && f.message().equals("No monitoring trigger applies"))).isEqualTo(!triggered(decision));
        }
    }

    @Test
    @DisplayName("MON-3: each part of rigid spending reads in English and Chinese; anything else reads as it is")
    void partsOfRigidSpendingRead() {
        assertThat(RelapseMonitor.part(false).apply("medicalOutOfPocket 1.00"))
                .isEqualTo("out-of-pocket medical costs 1.00");
        assertThat(RelapseMonitor.part(false).apply("educationCosts 2.00")).isEqualTo("schooling costs 2.00");
        assertThat(RelapseMonitor.part(false).apply("disasterLoss 3.00")).isEqualTo("disaster losses 3.00");
        assertThat(RelapseMonitor.part(true).apply("medicalOutOfPocket 1.00")).isEqualTo("自付医疗费用1.00元");
        assertThat(RelapseMonitor.part(true).apply("educationCosts 2.00")).isEqualTo("教育支出2.00元");
        assertThat(RelapseMonitor.part(true).apply("disasterLoss 3.00")).isEqualTo("灾害损失3.00元");
        assertThat(RelapseMonitor.part(true).apply("medicalOutOfPocketX 1.00")).isEqualTo("medicalOutOfPocketX 1.00");
        assertThat(RelapseMonitor.part(false).apply("disasterLoss")).isEqualTo("disasterLoss");
    }

    @Test
    void percentagesAreRoundedAsBigDecimalDividesThem() {
        Wording wording = Wording.of("{observed}", "{observed}");
        long[] large = {Long.MAX_VALUE / 100, Long.MIN_VALUE / 100};
        for (long from = -25; from <= 25; from++) {
            for (long less = -3; less <= 3; less++) {
                for (long whole = 1; whole <= 16; whole++) {
                    assertPercent(from, less, whole, wording);
                }
            }
        }
        for (long from : large) {
            assertPercent(from, 0, 3, wording);
            assertPercent(from, -7, 7, wording);
        }
    }

    @ParameterizedTest(name = "{0} fen after {1} fen, a fall of {2}%: {3}")
    @CsvSource({
        // now × 100 ≤ before × (100 − fall), exactly: at the fall, and one fen either side
        "7000, 10000, 30, true",
        "7001, 10000, 30, false",
        "6999, 10000, 30, true",
        // a fall given with decimals is compared in decimals: 69.5% of 10000 fen is 6950 fen
        "6950, 10000, 30.5, true",
        "6951, 10000, 30.5, false",
        "6950, 10000, 30.50, true",
        // no fall asked for: any income not above the earlier one has fallen; a fall of 100% or more is no income
        "10000, 10000, 0, true",
        "10001, 10000, 0, false",
        "0, 10000, 100, true",
        "1, 10000, 100, false",
        "0, 10000, 101, false",
        // past long arithmetic, in decimals: now × 100 overflows
        "92233720368547758, 92233720368547758, 30, false",
        "64563604257983430, 92233720368547758, 30, true",
        "64563604257983431, 92233720368547758, 30, false",
        // past long arithmetic, in decimals: before × (100 − fall) overflows
        "0, 10000, 999999999999999999, false",
        "5, 10000, -999999999999999999, true",
        // a whole fall of more than eighteen digits, in decimals: its long value, 30, would wrap around
        "7000, 10000, 18446744073709551646, false",
    })
    @DisplayName("MON-3: a fall of at least the parameter's percentage, exactly, whole or not, in long or decimal arithmetic")
    void fellBy(long now, long before, BigDecimal fall, boolean fell) {
        assertThat(RelapseMonitor.fellBy(Yuan.ofFen(now), Yuan.ofFen(before), BigDecimal.valueOf(100).subtract(fall)))
                .isEqualTo(fell);
    }

    private static void assertPercent(long from, long less, long whole, Wording wording) {
        BigDecimal expected = BigDecimal.valueOf(from).subtract(BigDecimal.valueOf(less))
                .multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
        Finding f = RelapseMonitor.percentFinding(from, less, whole, BigDecimal.TEN, "2018", wording);
        assertThat(f.observed()).as("(%d - %d) %% of %d", from, less, whole).isEqualTo(expected);
        assertThat(f.threshold()).isEqualTo(BigDecimal.TEN);
        assertThat(f.subject()).isEqualTo("2018");
        assertThat(f.rule()).isEqualTo(Rule.MON_3);
        assertThat(f.passed()).isTrue();
    }

    @Nested
    @DisplayName("MON-2 with the assessment's identification: the household is not identified again")
    class IdentificationGiven {

        @Test
        @DisplayName("AUD-10: the identification given decides whether the household was missed")
        void theIdentificationGivenDecides() {
            Household notPoor = notRegisteredEarning("3218.00");
            Household poor = notRegisteredEarning("3217.99");

            MonitoringDecision missed = RelapseMonitor.decide(notPoor, Y2019, indicators(notPoor),
                    HouseholdIdentifier.identify(poor, Y2019));

            assertThat(missed.monitored()).isFalse();
            assertThat(missed.findings()).singleElement().extracting(Finding::rule).isEqualTo(Rule.MON_2);
            assertThat(RelapseMonitor.decide(poor, Y2019, indicators(poor), HouseholdIdentifier.identify(notPoor,
                    Y2019)).category()).isEqualTo(MonitoringCategory.MARGINAL);
        }

        @Test
        @DisplayName("an identification of another year is refused, naming both years")
        void anotherYearIsRefused() {
            Household h = notRegisteredEarning("3217.99");
            YearParameters y2018 = NATIONAL.forYear(Year.of(2018));
            Household both = Household.builder().from(h).addIncome(Households.income(2018).build()).build();

            assertThatThrownBy(() -> RelapseMonitor.decide(both, Y2019, indicators(both),
                    HouseholdIdentifier.identify(both, y2018)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is of 2018, not of 2019");
        }

        @ParameterizedTest
        @MethodSource("io.github.jingzhun.monitoring.MonitoringFixtures#seeds")
        @DisplayName("MON-2: given the identification, the decision is the one made without it; a household not "
                + "registered is monitored exactly when a MON-3 trigger fired")
        void decidesAsWithoutIt(long seed) {
            Household h = MonitoringFixtures.generate(seed).household();
            var indicators = indicators(h);
            MonitoringDecision alone = screen(h);

            assertThat(RelapseMonitor.decide(h, Y2019, indicators, HouseholdIdentifier.identify(h, Y2019,
                    indicators))).isEqualTo(alone);
            if (h.getStatus().getState() != RegistrationState.REGISTERED) {
                assertThat(alone.monitored()).isEqualTo(triggered(alone));
            }
        }
    }
}
