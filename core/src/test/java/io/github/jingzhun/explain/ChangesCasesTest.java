package io.github.jingzhun.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.Households;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.AppliedMeasure;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.HousingSafety;
import io.github.jingzhun.household.IncomeObservation;
import io.github.jingzhun.household.Labour;
import io.github.jingzhun.household.MeasureCategory;
import io.github.jingzhun.household.MonitoringHistory;
import io.github.jingzhun.household.Sex;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.household.Transfer;
import io.github.jingzhun.household.TransferKind;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.PolicyParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each kind of change, word for word, from households that reach each branch one at a time: every indicator
 * criterion in either climate zone, every exclusion, every monitoring trigger and margin, every condition of risk
 * elimination with its boundaries, and what no change can do. The property test shows the changes flip their outcomes;
 * these show they say so, in English and Chinese, with the amounts to the fen.
 */
class ChangesCasesTest {

    private static final PovertyPolicy POLICY = PovertyPolicy.national();
    private static final Year YEAR = Year.of(2019);
    private static final Yuan ABOVE_THRESHOLD = Yuan.of(5000);

    private static List<String> lines(Household household, Goal goal) {
        List<String> lines = new ArrayList<>();
        for (Change c : Changes.of(POLICY, household, YEAR).changes(goal)) {
            lines.add(c.toString());
        }
        return lines;
    }

    private static List<String> chinese(Household household, Goal goal) {
        return Changes.of(POLICY, household, YEAR).changes(goal).stream().map(Change::messageZh).toList();
    }

    // --- identification ---

    @Test
    void aRiseIsSharedOutRoundedUpToTheFen() {
        Change rise = Changes.of(POLICY, Households.withWage(3, Yuan.of(9653)), YEAR)
                .changes(Goal.IDENTIFICATION).get(0);
        assertThat(rise).hasToString("[ID-H-1] IDENTIFICATION INCOME $.income[0].wage 9653.00 -> 9654.00: Not poor "
                + "with 1.00 more net income (0.34 more per person of 3): per-capita net income would reach the line "
                + "3218.00");
        assertThat(rise.messageZh()).isEqualTo("家庭纯收入增加1.00元（3人每人0.34元），人均纯收入达到标准3218.00元，即不再识别为贫困户");
        assertThat(rise.amount()).isEqualTo(Yuan.of(1));
        assertThat(rise.perPerson()).isEqualTo(Yuan.ofFen(34));
    }

    @Test
    void aPoorHouseholdToBeRegisteredIsMonitoredOnceAtTheLine() {
        // 9653.99 for three in 2019: poor and open to registration (AUD-10), so not monitored; one fen more
        // reaches the line, and it is then monitored below the threshold
        Household household = Households.withWage(3, Yuan.parse("9653.99"));
        assertThat(PovertyPolicy.national().assess(household, YEAR).monitoring().monitored()).isFalse();
        assertThat(lines(household, Goal.MONITORING)).containsExactly("[ID-H-1] MONITORING INCOME $.income[0].wage "
                + "9653.99 -> 9654.00: Not monitored, as a poor household to be registered (AUD-10): 0.01 more net "
                + "income (0.01 more per person of 3) reaches the line 3218.00, and it would be monitored instead");
        Household atTheLine = Households.withWage(3, Yuan.of(9654));
        assertThat(PovertyPolicy.national().assess(atTheLine, YEAR).monitoring().monitored()).isTrue();
    }

    @Test
    void aFallIsSharedOutRoundedAwayFromZero() {
        Change fall = Changes.of(POLICY, Households.withWage(3, Yuan.of(9660)), YEAR)
                .changes(Goal.IDENTIFICATION).get(0);
        assertThat(fall).hasToString("[ID-H-1] IDENTIFICATION INCOME $.income[0].wage 9660.00 -> 9653.99: Below the "
                + "line 3218.00 with 6.01 less net income (2.01 less per person of 3)");
        assertThat(fall.messageZh()).isEqualTo("家庭纯收入减少6.01元（3人每人2.01元），人均纯收入即低于标准3218.00元");
        assertThat(fall.amount()).isEqualTo(Yuan.ofFen(-601));
        assertThat(fall.perPerson()).isEqualTo(Yuan.ofFen(-201));
    }

    @Test
    void anExactShareIsNotRoundedUp() {
        Change rise = Changes.of(POLICY, Households.withWage(3, Yuan.of(9651)), YEAR)
                .changes(Goal.IDENTIFICATION).get(0);
        assertThat(rise.amount()).isEqualTo(Yuan.of(3));
        assertThat(rise.perPerson()).isEqualTo(Yuan.of(1));
    }

    @Test
    void aWageExactlyTheFallGoesToNothingAndOneFenLessRaisesTheCosts() {
        // a pension of 3217.99 keeps net income one fen under the line of one member without the wage
        Household exact = Households.household("522727").addMembers(Households.adult())
                .addIncome(Households.income(2019).withWage(Yuan.of(100)).addTransfers(
                        Transfer.of(TransferKind.PENSION, Yuan.parse("3217.99"), true)).build()).build();
        assertThat(Changes.of(POLICY, exact, YEAR).changes(Goal.IDENTIFICATION)).singleElement()
                .hasToString("[ID-H-1] IDENTIFICATION INCOME $.income[0].wage 100.00 -> 0.00: Below the line 3218.00 "
                        + "with 100.00 less net income (100.00 less per person of 1)");
        Household short1 = Households.household("522727").addMembers(Households.adult())
                .addIncome(Households.income(2019).withWage(Yuan.parse("99.99")).addTransfers(
                        Transfer.of(TransferKind.PENSION, Yuan.of(3218), true)).build()).build();
        Change costs = Changes.of(POLICY, short1, YEAR).changes(Goal.IDENTIFICATION).get(0);
        assertThat(costs).hasToString("[ID-H-1] IDENTIFICATION INCOME $.income[0].productionCosts 0.00 -> 100.00: "
                + "Below the line 3218.00 with 100.00 less net income (100.00 less per person of 1)");
        assertThat(costs.amount()).isEqualTo(Yuan.of(-100));
        assertThat(costs.perPerson()).isEqualTo(Yuan.of(-100));
    }

    // --- exclusion ---

    @Test
    void theOnlyExclusionSaysItIsTheOnlyOne() {
        assertThat(lines(Cases.excluded(false, true, false, false), Goal.EXCLUSION)).containsExactly(
                "[ID-H-2] EXCLUSION EXCLUSION $.members[1].registeredEnterprise true -> false: The one exclusion that "
                        + "keeps this income-poor household from being ELIGIBLE: $.members[1].registeredEnterprise "
                        + "would have to be false");
        assertThat(chinese(Cases.excluded(false, true, false, false), Goal.EXCLUSION)).containsExactly(
                "本户符合收入条件，仅因此项排除情形未识别为贫困户：$.members[1].registeredEnterprise须为false");
        assertThat(lines(Cases.excluded(false, false, false, true), Goal.EXCLUSION)).singleElement()
                .asString().startsWith("[ID-H-2] EXCLUSION EXCLUSION $.assets.townCommercialHousing true -> false");
        assertThat(lines(Cases.excluded(false, false, true, false), Goal.EXCLUSION)).singleElement()
                .asString().startsWith("[ID-H-2] EXCLUSION EXCLUSION $.assets.privateCar true -> false");
        assertThat(lines(Cases.excluded(true, false, false, false), Goal.EXCLUSION)).singleElement()
                .asString().startsWith("[ID-H-2] EXCLUSION EXCLUSION $.members[1].publicEmployee true -> false");
    }

    @Test
    void everyExclusionIsOneOfThemAll() {
        String each = ": One of 4 exclusions that keep this income-poor household from being ELIGIBLE: every one of "
                + "them would have to be false";
        Household household = Cases.excluded(true, true, true, true);
        assertThat(lines(household, Goal.EXCLUSION)).containsExactly(
                "[ID-H-2] EXCLUSION EXCLUSION $.members[1].publicEmployee true -> false" + each,
                "[ID-H-2] EXCLUSION EXCLUSION $.members[1].registeredEnterprise true -> false" + each,
                "[ID-H-2] EXCLUSION EXCLUSION $.assets.privateCar true -> false" + each,
                "[ID-H-2] EXCLUSION EXCLUSION $.assets.townCommercialHousing true -> false" + each);
        assertThat(chinese(household, Goal.EXCLUSION)).containsOnly("本户符合收入条件，因4项排除情形未识别为贫困户，须全部消除：此为其中一项");
    }

    @Test
    void anExclusionSwitchedOffIsNotOneToChange() {
        Household household = Cases.excluded(true, true, true, true);
        List<ParameterKey> switches = List.of(ParameterKey.EXCLUDE_PUBLIC_EMPLOYEE,
                ParameterKey.EXCLUDE_REGISTERED_ENTERPRISE, ParameterKey.EXCLUDE_PRIVATE_CAR,
                ParameterKey.EXCLUDE_TOWN_COMMERCIAL_HOUSING);
        List<String> paths = List.of("$.members[1].publicEmployee", "$.members[1].registeredEnterprise",
                "$.assets.privateCar", "$.assets.townCommercialHousing");
        for (int i = 0; i < switches.size(); i++) {
            PovertyPolicy policy = PovertyPolicy.of(PolicyParameters.national().withParameter(switches.get(i),
                    BigDecimal.ZERO, "a county's rule", "this exclusion does not apply"));
            List<String> others = new ArrayList<>(paths);
            others.remove(i);
            assertThat(Changes.of(policy, household, YEAR).changes(Goal.EXCLUSION)).extracting(Change::path)
                    .as("%s off", switches.get(i)).containsExactlyElementsOf(others);
        }
    }

    @Test
    void anEligibleOrNotPoorHouseholdHasNoExclusionToChange() {
        assertThat(lines(Cases.excluded(false, false, false, false), Goal.EXCLUSION)).isEmpty();
        assertThat(lines(Households.withWage(2, Yuan.of(7000)), Goal.EXCLUSION)).isEmpty();
    }

    // --- exit ---

    @Test
    void everyIndicatorCriterionInTheSouthWithThePaperExitAndTheSteps() {
        Household household = Cases.registeredSouth();
        assertThat(lines(household, Goal.EXIT)).containsExactly(
                "[EX-H-4] EXIT INCOME $.income[0].wage 9000.00 -> 9654.01: Income exceeds the line 3218.00 only with "
                        + "one-off transfers, which do not count: exit needs 654.01 more stable income (218.01 more "
                        + "per person of 3)",
                "[IND-FOOD] EXIT INDICATOR $.conditions.foodAssured false -> true: Food must be assured",
                "[IND-CLOTHING] EXIT INDICATOR $.conditions.clothingAssured false -> true: Clothing, seasonal clothes "
                        + "and bedding, must be assured",
                "[IND-EDU] EXIT INDICATOR $.members[2].schooling DROPPED_OUT -> ENROLLED: A member of "
                        + "compulsory-education age who is DROPPED_OUT must be ENROLLED (or in HOME_TUITION)",
                "[IND-MED] EXIT INDICATOR $.members[0].medicalInsurance false -> true: The member must be enrolled in "
                        + "basic medical insurance",
                "[IND-MED] EXIT INDICATOR $.members[0].seriousIllnessInsurance false -> true: The seriously ill member "
                        + "must be covered by serious-illness insurance",
                "[IND-MED] EXIT INDICATOR $.members[1].seriousIllnessInsurance false -> true: The seriously ill member "
                        + "must be covered by serious-illness insurance",
                "[IND-HOUSE] EXIT INDICATOR $.conditions.housing.ventilatedAndDampProof false -> true: The dwelling "
                        + "must be ventilated and damp-proof",
                "[IND-WATER] EXIT INDICATOR $.conditions.water.qualityMeetsStandard false -> true: Drinking water "
                        + "quality must meet the standard",
                "[IND-WATER] EXIT INDICATOR $.conditions.water.litresPerPersonPerDay 45 -> 60: Water quantity must be "
                        + "at least 60 litres per person per day, not 45",
                "[IND-WATER] EXIT INDICATOR $.conditions.water.fetchRoundTripMinutes 30 -> 20: A round trip to fetch "
                        + "water must take at most 20 minutes, not 30 (or water be piped to the yard)",
                "[IND-WATER] EXIT INDICATOR $.conditions.water.guaranteeRatePercent 80 -> 95: The water supply "
                        + "guarantee rate must be at least 95%, not 80%",
                "[EX-H-3] EXIT PROCEDURE $.procedures - -> VILLAGE_PROPOSAL, DEMOCRATIC_APPRAISAL, "
                        + "HOUSEHOLD_AGREEMENT, PUBLIC_NOTICE, TOWNSHIP_VERIFICATION, ANNOUNCEMENT, DEREGISTRATION: "
                        + "Exit steps remaining: village committee and resident team check and propose; democratic "
                        + "appraisal by village representatives; the household agrees; public notice; township "
                        + "verification; announcement; deregistration");
        assertThat(chinese(household, Goal.EXIT)).containsExactly(
                "仅靠一次性转移收入才超过标准3218.00元，不计入稳定收入：退出需稳定收入再增加654.01元（3人每人218.01元）",
                "须做到不愁吃", "须做到不愁穿", "义务教育适龄成员现为DROPPED_OUT，须入学（ENROLLED）或送教上门",
                "该成员须参加基本医疗保险", "该大病患者须参加大病保险", "该大病患者须参加大病保险", "住房须通风防潮",
                "饮用水水质须达标", "水量须达到每人每天60升（现为45升）", "取水往返须不超过20分钟（现为30分钟），或自来水入户",
                "供水保证率须达到95%（现为80%）",
                "尚需完成的退出程序：村两委和驻村工作队核实拟退出、村民代表民主评议、贫困户认可、公示、乡镇核查、公告、销号");
    }

    @Test
    void anUnappraisedColdHouseInTheNorthNeedsBothAndScarceWaterItsLowerThresholds() {
        Household household = Cases.registeredNorth(HousingSafety.UNASSESSED, false);
        assertThat(lines(household, Goal.EXIT)).containsExactly(
                "[IND-HOUSE] EXIT INDICATOR $.conditions.housing.safety UNASSESSED -> SAFE: The dwelling, now "
                        + "UNASSESSED, must be appraised safe (SAFE, RENOVATED or RESETTLEMENT)",
                "[IND-HOUSE] EXIT INDICATOR $.conditions.housing.warmInWinter false -> true: The dwelling must keep "
                        + "warm in winter",
                "[IND-WATER] EXIT INDICATOR $.conditions.water.litresPerPersonPerDay 39 -> 40: Water quantity must be "
                        + "at least 40 litres per person per day, not 39",
                "[IND-WATER] EXIT INDICATOR $.conditions.water.pipedToYard false -> true: Water must be piped to the "
                        + "yard, or the round trip to fetch it surveyed and at most the maximum",
                "[IND-WATER] EXIT INDICATOR $.conditions.water.guaranteeRatePercent 89 -> 90: The water supply "
                        + "guarantee rate must be at least 90%, not 89%",
                "[EX-H-3] EXIT PROCEDURE $.procedures - -> VILLAGE_PROPOSAL, DEMOCRATIC_APPRAISAL, "
                        + "HOUSEHOLD_AGREEMENT, PUBLIC_NOTICE, TOWNSHIP_VERIFICATION, ANNOUNCEMENT, DEREGISTRATION: "
                        + "Exit steps remaining: village committee and resident team check and propose; democratic "
                        + "appraisal by village representatives; the household agrees; public notice; township "
                        + "verification; announcement; deregistration");
        assertThat(chinese(household, Goal.EXIT)).startsWith("住房现为UNASSESSED，须经鉴定为安全住房（安全、改造或搬迁安置）",
                "住房须冬季保暖", "水量须达到每人每天40升（现为39升）", "自来水须入户，或经调查取水往返时间不超过上限",
                "供水保证率须达到90%（现为89%）");
    }

    @Test
    void aHouseInTheNorthNeedsOnlyWhatItLacks() {
        assertThat(lines(Cases.registeredNorth(HousingSafety.DILAPIDATED_D, true), Goal.EXIT))
                .filteredOn(line -> line.startsWith("[IND-HOUSE]")).containsExactly(
                        "[IND-HOUSE] EXIT INDICATOR $.conditions.housing.safety DILAPIDATED_D -> SAFE: The dwelling, "
                                + "now DILAPIDATED_D, must be appraised safe (SAFE, RENOVATED or RESETTLEMENT)");
        assertThat(lines(Cases.registeredNorth(HousingSafety.SAFE, false), Goal.EXIT))
                .filteredOn(line -> line.startsWith("[IND-HOUSE]")).containsExactly(
                        "[IND-HOUSE] EXIT INDICATOR $.conditions.housing.warmInWinter false -> true: The dwelling must "
                                + "keep warm in winter");
        assertThat(lines(Cases.registeredNorth(HousingSafety.RENOVATED, true), Goal.EXIT))
                .noneMatch(line -> line.startsWith("[IND-HOUSE]"));
    }

    @Test
    void anExitEligibleHouseholdHasOnlyItsStepsLeft() {
        Household household = Households.household("522727").withStatus(Status.registered(LocalDate.of(2015, 10, 1)))
                .addMembers(Households.adult()).addIncome(Households.income(2019).withWage(Yuan.of(4000)).build())
                .build();
        assertThat(Changes.of(POLICY, household, YEAR).changes(Goal.EXIT)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ChangeKind.PROCEDURE);
            assertThat(c.rule()).isEqualTo(Rule.EX_H_3);
            assertThat(c.now()).isNull();
            assertThat(c.amount()).isNull();
            assertThat(c.perPerson()).isNull();
        });
        assertThat(Changes.of(POLICY, household, YEAR).changes(Goal.MONITORING)).isEmpty();
    }

    // --- monitoring ---

    @Test
    void oneRiseOfIncomeTheLargestClearsEveryTriggerAndEachGapIsListed() {
        // 2 members: the threshold needs a stable income of 9654.00, spending of 4500.00 a net income of 9000.00,
        // the fall from 2018's 12000.00 a stable income above 8400.00; 9654.00 clears all three
        Household household = Cases.monitoredByEveryTrigger();
        assertThat(lines(household, Goal.MONITORING)).containsExactly(
                "[MON-3] MONITORING INCOME $.income[1].wage 8000.00 -> 9654.00: Stable income below the monitoring "
                        + "threshold 4827.00 clears with 1654.00 more (827.00 more per person of 2)",
                "[IND-FOOD] MONITORING INDICATOR $.conditions.foodAssured false -> true: Food must be assured");
        assertThat(chinese(household, Goal.MONITORING)).containsExactly(
                "人均稳定收入低于监测标准4827.00元：稳定收入增加1654.00元（2人每人827.00元）即解除", "须做到不愁吃");
        // spending of 6000.00 needs a net income of 12000.00, more than the threshold asks
        assertFirstMonitoredChange(household, Yuan.of(12000), Yuan.of(6000), "[MON-3] MONITORING INCOME "
                + "$.income[1].wage 8000.00 -> 12000.00: Rigid spending of 6000.00 stops being a shock with 4000.00 "
                + "more net income (2000.00 more per person of 2)",
                "刚性支出6000.00元：家庭纯收入增加4000.00元（2人每人2000.00元）即不再构成监测触发");
        // a fall from 16000.00 needs a stable income above 11200.00
        assertFirstMonitoredChange(household, Yuan.of(16000), Yuan.of(4500), "[MON-3] MONITORING INCOME "
                + "$.income[1].wage 8000.00 -> 11200.01: The fall from 2018's stable income 16000.00 clears with "
                + "3200.01 more stable income (1600.01 more per person of 2)",
                "较2018年稳定收入16000.00元的降幅：稳定收入增加3200.01元（2人每人1600.01元）即解除");
    }

    /**
     * The first change, in English and Chinese, that would clear monitoring of the household with a wage of 8000.00
     * in 2019 and the 2018 wage and 2019 spending given.
     */
    private static void assertFirstMonitoredChange(Household household, Yuan earlierWage, Yuan spending,
            String english, String chinese) {
        Household monitored = Household.builder().from(household).withIncome(List.of(
                Households.income(2018).withWage(earlierWage).build(),
                Households.income(2019).withWage(Yuan.of(8000)).withMedicalOutOfPocket(spending).build())).build();
        assertThat(lines(monitored, Goal.MONITORING)).first().isEqualTo(english);
        assertThat(chinese(monitored, Goal.MONITORING)).first().isEqualTo(chinese);
    }

    @Test
    void rigidSpendingExactlyHalfOfNetIncomeIsNoShockAndOneFenMoreIs() {
        // 5000.00 of spending is no shock against 10000.00 of net income; against 9999.99 it is
        assertThat(lines(Cases.notMonitored(Yuan.of(10000), Yuan.of(10000), Yuan.of(5000)), Goal.MONITORING))
                .containsExactly("[MON-3] MONITORING INCOME $.income[1].wage 10000.00 -> 9999.99: Not monitored; "
                        + "0.01 less net income (0.01 less per person of 2) makes rigid spending of 5000.00 a shock");
        assertThat(lines(Cases.notMonitored(Yuan.parse("9999.99"), Yuan.of(10000), Yuan.of(5000)), Goal.MONITORING))
                .containsExactly("[MON-3] MONITORING INCOME $.income[1].wage 9999.99 -> 10000.00: Rigid spending of "
                        + "5000.00 stops being a shock with 0.01 more net income (0.01 more per person of 2)");
    }

    @Test
    void theNearestTriggerIsTheMargin() {
        assertNotMonitoredChange(Yuan.of(12000), Yuan.of(12000), Yuan.of(5000),
                "[MON-3] MONITORING INCOME $.income[1].wage 12000.00 -> 9999.99: Not monitored; 2000.01 less net "
                        + "income (1000.01 less per person of 2) makes rigid spending of 5000.00 a shock",
                "不纳入监测；家庭纯收入减少2000.01元（2人每人1000.01元），刚性支出5000.00元即构成监测触发");
        // a fall to 70% of 16000.00, 11200.00, comes before the threshold 9654.00 and the spending
        assertNotMonitoredChange(Yuan.of(12000), Yuan.of(16000), Yuan.of(1000),
                "[MON-3] MONITORING INCOME $.income[1].wage 12000.00 -> 11200.00: Not monitored; 800.00 less stable "
                        + "income (400.00 less per person of 2) is a fall from 2018's 16000.00 that starts it",
                "不纳入监测；稳定收入减少800.00元（2人每人400.00元），较2018年16000.00元的降幅即触发监测");
        // neither comes before the threshold
        assertNotMonitoredChange(Yuan.of(12000), Yuan.of(13000), Yuan.of(100),
                "[MON-1] MONITORING INCOME $.income[1].wage 12000.00 -> 9653.99: Not monitored; stable income may "
                        + "fall by just under 2346.01: 2346.01 less (1173.01 less per person of 2) takes it below the "
                        + "monitoring threshold 4827.00",
                "不纳入监测；稳定收入减少2346.01元（2人每人1173.01元）即低于监测标准4827.00元");
    }

    /** The one change that would monitor a household of {@link Cases#notMonitored}, in English and Chinese. */
    private static void assertNotMonitoredChange(Yuan wage, Yuan earlierWage, Yuan spending, String english,
            String chinese) {
        Household household = Cases.notMonitored(wage, earlierWage, spending);
        assertThat(lines(household, Goal.MONITORING)).containsExactly(english);
        assertThat(chinese(household, Goal.MONITORING)).containsExactly(chinese);
    }

    @Test
    void aFallToExactlySeventyPercentIsAFallAndOneFenAboveIsNot() {
        // 70% of 16000.00 is 11200.00: a fall to it starts monitoring, 11200.01 is no fall
        assertThat(lines(Cases.notMonitored(Yuan.parse("11200.01"), Yuan.of(16000), Yuan.ZERO), Goal.MONITORING))
                .singleElement().asString()
                .startsWith("[MON-3] MONITORING INCOME $.income[1].wage 11200.01 -> 11200.00: Not monitored; 0.01 less");
        assertThat(lines(Cases.notMonitored(Yuan.of(11200), Yuan.of(16000), Yuan.ZERO), Goal.MONITORING))
                .singleElement().asString()
                .startsWith("[MON-3] MONITORING INCOME $.income[1].wage 11200.00 -> 11200.01: The fall from 2018's");
    }

    @Test
    void theLatestEarlierYearIsTheOneAFallIsMeasuredFrom() {
        Household household = Households.household("522727").withStatus(Status.exited(LocalDate.of(2015, 10, 1),
                        LocalDate.of(2017, 12, 20)))
                .addMembers(Households.adult()).addMembers(Households.adult())
                .addIncome(Households.income(2018).withWage(Yuan.of(16000)).build())
                .addIncome(Households.income(2017).withWage(Yuan.of(30000)).build())
                .addIncome(Households.income(2019).withWage(Yuan.of(12000)).build())
                .addIncome(Households.income(2020).withWage(Yuan.of(40000)).build())
                .build();
        assertThat(lines(household, Goal.MONITORING)).singleElement().asString()
                .contains("is a fall from 2018's 16000.00");
    }

    @Test
    void aFallAcrossAGapYearNamesTheEarlierRecordsYear() {
        Household household = Households.household("522727").withStatus(Status.exited(LocalDate.of(2015, 10, 1),
                        LocalDate.of(2016, 12, 20)))
                .addMembers(Households.adult()).addMembers(Households.adult())
                .addIncome(Households.income(2017).withWage(Yuan.of(20000)).build())
                .addIncome(Households.income(2019).withWage(Yuan.of(12000)).build())
                .build();
        assertThat(lines(household, Goal.MONITORING)).anySatisfy(line -> assertThat(line)
                .contains("The fall from 2017's stable income 20000.00 clears with 2000.01 more stable income"));
        assertThat(chinese(household, Goal.MONITORING)).anySatisfy(line -> assertThat(line)
                .startsWith("较2017年稳定收入20000.00元的降幅"));
    }

    // --- risk elimination ---

    @Test
    void monthsStillToPassAndAMeasureStillToApply() {
        Household household = Cases.withHistory(Yuan.of(6000), LocalDate.of(2019, 9, 1), YearMonth.of(2019, 10),
                ABOVE_THRESHOLD);
        assertThat(lines(household, Goal.RISK_ELIMINATION)).containsExactly(
                "[MON-4] RISK_ELIMINATION TIME $.monitoring.income 3 -> 6: Income at or above the monitoring "
                        + "threshold 4827.00 since 2019-10-01 must stay so to 2020-04-01 (6 months in all; 3 full "
                        + "months have passed)",
                "[MON-4] RISK_ELIMINATION TIME $.monitoring.includedOn 4 -> 6: Monitored since 2019-09-01: to "
                        + "2020-03-01 (6 months in all; 4 full months have passed) before the risk can be eliminated",
                "[MON-4] RISK_ELIMINATION PROCEDURE $.monitoring.measures 0 -> 1: At least one measure must be "
                        + "applied after inclusion");
        assertThat(chinese(household, Goal.RISK_ELIMINATION)).containsExactly(
                "自2019-10-01起收入稳定达到监测标准4827.00元，须持续至2020-04-01（共6个月，已满3个月）",
                "自2019-09-01起纳入监测，须至2020-03-01（共6个月，已满4个月）方可考虑风险消除", "纳入监测后须至少落实一项帮扶措施");
    }

    @Test
    void incomeNeverStableAndATriggerStillActive() {
        Household household = Cases.withHistory(Yuan.of(3000), LocalDate.of(2019, 1, 1), YearMonth.of(2019, 1),
                Yuan.of(100), Cases.measure(LocalDate.of(2019, 12, 31)));
        assertThat(lines(household, Goal.RISK_ELIMINATION)).containsExactly(
                "[MON-4] RISK_ELIMINATION TIME $.monitoring.income 0 -> 6: Income must be at or above the monitoring "
                        + "threshold 4827.00 for 6 months in a row",
                "[MON-4] RISK_ELIMINATION PROCEDURE $: Every monitoring trigger must be cleared (see monitoring)");
        assertThat(chinese(household, Goal.RISK_ELIMINATION)).containsExactly("收入须连续6个月稳定达到监测标准4827.00元",
                "须消除全部监测触发因素（见防返贫监测）");
    }

    @Test
    void aMarkRolledBackByAReturningTriggerNeedsOnlyTheTriggerCleared() {
        // stable from June and marked eliminated on 20 December, but the wage, 4000.00, is below the threshold
        Household base = Cases.withHistory(Yuan.of(4000), LocalDate.of(2019, 1, 1), YearMonth.of(2019, 6),
                ABOVE_THRESHOLD, Cases.measure(LocalDate.of(2019, 8, 1)));
        Household rolledBack = Household.builder().from(base).withMonitoring(MonitoringHistory.builder()
                .from(base.getMonitoring()).withEliminatedOn(LocalDate.of(2019, 12, 20)).build()).build();
        assertThat(lines(rolledBack, Goal.RISK_ELIMINATION)).containsExactly("[MON-4] RISK_ELIMINATION PROCEDURE $: "
                + "Every monitoring trigger must be cleared (see monitoring)");
        Household cleared = Household.builder().from(rolledBack).withIncome(List.of(Households.income(2019)
                .withWage(Yuan.of(4827)).build())).build();
        assertThat(PovertyPolicy.national().assess(cleared, YEAR).monitoring().riskElimination())
                .satisfies(r -> assertThat(r.monitoringCase().isEliminated()).isTrue());
    }

    @Test
    void sixMonthsExactlyIsEnoughAndADayLessIsNot() {
        // included and stable since 1 July, reviewed as of 1 January: six months exactly, so it is eliminated
        Household ready = Cases.withHistory(Yuan.of(6000), LocalDate.of(2019, 7, 1), YearMonth.of(2019, 7),
                ABOVE_THRESHOLD, Cases.measure(LocalDate.of(2019, 7, 1)));
        assertThat(lines(ready, Goal.RISK_ELIMINATION)).isEmpty();
        Household dayLate = Cases.withHistory(Yuan.of(6000), LocalDate.of(2019, 7, 2), YearMonth.of(2019, 7),
                ABOVE_THRESHOLD, Cases.measure(LocalDate.of(2019, 7, 2)));
        assertThat(lines(dayLate, Goal.RISK_ELIMINATION)).containsExactly(
                "[MON-4] RISK_ELIMINATION TIME $.monitoring.includedOn 5 -> 6: Monitored since 2019-07-02: to "
                        + "2020-01-02 (6 months in all; 5 full months have passed) before the risk can be eliminated");
    }

    @Test
    void onlyAMeasureAppliedFromInclusionToTheYearsEndCounts() {
        Household outside = Cases.withHistory(Yuan.of(6000), LocalDate.of(2019, 7, 1), YearMonth.of(2019, 7),
                ABOVE_THRESHOLD, Cases.measure(LocalDate.of(2019, 6, 30)), Cases.measure(LocalDate.of(2020, 1, 1)));
        assertThat(lines(outside, Goal.RISK_ELIMINATION)).containsExactly(
                "[MON-4] RISK_ELIMINATION PROCEDURE $.monitoring.measures 0 -> 1: At least one measure must be "
                        + "applied after inclusion");
        Household lastDay = Cases.withHistory(Yuan.of(6000), LocalDate.of(2019, 7, 1), YearMonth.of(2019, 7),
                ABOVE_THRESHOLD, Cases.measure(LocalDate.of(2019, 12, 31)));
        assertThat(lines(lastDay, Goal.RISK_ELIMINATION)).isEmpty();
    }

    @Test
    void anEliminatedRiskOrNoHistoryHasNothingToChange() {
        Household eliminated = Households.household("522727").withStatus(Status.exited(LocalDate.of(2015, 10, 1),
                        LocalDate.of(2018, 12, 20))).addMembers(Households.adult())
                .addIncome(Households.income(2019).withWage(Yuan.of(6000)).build())
                .withMonitoring(MonitoringHistory.builder().withIncludedOn(LocalDate.of(2018, 1, 1))
                        .addMeasures(Cases.measure(LocalDate.of(2018, 3, 1)))
                        .addAllIncome(Stream.iterate(YearMonth.of(2018, 12), m -> m.plusMonths(1)).limit(6)
                                .map(m -> IncomeObservation.of(m, ABOVE_THRESHOLD)).toList())
                        .withEliminatedOn(LocalDate.of(2019, 6, 1)).build())
                .build();
        assertThat(lines(eliminated, Goal.RISK_ELIMINATION)).isEmpty();
        // Marked before its conditions held (no measure yet): rolled back, and marked anew once they hold.
        Household early = Household.builder().from(eliminated).withMonitoring(MonitoringHistory.builder()
                .from(Objects.requireNonNull(eliminated.getMonitoring())).withMeasures(List.of(Cases.measure(
                        LocalDate.of(2019, 6, 1)))).build()).build();
        assertThat(lines(early, Goal.RISK_ELIMINATION)).isEmpty();
        assertThat(PovertyPolicy.national().assess(early, Year.of(2019)).monitoring().riskElimination())
                .satisfies(r -> assertThat(Objects.requireNonNull(r).monitoringCase().eliminatedOn())
                        .isEqualTo(LocalDate.of(2020, 1, 1)));
        assertThat(lines(Households.withWage(1, Yuan.of(6000)), Goal.RISK_ELIMINATION)).isEmpty();
        Household includedLater = Cases.withHistory(Yuan.of(6000), LocalDate.of(2020, 1, 1), YearMonth.of(2020, 1),
                ABOVE_THRESHOLD);
        assertThat(lines(includedLater, Goal.RISK_ELIMINATION)).isEmpty();
    }

    @Test
    void aSocialSecurityMeasureWithoutLabourIsTheSafetyNetButNotWithIt() {
        AppliedMeasure socialSecurity = AppliedMeasure.of(MeasureCategory.SOCIAL_SECURITY, LocalDate.of(2019, 8, 1));
        Household base = Cases.withHistory(Yuan.of(6000), LocalDate.of(2019, 7, 1), YearMonth.of(2019, 7),
                ABOVE_THRESHOLD, socialSecurity);
        Household noLabour = Households.household("522727").from(base).withMembers(List.of(
                Households.member(Sex.FEMALE, LocalDate.of(1945, 3, 3)).withLabour(Labour.NONE).build())).build();
        assertThat(lines(noLabour, Goal.RISK_ELIMINATION)).containsExactly(
                "[MON-4] RISK_ELIMINATION IMPOSSIBLE $.members: No change can mark the risk eliminated: no member can "
                        + "work and the household relies on social security, so it stays monitored by design");
        assertThat(chinese(noLabour, Goal.RISK_ELIMINATION)).containsExactly(
                "无法标注风险消除：家庭成员均无劳动能力且依靠兜底保障，按规定持续监测");
        // the same household with a member who can work is simply eliminated
        assertThat(lines(base, Goal.RISK_ELIMINATION)).isEmpty();
    }

    @Test
    void theCasesAreVerifiedAsGeneratedHouseholdsAre() {
        for (Household household : List.of(Cases.registeredSouth(),
                Cases.registeredNorth(HousingSafety.UNASSESSED, false),
                Cases.registeredNorth(HousingSafety.DILAPIDATED_D, true), Cases.excluded(true, true, true, true),
                Cases.excluded(false, true, false, false), Cases.monitoredByEveryTrigger(),
                Cases.notMonitored(Yuan.of(12000), Yuan.of(16000), Yuan.of(1000)),
                Cases.notMonitored(Yuan.of(12000), Yuan.of(12000), Yuan.of(5000)),
                Cases.notMonitored(Yuan.parse("9999.99"), Yuan.of(10000), Yuan.of(5000)))) {
            ExplanationPropertyTest.check(household, YEAR);
        }
    }

    // --- the explanation itself ---

    @Test
    void anExplanationRendersEachGoalWithItsLabelsAndNothingWhenEmpty() {
        Explanation empty = new Explanation("HH-1", YEAR, List.of());
        assertThat(empty).hasToString("Household HH-1, income year 2019: what would change the decision / 改变决定的条件\n"
                + "  nothing / 无\n");
        Change impossible = new Change(Goal.RISK_ELIMINATION, ChangeKind.IMPOSSIBLE, Rule.MON_4, "$.members", null,
                null, null, null, "never", "从不");
        Change step = new Change(Goal.EXIT, ChangeKind.PROCEDURE, Rule.EX_H_3, "$.procedures", null, "PUBLIC_NOTICE",
                null, null, "a step", "一步");
        List<Change> changes = new ArrayList<>(List.of(impossible, step));
        Explanation explanation = new Explanation("HH-2", YEAR, changes);
        changes.clear();
        assertThat(explanation.changes()).containsExactly(impossible, step);
        assertThat(explanation).hasToString("Household HH-2, income year 2019: what would change the decision / "
                + "改变决定的条件\n"
                + "exit / 退出:\n  [EX-H-3] $.procedures: - -> PUBLIC_NOTICE\n    a step\n    一步\n"
                + "risk elimination / 风险消除:\n  [MON-4] $.members\n    never\n    从不\n");
        assertThat(impossible).hasToString("[MON-4] RISK_ELIMINATION IMPOSSIBLE $.members: never");
        assertThat(new Change(Goal.EXIT, ChangeKind.INDICATOR, Rule.IND_FOOD, "$.x", "false", null, null, null, "m",
                "z")).hasToString("[IND-FOOD] EXIT INDICATOR $.x false -> -: m");
        assertThat(new Explanation("HH-3", YEAR, List.of(new Change(Goal.EXIT, ChangeKind.INDICATOR, Rule.IND_FOOD,
                "$.x", "false", null, null, null, "m", "z"))).toString()).contains("  [IND-FOOD] $.x: false -> -\n");
    }

    @Test
    void goalsAreLabelledInBothLanguages() {
        assertThat(Goal.values()).extracting(Goal::english).containsExactly("identification", "exclusion", "exit",
                "monitoring", "risk elimination");
        assertThat(Goal.values()).extracting(Goal::chinese).containsExactly("识别", "排除情形", "退出", "防返贫监测",
                "风险消除");
    }

    @Test
    void aHouseholdWithoutAnIncomeRecordForTheYearIsRefused() {
        Household with = Households.withWage(1, Yuan.of(1000));
        Household without = Households.household("522727").addMembers(Households.adult())
                .addIncome(Households.income(2018).build()).build();
        assertThatThrownBy(() -> Changes.of(POLICY, without, POLICY.assess(with, YEAR)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("household HH-522727-T has no income record for 2019");
    }
}
