package io.github.jingzhun.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.Households;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.Health;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Housing;
import io.github.jingzhun.household.HousingSafety;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.Labour;
import io.github.jingzhun.household.LivingConditions;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.Relation;
import io.github.jingzhun.household.Schooling;
import io.github.jingzhun.household.Sex;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.household.Transfer;
import io.github.jingzhun.household.TransferKind;
import io.github.jingzhun.indicator.Indicator;
import io.github.jingzhun.indicator.Indicators;
import io.github.jingzhun.monitoring.MonitoringCategory;
import io.github.jingzhun.monitoring.MonitoringDecision;
import io.github.jingzhun.monitoring.RelapseMonitor;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.PovertyLine;
import io.github.jingzhun.parameter.RegionalLine;
import io.github.jingzhun.parameter.YearParameters;
import io.github.jingzhun.procedure.Procedure;
import io.github.jingzhun.procedure.ProcedureEvent;
import io.github.jingzhun.procedure.ProcedureKind;
import io.github.jingzhun.procedure.ProcedureResult;
import io.github.jingzhun.procedure.Step;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** EX-H-1..4 and GR-1 for households: whether a household may exit, and why. */
class HouseholdExitTest {

    private static final PolicyParameters NATIONAL = PolicyParameters.national();
    private static final YearParameters Y2019 = NATIONAL.forYear(Year.of(2019));
    private static final LocalDate REGISTERED_ON = LocalDate.of(2015, 10, 1);

    // ---------------------------------------------------------------- fixtures

    private static ExitDecision decide(Household h) {
        return HouseholdExit.decide(h, Y2019, Indicators.evaluate(h, Y2019));
    }

    private static ExitDecision decide(Household h, Procedure procedure) {
        return HouseholdExit.decide(h, Y2019, Indicators.evaluate(h, Y2019), procedure);
    }

    private static ExitDecision decide(Household h, YearParameters parameters) {
        return HouseholdExit.decide(h, parameters, Indicators.evaluate(h, parameters));
    }

    /** A registered household of adults in Guizhou with a 2019 wage, in fen. */
    private static Household.Builder registered(int members, long wageFen) {
        Household.Builder b = Households.household("522727").withStatus(Status.registered(REGISTERED_ON));
        for (int i = 0; i < members; i++) {
            b.addMembers(Households.adult());
        }
        return b.addIncome(Households.income(2019).withWage(Yuan.ofFen(wageFen)).build());
    }

    private static Household withIncome(int members, IncomeRecord income) {
        Household.Builder b = Households.household("522727").withStatus(Status.registered(REGISTERED_ON));
        for (int i = 0; i < members; i++) {
            b.addMembers(Households.adult());
        }
        return b.addIncome(income).build();
    }

    private static Finding finding(ExitDecision decision, Rule rule) {
        List<Finding> found = decision.findings().stream().filter(f -> f.rule() == rule).toList();
        assertThat(found).as("findings of %s in %s", rule, decision.findings()).hasSize(1);
        return found.get(0);
    }

    private static Procedure take(Procedure procedure, ProcedureEvent event) {
        ProcedureResult result = procedure.apply(event, NATIONAL);
        assertThat(result).as("%s", event).isInstanceOf(ProcedureResult.Accepted.class);
        return result.procedure();
    }

    private static Procedure exitProcedureUpTo(int steps) {
        Procedure p = Procedure.start(ProcedureKind.HOUSEHOLD_EXIT);
        LocalDate day = LocalDate.of(2019, 11, 1);
        for (Step step : ProcedureKind.HOUSEHOLD_EXIT.steps().subList(0, steps)) {
            if (step.isNotice()) {
                p = take(p, new ProcedureEvent.NoticeCompleted(step, day, day.plusDays(7), "village committee", false));
                day = day.plusDays(7);
            } else {
                p = take(p, new ProcedureEvent.Completed(step, day, "township office"));
            }
            day = day.plusDays(1);
        }
        return p;
    }

    // ---------------------------------------------------------------- the worked household

    @Test
    @DisplayName("EX-H-1: the worked household's exit is refused, stable 2950.00 against the line 3218.00")
    void workedHouseholdRefusedOnExH1() {
        ExitDecision exit = decide(Households.worked());

        assertThat(exit.eligible()).isFalse();
        assertThat(exit.monitorOnExit()).isFalse();
        Finding f = finding(exit, Rule.EX_H_1);
        assertThat(f.passed()).isFalse();
        assertThat(f.observed()).isEqualTo(new BigDecimal("2950.00"));
        assertThat(f.threshold()).isEqualTo(new BigDecimal("3218.00"));
        assertThat(f.message()).isEqualTo("Stable per-capita income 2950.00 does not exceed the 2019 line 3218.00");
        assertThat(f.messageZh()).isEqualTo("人均稳定收入2950.00元未超过2019年标准3218.00元");
    }

    @Test
    @DisplayName("EX-H-4: the worked household is below the line with its one-off transfer too: not a paper exit")
    void workedHouseholdIsNotAPaperExit() {
        Finding f = finding(decide(Households.worked()), Rule.EX_H_4);

        assertThat(f.passed()).isTrue();
        assertThat(f.message()).isEqualTo("Income does not exceed the line with one-off transfers either");
    }

    @Test
    @DisplayName("EX-H-2: the worked household meets every indicator")
    void workedHouseholdMeetsEveryIndicator() {
        Finding f = finding(decide(Households.worked()), Rule.EX_H_2);

        assertThat(f.passed()).isTrue();
        assertThat(f.message()).isEqualTo("Every indicator is met or not applicable");
    }

    // ---------------------------------------------------------------- EX-H-1

    @Test
    @DisplayName("EX-H-1: stable income exactly at the line (1 member, 3218.00 in 2019) does not allow exit")
    void exH1ExactlyAtTheLineRefused() {
        ExitDecision exit = decide(registered(1, 321_800).build());

        assertThat(exit.eligible()).isFalse();
        Finding f = finding(exit, Rule.EX_H_1);
        assertThat(f.passed()).isFalse();
        assertThat(f.observed()).isEqualTo(new BigDecimal("3218.00"));
        assertThat(f.message()).contains("does not exceed");
    }

    @Test
    @DisplayName("EX-H-1: stable income one fen above the line (3218.01) allows exit")
    void exH1OneFenAboveAllowed() {
        ExitDecision exit = decide(registered(1, 321_801).build());

        assertThat(exit.eligible()).isTrue();
        Finding f = finding(exit, Rule.EX_H_1);
        assertThat(f.passed()).isTrue();
        assertThat(f.observed()).isEqualTo(new BigDecimal("3218.01"));
        assertThat(f.message()).isEqualTo("Stable per-capita income 3218.01 exceeds the 2019 line 3218.00");
    }

    @Test
    @DisplayName("EX-H-1: one fen below the line (3217.99) is refused")
    void exH1OneFenBelowRefused() {
        assertThat(decide(registered(1, 321_799).build()).eligible()).isFalse();
    }

    @Test
    @DisplayName("EX-H-1 (INC-3): the comparison is of totals: 3 members at 9654.00 refused, 9654.01 allowed")
    void exH1ComparesTotalsExactly() {
        ExitDecision at = decide(registered(3, 965_400).build());
        ExitDecision above = decide(registered(3, 965_401).build());

        assertThat(at.eligible()).isFalse();
        assertThat(above.eligible()).isTrue();
        // Both display 3218.00 per capita: the decision is made on the exact total, not the rounded figure.
        assertThat(finding(above, Rule.EX_H_1).observed()).isEqualTo(new BigDecimal("3218.00"));
        assertThat(finding(above, Rule.EX_H_1).passed()).isTrue();
    }

    @Test
    @DisplayName("EX-H-1 (INC-3): 3 members at 9654.01 display 3218.00 per capita, and the finding says it exactly exceeds")
    void exH1RoundedPerCapitaSaysItExactlyExceeds() {
        Finding above = finding(decide(registered(3, 965_401).build()), Rule.EX_H_1);
        Finding at = finding(decide(registered(3, 965_400).build()), Rule.EX_H_1);

        assertThat(above.message()).isEqualTo(
                "Stable per-capita income rounds to 3218.00, yet exactly exceeds the 2019 line 3218.00 (INC-3)");
        assertThat(above.messageZh()).isEqualTo("人均稳定收入四舍五入为3218.00元，但精确计算高于2019年标准3218.00元（INC-3）");
        assertThat(at.passed()).isFalse();
        assertThat(at.message()).isEqualTo("Stable per-capita income 3218.00 does not exceed the 2019 line 3218.00");
    }

    @Test
    @DisplayName("EX-H-1: one-off transfers do not count in stable income; recurring ones do")
    void exH1OnlyStableIncomeCounts() {
        IncomeRecord recurring = Households.income(2019).withWage(Yuan.of(3000))
                .addTransfers(Transfer.of(TransferKind.PENSION, Yuan.of(300), true)).build();

        assertThat(decide(withIncome(1, recurring)).eligible()).isTrue();
    }

    @Test
    @DisplayName("EX-H-1: no income record for the year is an error, never a guess")
    void exH1NoIncomeRecord() {
        Household h = Households.household("522727").withStatus(Status.registered(REGISTERED_ON))
                .addMembers(Households.adult()).addIncome(Households.income(2018).withWage(Yuan.of(9000)).build())
                .build();

        assertThatThrownBy(() -> decide(h)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no income record for 2019");
    }

    // ---------------------------------------------------------------- EX-H-2

    @Test
    @DisplayName("EX-H-2: any UNMET indicator refuses the exit, naming it")
    void exH2AnyUnmetIndicatorRefuses() {
        Member dropout = Households.member(Sex.FEMALE, LocalDate.of(2006, 3, 1)).withRelation(Relation.CHILD)
                .withSchooling(Schooling.DROPPED_OUT).withLabour(Labour.NONE).build();
        Member uninsured = Households.member(Sex.MALE, LocalDate.of(1975, 3, 1)).withMedicalInsurance(false).build();
        Member uncovered = Households.member(Sex.MALE, LocalDate.of(1975, 3, 1)).withHealth(Health.SERIOUS_ILLNESS)
                .build();
        LivingConditions good = Households.goodConditions().build();
        Household base = registered(1, 900_000).build();
        List<Object[]> cases = List.of(
                new Object[] {Indicator.FOOD, Household.builder().from(base).withConditions(
                        Households.goodConditions().withFoodAssured(false).build()).build()},
                new Object[] {Indicator.CLOTHING, Household.builder().from(base).withConditions(
                        Households.goodConditions().withClothingAssured(false).build()).build()},
                new Object[] {Indicator.EDUCATION, Household.builder().from(base)
                        .withMembers(List.of(Households.adult(), dropout)).build()},
                new Object[] {Indicator.MEDICAL, Household.builder().from(base).withMembers(List.of(uninsured)).build()},
                new Object[] {Indicator.MEDICAL, Household.builder().from(base).withMembers(List.of(uncovered)).build()},
                new Object[] {Indicator.HOUSING, Household.builder().from(base).withConditions(
                        Households.goodConditions().withHousing(Housing.of(HousingSafety.UNASSESSED, true, true))
                                .build()).build()},
                new Object[] {Indicator.HOUSING, Household.builder().from(base).withConditions(
                        Households.goodConditions().withHousing(Housing.of(HousingSafety.SAFE, true, false))
                                .build()).build()},
                new Object[] {Indicator.WATER, Household.builder().from(base).withConditions(
                        LivingConditions.builder().from(good).withWater(Households.goodWater()
                                .withGuaranteeRatePercent(94).build()).build()).build()});

        assertThat(decide(base).eligible()).as("the base household is eligible").isTrue();
        for (Object[] c : cases) {
            Indicator indicator = (Indicator) c[0];
            ExitDecision exit = decide((Household) c[1]);
            assertThat(exit.eligible()).as(indicator.name()).isFalse();
            Finding f = finding(exit, Rule.EX_H_2);
            assertThat(f.passed()).as(indicator.name()).isFalse();
            assertThat(f.subject()).as(indicator.name()).isEqualTo(indicator.name());
            assertThat(f.message()).as(indicator.name()).isEqualTo("Indicators not met: " + indicator.english());
            assertThat(finding(exit, Rule.EX_H_1).passed()).as("income is not the reason").isTrue();
        }
    }

    @Test
    @DisplayName("EX-H-2: several unmet indicators are all named and counted")
    void exH2SeveralUnmet() {
        Household h = registered(1, 900_000).withConditions(Households.goodConditions().withFoodAssured(false)
                .withWater(Households.goodWater().withQualityMeetsStandard(false).build()).build()).build();

        Finding f = finding(decide(h), Rule.EX_H_2);

        assertThat(f.subject()).isEqualTo("FOOD, WATER");
        assertThat(f.observed()).isEqualByComparingTo("2");
        assertThat(f.messageZh()).isEqualTo("未达标指标：吃饭、饮水安全");
    }

    // ---------------------------------------------------------------- EX-H-4

    @Test
    @DisplayName("EX-H-4: income above the line only with a one-off transfer is a paper exit, refused")
    void exH4PaperExitRefused() {
        IncomeRecord income = Households.income(2019).withWage(Yuan.of(3000))
                .addTransfers(Transfer.of(TransferKind.RELIEF, Yuan.of(500), false)).build();

        ExitDecision exit = decide(withIncome(1, income));

        assertThat(exit.eligible()).isFalse();
        assertThat(exit.monitorOnExit()).isFalse();
        assertThat(finding(exit, Rule.EX_H_1).passed()).isFalse();
        Finding f = finding(exit, Rule.EX_H_4);
        assertThat(f.passed()).isFalse();
        assertThat(f.observed()).isEqualTo(new BigDecimal("3500.00"));
        assertThat(f.threshold()).isEqualTo(new BigDecimal("3218.00"));
        assertThat(f.message()).contains("only with one-off transfers", "no exit may rest on it (a paper exit)");
        assertThat(f.messageZh()).contains("数字脱贫");
    }

    @Test
    @DisplayName("EX-H-4: net income with the one-off exactly at the line is not a paper exit; one fen more is")
    void exH4PaperExitBoundary() {
        IncomeRecord at = Households.income(2019).withWage(Yuan.of(3000))
                .addTransfers(Transfer.of(TransferKind.OTHER, Yuan.of(218), false)).build();
        IncomeRecord above = Households.income(2019).withWage(Yuan.of(3000))
                .addTransfers(Transfer.of(TransferKind.OTHER, Yuan.ofFen(21_801), false)).build();

        assertThat(finding(decide(withIncome(1, at)), Rule.EX_H_4).passed()).isTrue();
        assertThat(finding(decide(withIncome(1, above)), Rule.EX_H_4).passed()).isFalse();
        assertThat(decide(withIncome(1, above)).eligible()).isFalse();
        // asked before the findings are read, and after: the same answer as the findings give
        assertThat(decide(withIncome(1, at)).paperExit()).isNull();
        assertThat(decide(withIncome(1, above)).paperExit()).isEqualTo(finding(decide(withIncome(1, above)),
                Rule.EX_H_4));
        ExitDecision read = decide(withIncome(1, above));
        Finding paper = finding(read, Rule.EX_H_4);
        assertThat(read.paperExit()).isSameAs(paper);
        assertThat(new ExitDecision(false, false, List.of(), read.findings()).paperExit()).isSameAs(paper);
        assertThat(new ExitDecision(false, false, List.of(), List.of()).paperExit()).isNull();
        assertThat(new ExitDecision(false, false, List.of(), decide(withIncome(1, at)).findings()).paperExit())
                .isNull();
    }

    @Test
    @DisplayName("EX-H-4 with INC-3: a paper exit whose income rounds to the line says it exceeds it exactly")
    void exH4PaperExitRoundedToTheLine() {
        // 3 members: stable 9654.00 = 3 × 3218.00, not above; net 9654.01 above, 3218.0033 a person.
        IncomeRecord income = Households.income(2019).withWage(Yuan.of(9654))
                .addTransfers(Transfer.of(TransferKind.OTHER, Yuan.ofFen(1), false)).build();
        Finding paper = finding(decide(withIncome(3, income)), Rule.EX_H_4);
        assertThat(paper.passed()).isFalse();
        assertThat(paper.observed()).isEqualByComparingTo("3218.00");
        assertThat(paper.message()).isEqualTo("Income rounds to 3218.00, yet exactly exceeds the line 3218.00 "
                + "(INC-3), only with one-off transfers: no exit may rest on it (a paper exit)");
    }

    @Test
    @DisplayName("EX-H-4: a margin below the threshold enrols on exit; without an exit, it would")
    void exH4MarginWithoutAnExitSaysWould() {
        Household notRegistered = Households.household("522727").withStatus(Status.notRegistered())
                .addMembers(Households.adult()).addIncome(Households.income(2019).withWage(Yuan.of(4000)).build())
                .build();
        ExitDecision exit = decide(notRegistered);
        assertThat(exit.eligible()).isFalse();
        assertThat(finding(exit, Rule.EX_H_4).message()).isEqualTo("Stable income 4000.00 is below the monitoring "
                + "threshold 4827.00: an exit would enrol the household in monitoring as UNSTABLE_EXITED");
    }

    @Test
    @DisplayName("EX-H-4: stable income above the line but below 1.5 × line (4827.00) exits with monitoring")
    void exH4ThinMarginMonitored() {
        ExitDecision exit = decide(registered(1, 400_000).build());

        assertThat(exit.eligible()).isTrue();
        assertThat(exit.monitorOnExit()).isTrue();
        Finding f = finding(exit, Rule.EX_H_4);
        assertThat(f.passed()).isTrue();
        assertThat(f.observed()).isEqualTo(new BigDecimal("4000.00"));
        assertThat(f.threshold()).isEqualTo(new BigDecimal("4827.00"));
        assertThat(f.message()).contains("below the monitoring threshold 4827.00", "UNSTABLE_EXITED");
    }

    @Test
    @DisplayName("EX-H-4: stable income one fen below 4827.00 still enrols in monitoring")
    void exH4OneFenBelowThresholdMonitored() {
        ExitDecision exit = decide(registered(1, 482_699).build());

        assertThat(exit.eligible()).isTrue();
        assertThat(exit.monitorOnExit()).isTrue();
    }

    @Test
    @DisplayName("EX-H-4: stable income exactly at 4827.00 exits without monitoring")
    void exH4AtThresholdNotMonitored() {
        ExitDecision exit = decide(registered(1, 482_700).build());

        assertThat(exit.eligible()).isTrue();
        assertThat(exit.monitorOnExit()).isFalse();
        Finding f = finding(exit, Rule.EX_H_4);
        assertThat(f.passed()).isTrue();
        assertThat(f.message()).contains("does not rely on one-off transfers", "reaches the monitoring threshold 4827.00");
    }

    @Test
    @DisplayName("EX-H-4: the monitoring threshold scales with members: 2 members at 9654.00 are not monitored")
    void exH4ThresholdTimesMembers() {
        assertThat(decide(registered(2, 965_400).build()).monitorOnExit()).isFalse();
        assertThat(decide(registered(2, 965_399).build()).monitorOnExit()).isTrue();
    }

    @Test
    @DisplayName("EX-H-4: a household refused on EX-H-2 is never monitored on exit")
    void exH4NoMonitoringWhenNotEligible() {
        Household h = registered(1, 400_000).withConditions(Households.goodConditions().withFoodAssured(false).build())
                .build();

        ExitDecision exit = decide(h);

        assertThat(exit.eligible()).isFalse();
        assertThat(exit.monitorOnExit()).isFalse();
    }

    @Test
    @DisplayName("EX-H-4: a 2019 monitoring threshold of 6000 set for the year is the one exit uses: 5000 per "
            + "head exits with monitoring, as MON-2 then classes the exited household UNSTABLE_EXITED")
    void exH4UsesTheThresholdSetForTheYear() {
        YearParameters p = PolicyParameters.builder().from(NATIONAL).withMonitoringThresholds(List.of(new PovertyLine(
                Year.of(2019), Yuan.of(6000), "provincial monitoring notice 2019", "local practice"))).build().forYear(Year.of(2019));
        Household registered = registered(2, 1_000_000).build();
        Household exited = Household.builder().from(registered)
                .withStatus(Status.exited(REGISTERED_ON, LocalDate.of(2019, 12, 20))).build();

        ExitDecision exit = decide(registered, p);
        MonitoringDecision monitoring = RelapseMonitor.decide(exited, p, Indicators.evaluate(exited, p));

        assertThat(exit.eligible()).isTrue();
        assertThat(exit.monitorOnExit()).isTrue();
        Finding f = finding(exit, Rule.EX_H_4);
        assertThat(f.observed()).isEqualTo(new BigDecimal("5000.00"));
        assertThat(f.threshold()).isEqualByComparingTo("6000");
        assertThat(f.message()).isEqualTo("Stable income 5000.00 is below the monitoring threshold 6000.00: the exit "
                + "enrols the household in monitoring as UNSTABLE_EXITED");
        assertThat(monitoring.category()).isEqualTo(MonitoringCategory.UNSTABLE_EXITED);
        // under the national 1.5 × 3218 = 4827.00 the same household would exit without monitoring
        assertThat(decide(registered).monitorOnExit()).isFalse();
    }

    @Test
    @DisplayName("EX-H-4: exit and MON-2 agree at the threshold set for the year: exactly 6000 per head, neither "
            + "monitors; one fen less, both do")
    void exH4AndMonitoringAgreeAtTheThreshold() {
        YearParameters p = PolicyParameters.builder().from(NATIONAL).withMonitoringThresholds(List.of(new PovertyLine(
                Year.of(2019), Yuan.of(6000), "provincial monitoring notice 2019", "local practice"))).build().forYear(Year.of(2019));
        for (long fen : new long[] {1_200_000, 1_199_999}) {
            Household registered = registered(2, fen).build();
            Household exited = Household.builder().from(registered)
                    .withStatus(Status.exited(REGISTERED_ON, LocalDate.of(2019, 12, 20))).build();

            boolean onExit = decide(registered, p).monitorOnExit();
            boolean monitored = RelapseMonitor.decide(exited, p, Indicators.evaluate(exited, p)).monitored();

            assertThat(onExit).as("%d fen", fen).isEqualTo(monitored).isEqualTo(fen < 1_200_000);
        }
    }

    @Test
    @DisplayName("EX-H-4: a provincial monitoring threshold (Guizhou 52: 6000) is the one exit uses there")
    void exH4UsesTheProvincialThreshold() {
        YearParameters p = PolicyParameters.builder().from(NATIONAL).withRegionalMonitoringThresholds(List.of(
                new RegionalLine(52, Year.of(2019), Yuan.of(6000), "Guizhou monitoring notice", "local practice"))).build()
                .forYear(Year.of(2019));

        assertThat(decide(registered(1, 599_999).build(), p).monitorOnExit()).isTrue();
        assertThat(decide(registered(1, 600_000).build(), p).monitorOnExit()).isFalse();
    }

    @Test
    @DisplayName("EX-H-4: with a provincial line of 3500, the default threshold is 1.5 × 3500 = 5250.00")
    void exH4FollowsTheProvincialLine() {
        YearParameters p = NATIONAL.withRegionalLine(new RegionalLine(52, Year.of(2019), Yuan.of(3500),
                "Guizhou notice", "provincial line above the national line")).forYear(Year.of(2019));

        assertThat(decide(registered(1, 524_999).build(), p).monitorOnExit()).isTrue();
        assertThat(decide(registered(1, 525_000).build(), p).monitorOnExit()).isFalse();
        assertThat(finding(decide(registered(1, 525_000).build(), p), Rule.EX_H_4).threshold())
                .isEqualByComparingTo("5250");
    }

    @Test
    @DisplayName("EX-H-4 (INC-3): a multiple of 1.333 gives 4289.594 per person, compared unrounded and shown as "
            + "4289.59: 2 members at 8579.18 are below 8579.188 and monitored, at 8579.19 not")
    void exH4ComparesTheUnroundedThreshold() {
        YearParameters p = NATIONAL.withParameter(ParameterKey.MONITORING_LINE_MULTIPLE, new BigDecimal("1.333"),
                "test", "a multiple that falls between fen").forYear(Year.of(2019));

        ExitDecision below = decide(registered(2, 857_918).build(), p);
        ExitDecision at = decide(registered(2, 857_919).build(), p);

        assertThat(below.monitorOnExit()).isTrue();
        assertThat(finding(below, Rule.EX_H_4).threshold()).isEqualTo(new BigDecimal("4289.59"));
        assertThat(finding(below, Rule.EX_H_4).message()).isEqualTo("Stable income rounds to 4289.59, yet is exactly "
                + "below the monitoring threshold 4289.59 (INC-3): the exit enrols the household in monitoring as "
                + "UNSTABLE_EXITED");
        assertThat(at.monitorOnExit()).isFalse();
        assertThat(finding(at, Rule.EX_H_4).message()).isEqualTo("Stable income 4289.60 does not rely on one-off "
                + "transfers and reaches the monitoring threshold 4289.59");
    }

    @Test
    @DisplayName("EX-H-4 (INC-3): 5 members at exactly 5 × 4289.594 = 21447.97 reach the threshold, though the "
            + "per-capita figure and the threshold are both shown as 4289.59")
    void exH4ExactlyAtAnUnroundedThreshold() {
        YearParameters p = NATIONAL.withParameter(ParameterKey.MONITORING_LINE_MULTIPLE, new BigDecimal("1.333"),
                "test", "a multiple that falls between fen").forYear(Year.of(2019));

        ExitDecision at = decide(registered(5, 2_144_797).build(), p);
        ExitDecision below = decide(registered(5, 2_144_796).build(), p);

        assertThat(at.monitorOnExit()).isFalse();
        assertThat(finding(at, Rule.EX_H_4).message()).isEqualTo("Stable income 4289.59 does not rely on one-off "
                + "transfers and reaches the monitoring threshold 4289.59");
        assertThat(finding(at, Rule.EX_H_4).messageZh()).isEqualTo("人均稳定收入4289.59元不依赖一次性转移收入，达到监测线"
                + "4289.59元");
        assertThat(below.monitorOnExit()).isTrue();
    }

    @Test
    @DisplayName("EX-H-4 (INC-3): 3 members at 14480.99 are exactly below 3 × 4827.00 though the per-capita figure "
            + "rounds to 4827.00: monitored, and the finding says so")
    void exH4RoundedPerCapitaBelowTheThreshold() {
        ExitDecision exit = decide(registered(3, 1_448_099).build());

        assertThat(exit.monitorOnExit()).isTrue();
        Finding f = finding(exit, Rule.EX_H_4);
        assertThat(f.observed()).isEqualTo(new BigDecimal("4827.00"));
        assertThat(f.message()).isEqualTo("Stable income rounds to 4827.00, yet is exactly below the monitoring "
                + "threshold 4827.00 (INC-3): the exit enrols the household in monitoring as UNSTABLE_EXITED");
        assertThat(f.messageZh()).isEqualTo("人均稳定收入四舍五入为4827.00元，但精确计算低于监测线4827.00元（INC-3）："
                + "退出后纳入脱贫不稳定户监测");
        assertThat(decide(registered(3, 1_448_100).build()).monitorOnExit()).isFalse();
    }

    // ---------------------------------------------------------------- EX-H-3

    @Test
    @DisplayName("EX-H-3: with no procedure started, every step remains, listed in plain English and Chinese")
    void exH3AllStepsRemain() {
        ExitDecision exit = decide(Households.worked());

        assertThat(exit.remainingSteps()).containsExactlyElementsOf(ProcedureKind.HOUSEHOLD_EXIT.steps());
        Finding f = finding(exit, Rule.EX_H_3);
        assertThat(f.passed()).isFalse();
        assertThat(f.observed()).isEqualByComparingTo("7");
        assertThat(f.message()).isEqualTo("Exit steps remaining: village committee and resident team check and "
                + "propose; democratic appraisal by village representatives; the household agrees; public notice; "
                + "township verification; announcement; deregistration");
        assertThat(f.messageZh()).isEqualTo("尚需完成的退出程序：村两委和驻村工作队核实拟退出、村民代表民主评议、贫困户认可、"
                + "公示、乡镇核查、公告、销号");
    }

    @Test
    @DisplayName("EX-H-3: after steps are taken with a Procedure, fewer steps remain")
    void exH3FewerStepsAfterProgress() {
        Household h = registered(1, 500_000).build();
        Procedure procedure = exitProcedureUpTo(4);

        ExitDecision exit = decide(h, procedure);

        assertThat(exit.remainingSteps()).containsExactly(Step.TOWNSHIP_VERIFICATION, Step.ANNOUNCEMENT,
                Step.DEREGISTRATION);
        Finding f = finding(exit, Rule.EX_H_3);
        assertThat(f.passed()).isFalse();
        assertThat(f.observed()).isEqualByComparingTo("3");
        assertThat(f.message()).isEqualTo("Exit steps remaining: township verification; announcement; deregistration");
        assertThat(f.message()).doesNotContain("public notice");
        assertThat(f.messageZh()).isEqualTo("尚需完成的退出程序：乡镇核查、公告、销号");
        assertThat(exit.eligible()).isTrue();
    }

    @Test
    @DisplayName("EX-H-3: a completed exit procedure passes EX-H-3 with no step remaining")
    void exH3CompletedProcedurePasses() {
        Procedure procedure = exitProcedureUpTo(ProcedureKind.HOUSEHOLD_EXIT.steps().size());
        assertThat(procedure.state()).isEqualTo(Procedure.State.COMPLETED);

        ExitDecision exit = decide(registered(1, 500_000).build(), procedure);

        assertThat(exit.remainingSteps()).isEmpty();
        Finding f = finding(exit, Rule.EX_H_3);
        assertThat(f.passed()).isTrue();
        assertThat(f.message()).isEqualTo("Every exit step is done: the household is deregistered");
        assertThat(f.messageZh()).isEqualTo("退出程序已全部完成，已销号");
    }

    @Test
    @DisplayName("EX-H-3: a rejected exit procedure fails EX-H-3; proposed again, every step remains")
    void exH3RejectedProcedureFails() {
        Procedure rejected = take(exitProcedureUpTo(1), new ProcedureEvent.Rejected(Step.DEMOCRATIC_APPRAISAL,
                LocalDate.of(2019, 12, 1), "village representatives", "income not verified"));

        ExitDecision exit = decide(registered(1, 500_000).build(), rejected);

        assertThat(exit.remainingSteps()).isEqualTo(ProcedureKind.HOUSEHOLD_EXIT.steps());
        Finding f = finding(exit, Rule.EX_H_3);
        assertThat(f.passed()).isFalse();
        assertThat(f.observed()).isEqualByComparingTo(String.valueOf(ProcedureKind.HOUSEHOLD_EXIT.steps().size()));
        assertThat(f.message()).startsWith("The exit procedure was rejected: to exit, the household is proposed "
                + "again, every step remaining: ");
        assertThat(f.messageZh()).startsWith("退出程序未获通过：如需退出，须重新提出，全部程序尚需完成：");
    }

    @Test
    @DisplayName("EX-H-3: a procedure of another kind is refused")
    void exH3WrongProcedureKind() {
        Procedure registration = Procedure.start(ProcedureKind.REGISTRATION);
        Household h = registered(1, 500_000).build();

        assertThatThrownBy(() -> decide(h, registration)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a household exit procedure");
    }

    @Test
    @DisplayName("EX-H-3: a NOT_REGISTERED household is never eligible, whatever its income")
    void exH3NotRegisteredNeverEligible() {
        Household h = Household.builder().from(registered(1, 10_000_000).build()).withStatus(Status.notRegistered()).build();

        ExitDecision exit = decide(h);

        assertThat(exit.eligible()).isFalse();
        assertThat(exit.monitorOnExit()).isFalse();
        assertThat(exit.remainingSteps()).isEmpty();
        assertThat(finding(exit, Rule.EX_H_1).passed()).isTrue();
        Finding f = finding(exit, Rule.EX_H_3);
        assertThat(f.passed()).isFalse();
        assertThat(f.message()).isEqualTo("The household is not registered, so there is nothing to exit");
        assertThat(exit.findings()).noneMatch(x -> x.rule() == Rule.GR_1);
    }

    // ---------------------------------------------------------------- GR-1

    /** National parameters with a test line for every income year 2021 to 2026. */
    private static PolicyParameters withLinesTo2026() {
        PolicyParameters p = NATIONAL;
        for (int y = 2021; y <= 2026; y++) {
            p = p.withPovertyLine(Year.of(y), Yuan.of(4000), "test", "test line");
        }
        return p;
    }

    private static Household exited() {
        Household.Builder b = Households.household("522727")
                .withStatus(Status.exited(REGISTERED_ON, LocalDate.of(2019, 12, 20))).addMembers(Households.adult());
        for (int y = 2018; y <= 2026; y++) {
            b.addIncome(Households.income(y).withWage(Yuan.of(9000)).build());
        }
        return b.build();
    }

    @Test
    @DisplayName("GR-1: an EXITED household keeps its policies in every year 2019..2025, the national transition")
    void gr1ExitedHouseholdInTransitionThrough2025() {
        PolicyParameters parameters = withLinesTo2026();
        for (int y = 2019; y <= 2025; y++) {
            ExitDecision exit = decide(exited(), parameters.forYear(Year.of(y)));
            Finding f = finding(exit, Rule.GR_1);
            assertThat(f.passed()).as("%d", y).isTrue();
            assertThat(f.observed()).as("%d", y).isEqualByComparingTo(String.valueOf(y));
            assertThat(f.threshold()).as("%d", y).isEqualByComparingTo("2025");
            assertThat(f.message()).as("%d", y).isEqualTo(
                    "The exited household keeps its support policies until the end of 2025, the national transition");
        }
    }

    @Test
    @DisplayName("GR-1: an EXITED household's transition is over in 2026")
    void gr1ExitedHouseholdOutOfTransitionIn2026() {
        ExitDecision exit = decide(exited(), withLinesTo2026().forYear(Year.of(2026)));

        Finding f = finding(exit, Rule.GR_1);
        assertThat(f.passed()).isFalse();
        assertThat(f.observed()).isEqualByComparingTo("2026");
        assertThat(f.message()).isEqualTo(
                "The national transition ended with 2025: policies no longer continue by default");
        assertThat(f.messageZh()).contains("2025");
    }

    @Test
    @DisplayName("GR-1: in a year before its exit, an EXITED household's transition has not begun, not ended")
    void gr1ExitedHouseholdBeforeItsExit() {
        ExitDecision exit = decide(exited(), withLinesTo2026().forYear(Year.of(2018)));

        Finding f = finding(exit, Rule.GR_1);
        assertThat(f.passed()).isFalse();
        assertThat(f.observed()).isEqualByComparingTo("2018");
        assertThat(f.message()).isEqualTo("In 2018 the household had not yet exited: its transition begins with its "
                + "exit and lasts to the end of 2025");
        assertThat(f.messageZh()).isEqualTo("2018年本户尚未退出：过渡期自退出起，至2025年底");
    }

    @Test
    @DisplayName("GR-1: a household exiting after the national transition's end has none, rather than one ending first")
    void gr1ExitAfterTheTransitionsEnd() {
        Household late = Household.builder().from(exited())
                .withStatus(Status.exited(REGISTERED_ON, LocalDate.of(2026, 1, 1))).build();
        Finding f = finding(decide(late, withLinesTo2026().forYear(Year.of(2025))), Rule.GR_1);
        assertThat(f.passed()).isFalse();
        assertThat(f.message()).isEqualTo("In 2025 the household had not yet exited, and it exits after 2025, the end "
                + "of the national transition: it has none");
        assertThat(f.messageZh()).isEqualTo("2025年本户尚未退出，且退出在过渡期结束（2025年底）之后：不适用过渡期");
        // exiting in 2025 itself, its transition is to come
        Household last = Household.builder().from(exited())
                .withStatus(Status.exited(REGISTERED_ON, LocalDate.of(2025, 12, 31))).build();
        assertThat(finding(decide(last, withLinesTo2026().forYear(Year.of(2024))), Rule.GR_1).message())
                .startsWith("In 2024 the household had not yet exited: its transition begins");
    }

    @Test
    @DisplayName("GR-1 / EX-H-3: an EXITED household is not eligible to exit again; EX-H-3 records its exit date")
    void gr1ExitedHouseholdNotEligibleAgain() {
        ExitDecision exit = decide(exited());

        assertThat(exit.eligible()).isFalse();
        assertThat(exit.remainingSteps()).isEmpty();
        Finding f = finding(exit, Rule.EX_H_3);
        assertThat(f.passed()).isTrue();
        assertThat(f.message()).isEqualTo("The household exited on 2019-12-20");
    }

    @Test
    @DisplayName("GR-1: the national transition end is a parameter")
    void gr1TransitionEndIsAParameter() {
        PolicyParameters extended = withLinesTo2026().withParameter(
                ParameterKey.NATIONAL_TRANSITION_END_YEAR, new BigDecimal("2026"),
                "test", "transition extended for a scenario");

        assertThat(finding(decide(exited(), extended.forYear(Year.of(2026))), Rule.GR_1).passed()).isTrue();
    }

    @Test
    @DisplayName("EX-H-1..4: a REGISTERED household has no GR-1 finding")
    void registeredHasNoTransitionFinding() {
        assertThat(decide(registered(1, 500_000).build()).findings()).noneMatch(f -> f.rule() == Rule.GR_1);
    }

    @Test
    void exitDatesAreWrittenAsLocalDateWritesThem() {
        for (LocalDate date : List.of(LocalDate.of(2018, 12, 31), LocalDate.of(2020, 1, 5), LocalDate.of(1000, 10, 10),
                LocalDate.of(9999, 9, 9), LocalDate.of(999, 1, 1), LocalDate.of(10000, 1, 1),
                LocalDate.of(-5, 3, 4))) {
            assertThat(HouseholdExit.isoDate(date)).isEqualTo(date.toString());
        }
    }
}
