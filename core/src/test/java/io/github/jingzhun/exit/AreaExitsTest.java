package io.github.jingzhun.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.area.Geography;
import io.github.jingzhun.area.MacroRegion;
import io.github.jingzhun.area.Village;
import io.github.jingzhun.area.VillageCode;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.PlainText;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.identification.Incidence;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.YearParameters;
import io.github.jingzhun.procedure.ProcedureKind;
import io.github.jingzhun.procedure.Step;
import io.github.jingzhun.procedure.StepRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** EX-V-1, EX-C-1..3 and the county's GR-1: whether a village or county may exit. */
class AreaExitsTest {

    private static final PolicyParameters NATIONAL = PolicyParameters.national();
    private static final YearParameters Y2019 = NATIONAL.forYear(Year.of(2019));
    /** Guizhou, WEST. */
    private static final CountyCode WEST = CountyCode.parse("522727");
    /** Zhejiang (33), EAST. */
    private static final CountyCode EAST = CountyCode.parse("330106");
    /** Henan (41), CENTRAL. */
    private static final CountyCode CENTRAL = CountyCode.parse("411523");
    /** A sample that passes every EX-C-2 rate. */
    private static final EvaluationSample GOOD_SAMPLE = EvaluationSample.of(1000, 0, 1000, 0, 100, 100);
    private static final LocalDate DAY = LocalDate.of(2019, 1, 10);

    // ---------------------------------------------------------------- fixtures

    private static Village village(String code, boolean facilities) {
        return Village.builder().withCode(VillageCode.parse(code)).withHardenedRoad(facilities)
                .withElectricity(facilities).withSafeWater(facilities).withClinic(facilities)
                .withCollectiveIncome(facilities ? Yuan.of(50_000) : Yuan.ZERO).build();
    }

    private static VillageExit villageExit(String code, int poor, int population) {
        return AreaExits.village(village(code, true), new Incidence(poor, population), Y2019);
    }

    private static County designated(CountyCode code, EvaluationSample sample, StepRecord... steps) {
        return County.builder().withCode(code).withDesignated(true).withEvaluation(sample)
                .addExitProcedure(steps).build();
    }

    private static CountyExit county(CountyCode county, Incidence incidence) {
        return AreaExits.county(designated(county, GOOD_SAMPLE), incidence, Y2019);
    }

    private static List<Finding> findings(List<Finding> all, Rule rule) {
        return all.stream().filter(f -> f.rule() == rule).toList();
    }

    private static Finding first(VillageExit exit, Rule rule) {
        return first(exit.findings(), rule);
    }

    private static Finding first(CountyExit exit, Rule rule) {
        return first(exit.findings(), rule);
    }

    private static Finding first(List<Finding> all, Rule rule) {
        List<Finding> found = findings(all, rule);
        assertThat(found).as("findings of %s", rule).isNotEmpty();
        return found.get(0);
    }

    private static StepRecord step(Step step, LocalDate date) {
        return new StepRecord(step, date, "office", null, null);
    }

    /** Every step of EX-C-3 in order, with a seven-day notice. */
    private static StepRecord[] allSteps() {
        return new StepRecord[] {step(Step.COUNTY_APPLICATION, DAY), step(Step.CITY_REVIEW, DAY.plusDays(30)),
            step(Step.PROVINCIAL_VERIFICATION, DAY.plusDays(60)),
            new StepRecord(Step.PUBLIC_NOTICE, DAY.plusDays(67), "province", DAY.plusDays(61), null),
            step(Step.PROVINCIAL_ANNOUNCEMENT, DAY.plusDays(80))};
    }

    // ---------------------------------------------------------------- EX-V-1

    @Test
    @DisplayName("EX-V-1: an EAST village at exactly 2% incidence (200 of 10000 persons) may not exit")
    void exV1ExactlyTwoPercentFails() {
        VillageExit exit = villageExit("330106001001", 200, 10_000);

        assertThat(exit.eligible()).isFalse();
        assertThat(exit.incidencePercent()).isEqualTo(new BigDecimal("2.00"));
        Finding f = first(exit, Rule.EX_V_1);
        assertThat(f.passed()).isFalse();
        assertThat(f.threshold()).isEqualByComparingTo("2");
        assertThat(f.message()).isEqualTo("Poverty incidence 2.00% is not below 2% (eastern and central regions)");
    }

    @Test
    @DisplayName("EX-V-1, EX-C-1: an incidence of no persons is refused, not stated as 0.00% not below 3%")
    void anIncidenceOfNoPersonsIsRefused() {
        assertThatThrownBy(() -> villageExit("522727101201", 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EX-V-1");
        assertThatThrownBy(() -> county(WEST, new Incidence(0, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EX-C-1");
        assertThat(villageExit("522727101201", 0, 1).eligible()).isTrue();
    }

    @Test
    @DisplayName("EX-V-1: an EAST village at 1.99% (199 of 10000 persons) may exit")
    void exV1JustBelowTwoPercentPasses() {
        VillageExit exit = villageExit("330106001001", 199, 10_000);

        assertThat(exit.eligible()).isTrue();
        assertThat(exit.incidencePercent()).isEqualTo(new BigDecimal("1.99"));
        Finding f = first(exit, Rule.EX_V_1);
        assertThat(f.passed()).isTrue();
        assertThat(f.message()).isEqualTo("Poverty incidence 1.99% is below 2% (eastern and central regions)");
        assertThat(f.messageZh()).isEqualTo("贫困发生率1.99%，低于2%（中东部地区）");
    }

    @Test
    @DisplayName("EX-V-1: a WEST village exits below 3%: 2.99% passes, exactly 3% fails")
    void exV1WestThreshold() {
        VillageExit below = villageExit("522727101201", 299, 10_000);
        VillageExit at = villageExit("522727101201", 300, 10_000);

        assertThat(below.eligible()).isTrue();
        assertThat(first(below, Rule.EX_V_1).threshold()).isEqualByComparingTo("3");
        assertThat(first(below, Rule.EX_V_1).message()).endsWith("(western region)");
        assertThat(at.eligible()).isFalse();
    }

    @Test
    @DisplayName("EX-V-1: infrastructure and collective income are findings that do not decide the exit")
    void exV1FacilitiesAreFindingsOnly() {
        String code = "330106001001";
        VillageExit bare = AreaExits.village(village(code, false), new Incidence(199, 10_000), Y2019);
        VillageExit equipped = AreaExits.village(village(code, true), new Incidence(200, 10_000), Y2019);

        // Low incidence, no facilities: eligible, with failing facility findings.
        assertThat(bare.eligible()).isTrue();
        assertThat(findings(bare.findings(), Rule.EX_V_1)).hasSize(6);
        assertThat(findings(bare.findings(), Rule.EX_V_1).subList(1, 6)).noneMatch(Finding::passed)
                .extracting(Finding::message).containsExactly(
                        "The village has no hardened road (considered; does not decide exit)",
                        "The village has no electricity (considered; does not decide exit)",
                        "The village has no safe drinking water (considered; does not decide exit)",
                        "The village has no clinic with a qualified doctor (considered; does not decide exit)",
                        "The village has no collective-economy income (considered; does not decide exit)");
        // Every facility, incidence at the threshold: not eligible, with passing facility findings.
        assertThat(equipped.eligible()).isFalse();
        assertThat(findings(equipped.findings(), Rule.EX_V_1).subList(1, 6)).allMatch(Finding::passed)
                .extracting(Finding::messageZh).containsExactly("村通硬化路（综合考虑，不作为退出条件）",
                        "村通动力电（综合考虑，不作为退出条件）", "村饮水安全（综合考虑，不作为退出条件）",
                        "村有卫生室和合格村医（综合考虑，不作为退出条件）", "村集体经济收入50000.00元（综合考虑，不作为退出条件）");
        assertThat(findings(equipped.findings(), Rule.EX_V_1).get(5).observed()).isEqualTo(new BigDecimal("50000.00"));
    }

    // ---------------------------------------------------------------- EX-C-1

    @Test
    @DisplayName("EX-C-1: an EAST county at exactly 2% fails, at 1.99% passes")
    void exC1EastBoundary() {
        CountyExit at = county(EAST, new Incidence(200, 10_000));
        CountyExit below = county(EAST, new Incidence(199, 10_000));

        assertThat(at.eligible()).isFalse();
        assertThat(first(at, Rule.EX_C_1).passed()).isFalse();
        assertThat(below.eligible()).isTrue();
        assertThat(first(below, Rule.EX_C_1).passed()).isTrue();
        assertThat(below.incidencePercent()).isEqualTo(new BigDecimal("1.99"));
    }

    @Test
    @DisplayName("EX-C-1: a WEST county (522727) at 2.9% passes; an EAST county (330106) at 2.9% fails")
    void exC1WestVersusEast() {
        Incidence incidence = new Incidence(290, 10_000);

        CountyExit west = county(WEST, incidence);
        CountyExit east = county(EAST, incidence);

        assertThat(west.eligible()).isTrue();
        assertThat(first(west, Rule.EX_C_1).threshold()).isEqualByComparingTo("3");
        assertThat(first(west, Rule.EX_C_1).message()).isEqualTo("Poverty incidence 2.90% is below 3% (western region)");
        assertThat(east.eligible()).isFalse();
        assertThat(first(east, Rule.EX_C_1).threshold()).isEqualByComparingTo("2");
        assertThat(first(east, Rule.EX_C_1).message()).isEqualTo(
                "Poverty incidence 2.90% is not below 2% (eastern and central regions)");
    }

    @Test
    @DisplayName("EX-C-1 (INC-3): 1999 of 100000 (1.999%) displays as 2.00% yet is exactly below 2%, and says so")
    void exC1RoundedIncidenceIsExactlyBelow() {
        CountyExit justBelow = county(EAST, new Incidence(1999, 100_000));
        CountyExit at = county(EAST, new Incidence(2000, 100_000));

        assertThat(justBelow.eligible()).isTrue();
        Finding f = first(justBelow, Rule.EX_C_1);
        assertThat(f.observed()).isEqualTo(new BigDecimal("2.00"));
        assertThat(f.message()).isEqualTo(
                "Poverty incidence rounds to 2.00%, yet is exactly below 2% (eastern and central regions)");
        assertThat(f.messageZh()).isEqualTo("贫困发生率四舍五入为2.00%，但精确计算低于2%（中东部地区）");
        assertThat(at.eligible()).isFalse();
        assertThat(first(at, Rule.EX_C_1).message()).isEqualTo(
                "Poverty incidence 2.00% is not below 2% (eastern and central regions)");
    }

    @Test
    @DisplayName("EX-C-1: the region is named in Chinese too (西部地区 for a WEST county, 中东部地区 otherwise)")
    void exC1RegionInChinese() {
        Incidence incidence = new Incidence(290, 10_000);

        assertThat(first(county(WEST, incidence), Rule.EX_C_1).messageZh()).isEqualTo("贫困发生率2.90%，低于3%（西部地区）");
        assertThat(first(county(EAST, incidence), Rule.EX_C_1).messageZh())
                .isEqualTo("贫困发生率2.90%，未低于2%（中东部地区）");
    }

    @Test
    @DisplayName("EX-C-1: a WEST county at exactly 3% fails, at 2.99% passes")
    void exC1WestBoundary() {
        assertThat(county(WEST, new Incidence(300, 10_000)).eligible()).isFalse();
        assertThat(county(WEST, new Incidence(299, 10_000)).eligible()).isTrue();
    }

    @Test
    @DisplayName("EX-C-1: a CENTRAL county (411523) fails at 2.9%, but passes when Geography treats it as western")
    void exC1CentralTreatedAsWestern() {
        assertThat(NATIONAL.getGeography().macroRegion(CENTRAL)).isEqualTo(MacroRegion.CENTRAL);
        Geography geography = Geography.builder().from(Geography.national()).addTreatedAsWestern(CENTRAL).build();
        YearParameters treated = PolicyParameters.builder().from(NATIONAL).withGeography(geography).build()
                .forYear(Year.of(2019));
        Incidence incidence = new Incidence(290, 10_000);

        CountyExit asCentral = county(CENTRAL, incidence);
        CountyExit asWestern = AreaExits.county(designated(CENTRAL, GOOD_SAMPLE), incidence, treated);

        assertThat(asCentral.eligible()).isFalse();
        assertThat(asWestern.eligible()).isTrue();
        assertThat(first(asWestern, Rule.EX_C_1).message()).endsWith("(western region)");
        // Only the listed county is treated as western: its neighbour in the same province is not.
        assertThat(AreaExits.county(designated(CountyCode.parse("411522"), GOOD_SAMPLE), incidence, treated)
                .eligible()).isFalse();
    }

    // ---------------------------------------------------------------- EX-C-2

    private static CountyExit withSample(EvaluationSample sample) {
        return AreaExits.county(designated(EAST, sample), new Incidence(100, 10_000), Y2019);
    }

    /** The three ST-4 rate findings of a county's exit, in order. */
    private static List<Finding> rates(CountyExit exit) {
        List<Finding> found = findings(exit.findings(), Rule.ST_4);
        assertThat(found).hasSize(3);
        assertThat(exit.evaluation()).isNotNull();
        assertThat(exit.evaluation().findings()).isEqualTo(found);
        return found;
    }

    @Test
    @DisplayName("EX-C-2: a wrong-exit rate of exactly 2% refuses the exit; 1.99% passes")
    void exC2WrongExitBoundary() {
        CountyExit at = withSample(EvaluationSample.of(10_000, 200, 1000, 0, 100, 100));
        CountyExit below = withSample(EvaluationSample.of(10_000, 199, 1000, 0, 100, 100));

        assertThat(at.eligible()).isFalse();
        Finding summary = first(at, Rule.EX_C_2);
        assertThat(summary.passed()).isFalse();
        assertThat(summary.subject()).isEqualTo("WRONG_EXIT");
        assertThat(summary.message()).isEqualTo(
                "The third-party evaluation misses its threshold on the wrong-exit rate: the county may not exit");
        assertThat(summary.messageZh()).isEqualTo("第三方评估未达标（错退率），不得退出");
        Finding rate = rates(at).get(0);
        assertThat(rate.passed()).isFalse();
        assertThat(rate.observed()).isEqualTo(new BigDecimal("2.00"));
        assertThat(rate.threshold()).isEqualByComparingTo("2");
        assertThat(at.evaluation().wrongExitPercent()).isEqualTo(new BigDecimal("2.00"));
        assertThat(below.eligible()).isTrue();
        assertThat(first(below, Rule.EX_C_2).passed()).isTrue();
        assertThat(first(below, Rule.EX_C_2).subject()).isNull();
        assertThat(rates(below).get(0).passed()).isTrue();
        assertThat(rates(below).get(0).observed()).isEqualTo(new BigDecimal("1.99"));
    }

    @Test
    @DisplayName("EX-C-2: a missed-identification rate of exactly 2% refuses the exit; 1.99% passes")
    void exC2MissedBoundary() {
        CountyExit at = withSample(EvaluationSample.of(1000, 0, 10_000, 200, 100, 100));
        CountyExit below = withSample(EvaluationSample.of(1000, 0, 10_000, 199, 100, 100));

        assertThat(at.eligible()).isFalse();
        assertThat(rates(at).get(1).passed()).isFalse();
        assertThat(first(at, Rule.EX_C_2).message()).contains("the missed-identification rate");
        assertThat(below.eligible()).isTrue();
        assertThat(rates(below).get(1).passed()).isTrue();
    }

    @Test
    @DisplayName("EX-C-2: public recognition of exactly 90% passes; 89.99% refuses the exit")
    void exC2RecognitionBoundary() {
        CountyExit at = withSample(EvaluationSample.of(1000, 0, 1000, 0, 10_000, 9000));
        CountyExit below = withSample(EvaluationSample.of(1000, 0, 1000, 0, 10_000, 8999));

        assertThat(at.eligible()).isTrue();
        assertThat(rates(at).get(2).passed()).isTrue();
        assertThat(first(at, Rule.EX_C_2).message()).startsWith("The third-party evaluation meets every threshold");
        assertThat(below.eligible()).isFalse();
        assertThat(rates(below).get(2).passed()).isFalse();
        assertThat(rates(below).get(2).observed()).isEqualTo(new BigDecimal("89.99"));
        assertThat(first(below, Rule.EX_C_2).messageZh()).isEqualTo("第三方评估未达标（群众认可度），不得退出");
    }

    @Test
    @DisplayName("EX-C-2: failing any one rate refuses the exit even with low incidence; the summary names them all")
    void exC2AnyFailureRefuses() {
        List<EvaluationSample> oneFailing = List.of(
                EvaluationSample.of(100, 2, 100, 0, 100, 100),
                EvaluationSample.of(100, 0, 100, 2, 100, 100),
                EvaluationSample.of(100, 0, 100, 0, 100, 89));

        for (int i = 0; i < oneFailing.size(); i++) {
            CountyExit exit = withSample(oneFailing.get(i));
            assertThat(first(exit, Rule.EX_C_1).passed()).isTrue();
            assertThat(exit.eligible()).as("sample %d", i).isFalse();
            List<Finding> rates = rates(exit);
            for (int j = 0; j < 3; j++) {
                assertThat(rates.get(j).passed()).as("sample %d rate %d", i, j).isEqualTo(i != j);
            }
        }
        assertThat(withSample(GOOD_SAMPLE).eligible()).isTrue();
        Finding all = first(withSample(EvaluationSample.of(100, 2, 100, 2, 100, 89)), Rule.EX_C_2);
        assertThat(all.subject()).isEqualTo("WRONG_EXIT, MISSED_IDENTIFICATION, RECOGNITION");
        assertThat(all.message()).isEqualTo("The third-party evaluation misses its threshold on the wrong-exit "
                + "rate; the missed-identification rate; public recognition: the county may not exit");
    }

    @Test
    @DisplayName("EX-C-2: a county with no evaluation sample on record may not exit, however low its incidence")
    void exC2NoSampleRefuses() {
        County county = County.builder().withCode(EAST).withDesignated(true).build();

        CountyExit exit = AreaExits.county(county, new Incidence(0, 10_000), Y2019);

        assertThat(exit.eligible()).isFalse();
        assertThat(exit.evaluation()).isNull();
        assertThat(first(exit, Rule.EX_C_1).passed()).isTrue();
        Finding f = first(exit, Rule.EX_C_2);
        assertThat(f.passed()).isFalse();
        assertThat(f.message()).isEqualTo("No third-party evaluation sample is on record: the county may not exit");
        assertThat(findings(exit.findings(), Rule.ST_4)).isEmpty();
    }

    // ---------------------------------------------------------------- EX-C-3

    @Test
    @DisplayName("EX-C-3: with no procedure, every county exit step remains, listed in plain words")
    void exC3AllStepsRemain() {
        CountyExit exit = county(WEST, new Incidence(0, 100));
        Finding f = first(exit, Rule.EX_C_3);

        assertThat(f.passed()).isFalse();
        assertThat(f.observed()).isEqualByComparingTo("5");
        assertThat(f.message()).isEqualTo("County exit steps remaining: county application; city review; provincial "
                + "verification with third-party evaluation; public notice; provincial announcement");
        assertThat(f.messageZh()).isEqualTo("尚需完成的县级退出程序：县级申请、市级初审、省级核查和第三方评估、公示、省级政府公告退出");
        assertThat(exit.remainingSteps()).containsExactly(Step.COUNTY_APPLICATION, Step.CITY_REVIEW,
                Step.PROVINCIAL_VERIFICATION, Step.PUBLIC_NOTICE, Step.PROVINCIAL_ANNOUNCEMENT);
    }

    @Test
    @DisplayName("EX-C-3: steps on record leave fewer steps; a completed procedure passes; the steps do not decide")
    void exC3Progress() {
        StepRecord[] all = allSteps();
        CountyExit partway = AreaExits.county(designated(WEST, GOOD_SAMPLE, all[0], all[1], all[2]),
                new Incidence(0, 100), Y2019);

        assertThat(first(partway, Rule.EX_C_3).message())
                .isEqualTo("County exit steps remaining: public notice; provincial announcement");
        assertThat(partway.remainingSteps()).containsExactly(Step.PUBLIC_NOTICE, Step.PROVINCIAL_ANNOUNCEMENT);
        assertThat(partway.eligible()).isTrue();

        CountyExit done = AreaExits.county(designated(WEST, GOOD_SAMPLE, all), new Incidence(0, 100), Y2019);
        assertThat(first(done, Rule.EX_C_3).passed()).isTrue();
        assertThat(first(done, Rule.EX_C_3).message()).isEqualTo("Every county exit step is done");
        assertThat(done.remainingSteps()).isEmpty();
        // The steps do not decide: a completed procedure with a failing evaluation still refuses the exit.
        assertThat(AreaExits.county(designated(WEST, EvaluationSample.of(100, 2, 100, 0, 100, 100), all),
                new Incidence(0, 100), Y2019).eligible()).isFalse();
    }

    @Test
    @DisplayName("EX-C-3: a step rejected on record, or a notice with an objection upheld, fails EX-C-3; the county "
            + "applies again, every step remaining")
    void exC3Rejected() {
        StepRecord rejected = new StepRecord(Step.COUNTY_APPLICATION, DAY, "county", null,
                "incidence data incomplete");
        StepRecord[] all = allSteps();
        StepRecord objection = new StepRecord(Step.PUBLIC_NOTICE, DAY.plusDays(67), "province", DAY.plusDays(61),
                "an objection was upheld");

        for (County county : List.of(designated(WEST, GOOD_SAMPLE, rejected),
                designated(WEST, GOOD_SAMPLE, all[0], all[1], all[2], objection))) {
            CountyExit exit = AreaExits.county(county, new Incidence(0, 100), Y2019);
            Finding f = first(exit, Rule.EX_C_3);
            assertThat(f.passed()).isFalse();
            assertThat(f.message()).isEqualTo("The county exit procedure was rejected: to exit, the county applies "
                    + "again, every step remaining: county application; city review; provincial verification with "
                    + "third-party evaluation; public notice; provincial announcement");
            assertThat(f.observed()).isEqualByComparingTo("5");
            assertThat(exit.remainingSteps()).isEqualTo(ProcedureKind.COUNTY_EXIT.steps());
        }
    }

    @Test
    @DisplayName("EX-C-3: a record out of order stops the replay at that step, says where and why")
    void exC3RecordOutOfOrder() {
        StepRecord[] all = allSteps();

        CountyExit exit = AreaExits.county(designated(WEST, GOOD_SAMPLE, all[0], all[2], all[1]),
                new Incidence(0, 100), Y2019);

        List<Finding> exC3 = findings(exit.findings(), Rule.EX_C_3);
        assertThat(exC3).hasSize(3).noneMatch(Finding::passed);
        assertThat(exC3.get(0).subject()).isEqualTo("exitProcedure[1]");
        assertThat(exC3.get(0).message()).isEqualTo("The exit procedure on record stops at exitProcedure[1], which "
                + "the procedure refuses (below)");
        assertThat(exC3.get(1).message()).startsWith("Steps cannot be skipped or reordered");
        assertThat(exit.remainingSteps()).hasSize(4).startsWith(Step.CITY_REVIEW);
    }

    @Test
    @DisplayName("EX-C-3: a notice on record shorter than the seven days required stops the replay; seven days pass")
    void exC3NoticeTooShort() {
        StepRecord[] all = allSteps();
        StepRecord sixDays = new StepRecord(Step.PUBLIC_NOTICE, DAY.plusDays(66), "province", DAY.plusDays(61),
                null);
        StepRecord notice = all[3];
        StepRecord completedNotice = step(Step.PUBLIC_NOTICE, DAY.plusDays(67));

        CountyExit shortNotice = AreaExits.county(designated(WEST, GOOD_SAMPLE, all[0], all[1], all[2], sixDays),
                new Incidence(0, 100), Y2019);
        CountyExit noDates = AreaExits.county(designated(WEST, GOOD_SAMPLE, all[0], all[1], all[2],
                completedNotice), new Incidence(0, 100), Y2019);
        CountyExit sevenDays = AreaExits.county(designated(WEST, GOOD_SAMPLE, all[0], all[1], all[2], notice),
                new Incidence(0, 100), Y2019);

        assertThat(findings(shortNotice.findings(), Rule.EX_C_3).get(1).message())
                .isEqualTo("The notice was up for 6 of the 7 days required");
        assertThat(shortNotice.remainingSteps()).containsExactly(Step.PUBLIC_NOTICE, Step.PROVINCIAL_ANNOUNCEMENT);
        assertThat(findings(noDates.findings(), Rule.EX_C_3).get(1).message()).isEqualTo("Give the days the public "
                + "notice was posted and ended: a public notice's length is checked from them");
        assertThat(sevenDays.remainingSteps()).containsExactly(Step.PROVINCIAL_ANNOUNCEMENT);
        assertThat(findings(sevenDays.findings(), Rule.EX_C_3)).hasSize(1);
    }

    // ---------------------------------------------------------------- GR-1

    @Test
    @DisplayName("GR-1: a county exiting in 2018 is in transition through 2023 and not in 2024")
    void gr1CountyTransitionBoundary() {
        Year exit = Year.of(2018);

        for (int y = 2018; y <= 2023; y++) {
            Finding f = AreaExits.countyTransition(exit, Year.of(y), Y2019);
            assertThat(f.rule()).isEqualTo(Rule.GR_1);
            assertThat(f.passed()).as("%d", y).isTrue();
            assertThat(f.threshold()).isEqualByComparingTo("2023");
        }
        Finding in2023 = AreaExits.countyTransition(exit, Year.of(2023), Y2019);
        assertThat(in2023.message()).isEqualTo("The county exited in 2018 keeps its main support policies until the "
                + "end of 2023");
        assertThat(in2023.messageZh()).contains("四个不摘");
        Finding in2024 = AreaExits.countyTransition(exit, Year.of(2024), Y2019);
        assertThat(in2024.passed()).isFalse();
        assertThat(in2024.observed()).isEqualByComparingTo("2024");
        assertThat(in2024.message()).isEqualTo("The county exited in 2018; its transition ended with 2023");
    }

    @Test
    @DisplayName("GR-1: before its exit year a county is not in transition, which has not begun rather than ended")
    void gr1BeforeExit() {
        Finding in2017 = AreaExits.countyTransition(Year.of(2018), Year.of(2017), Y2019);

        assertThat(in2017.passed()).isFalse();
        assertThat(in2017.message()).isEqualTo("The county exited in 2018, after 2017: its transition begins with its "
                + "exit and lasts to the end of 2023");
        assertThat(in2017.messageZh()).isEqualTo("该县2018年退出，2017年尚未进入过渡期（过渡期至2023年底）");
    }

    @Test
    @DisplayName("GR-1: the county transition length is a parameter")
    void gr1TransitionYearsIsAParameter() {
        YearParameters six = NATIONAL.withParameter(ParameterKey.COUNTY_TRANSITION_YEARS,
                new BigDecimal("6"), "test", "a longer transition for a scenario").forYear(Year.of(2019));

        assertThat(AreaExits.countyTransition(Year.of(2018), Year.of(2024), six).passed()).isTrue();
        assertThat(AreaExits.countyTransition(Year.of(2018), Year.of(2025), six).passed()).isFalse();
    }

    @Test
    @DisplayName("GR-1: an exited county's decision states its transition; one that has not exited has none")
    void gr1InTheCountyDecision() {
        County exited = County.builder().from(designated(WEST, GOOD_SAMPLE, allSteps()))
                .withApplicationYear(Year.of(2018)).withExitYear(Year.of(2018)).build();

        CountyExit exit = AreaExits.county(exited, new Incidence(0, 100), Y2019);
        CountyExit notExited = county(WEST, new Incidence(0, 100));

        assertThat(exit.transitionEnd()).isEqualTo(Year.of(2023));
        Finding gr1 = first(exit, Rule.GR_1);
        assertThat(gr1.passed()).isTrue();
        assertThat(gr1.message()).isEqualTo("The county exited in 2018 keeps its main support policies until the "
                + "end of 2023");
        assertThat(notExited.transitionEnd()).isNull();
        assertThat(findings(notExited.findings(), Rule.GR_1)).isEmpty();
    }

    @Test
    @DisplayName("County record: only a designated county applies and exits; exit not before application")
    void countyRecordChecks() {
        assertThatThrownBy(() -> County.builder().withCode(WEST).withExitYear(Year.of(2019)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("exitYear: only a designated poverty county applies to exit and exits");
        assertThatThrownBy(() -> County.builder().withCode(WEST).withApplicationYear(Year.of(2019)).build())
                .hasMessage("applicationYear: only a designated poverty county applies to exit and exits");
        assertThatThrownBy(() -> County.builder().withCode(WEST).withApplicationYear(Year.of(2019))
                .withExitYear(Year.of(2020)).build())
                .hasMessage("applicationYear: only a designated poverty county applies to exit and exits; "
                        + "exitYear: only a designated poverty county applies to exit and exits");
        assertThatThrownBy(() -> County.builder().withCode(WEST).withDesignated(true)
                .withApplicationYear(Year.of(2019)).withExitYear(Year.of(2018)).build())
                .hasMessage("exitYear: must not be before applicationYear");
        assertThatThrownBy(() -> County.builder().withCode(WEST).withRuralPopulation(0).build())
                .hasMessage("ruralPopulation: must be positive, not 0");
        assertThat(County.of(WEST).isDesignated()).isFalse();
        assertThat(County.builder().withCode(WEST).withDesignated(true).withApplicationYear(Year.of(2019))
                .withExitYear(Year.of(2019)).withRuralPopulation(1).build().getExitYear()).isEqualTo(Year.of(2019));
    }

    @Test
    @DisplayName("County record: each step of its exit procedure names its actor, and a rejection its reason")
    void countyStepsNameTheirActorAndReason() {
        LocalDate day = LocalDate.of(2019, 3, 1);
        StepRecord named = new StepRecord(Step.COUNTY_APPLICATION, day, "county", null, "incomplete file");

        assertThatThrownBy(() -> County.builder().withCode(WEST).withDesignated(true).addExitProcedure(named,
                new StepRecord(Step.COUNTY_APPLICATION, day, " ", null, " ")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("exitProcedure[1].actor: must not be blank; exitProcedure[1].rejection: must not be blank");
        // a step's toString() prints its actor and reason: never a no-break space alone, nor an ID number (which
        // the step itself refuses, so that no step holds one)
        assertThatThrownBy(() -> County.builder().withCode(WEST).withDesignated(true).addExitProcedure(named,
                new StepRecord(Step.COUNTY_APPLICATION, day, "county", null, "\u00a0")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("exitProcedure[1].rejection: must not be blank");
        assertThat(County.problemsOfStep(1, null, "522727198001011229", null)).singleElement().asString()
                .isEqualTo("exitProcedure[1].actor: " + PlainText.PERSONAL);
        assertThat(County.builder().withCode(WEST).withDesignated(true).addExitProcedure(named).build()
                .getExitProcedure()).containsExactly(named);
    }

    @Test
    @DisplayName("County record: a step's checks run on what could be read of it, a lone surrogate refused")
    void aStepsChecksRunOnItsFieldsRead() {
        String notUnicode = "must be valid Unicode: no lone surrogate (half of a surrogate pair)";
        assertThat(County.problemsOfStep(2, Step.FILED, "county\ud800", "\udc00")).containsExactly(
                "exitProcedure[2].step: FILED is not a step of COUNTY_EXIT, whose steps are "
                        + ProcedureKind.COUNTY_EXIT.steps(),
                "exitProcedure[2].actor: " + notUnicode, "exitProcedure[2].rejection: " + notUnicode);
        assertThat(County.problemsOfStep(0, null, " ", " ")).containsExactly("exitProcedure[0].actor: must not be "
                + "blank", "exitProcedure[0].rejection: must not be blank");
        assertThat(County.problemsOfStep(0, null, null, null)).isEmpty();
        assertThat(County.problemsOfStep(0, Step.CITY_REVIEW, "县政府\ud83d\ude00", "材料不全")).isEmpty();
    }

    @Test
    @DisplayName("County record: its exit procedure holds only the steps of a county's exit, as a household's holds its own")
    void aHouseholdsStepIsNoStepOfACountysExit() {
        LocalDate day = LocalDate.of(2019, 3, 1);
        assertThatThrownBy(() -> County.builder().withCode(WEST).withDesignated(true).addExitProcedure(
                new StepRecord(Step.COUNTY_APPLICATION, day, "county", null, null),
                new StepRecord(Step.APPLICATION, day, "county", null, null)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("exitProcedure[1].step: APPLICATION is not a step of COUNTY_EXIT, whose steps are "
                        + ProcedureKind.COUNTY_EXIT.steps());
    }
}
