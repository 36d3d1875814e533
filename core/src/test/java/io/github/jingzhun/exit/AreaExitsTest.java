package io.github.jingzhun.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.Households;
import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.area.Geography;
import io.github.jingzhun.area.MacroRegion;
import io.github.jingzhun.area.Village;
import io.github.jingzhun.area.VillageCode;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.Sex;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.ImmutablePolicyParameters;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.parameter.YearParameters;
import io.github.jingzhun.procedure.Procedure;
import io.github.jingzhun.procedure.ProcedureEvent;
import io.github.jingzhun.procedure.ProcedureKind;
import io.github.jingzhun.procedure.ProcedureResult;
import io.github.jingzhun.procedure.Step;
import io.github.jingzhun.statistics.Incidence;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
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
    private static final EvaluationSample GOOD_SAMPLE = new EvaluationSample(1000, 0, 1000, 0, 100, 100);
    private static final int HOUSEHOLD_SIZE = 10;
    private static final List<Member> TEN = tenMembers();

    // ---------------------------------------------------------------- fixtures

    private static List<Member> tenMembers() {
        List<Member> members = new ArrayList<>(HOUSEHOLD_SIZE);
        for (int i = 0; i < HOUSEHOLD_SIZE; i++) {
            members.add(Households.member(i % 2 == 0 ? Sex.MALE : Sex.FEMALE, LocalDate.of(1970 + i, 1, 1)).build());
        }
        return members;
    }

    private static Household household(String county, Status status, int size) {
        return Households.household(county).withStatus(status).addAllMembers(TEN.subList(0, size)).build();
    }

    /**
     * Households of up to ten members in a county: {@code poor} persons in REGISTERED households, the rest of
     * {@code population} in households that are NOT_REGISTERED or EXITED.
     */
    private static List<Household> households(String county, int poor, int population) {
        List<Household> households = new ArrayList<>();
        Status registered = Status.registered(LocalDate.of(2015, 10, 1));
        Status exited = Status.exited(LocalDate.of(2015, 10, 1), LocalDate.of(2018, 12, 1));
        for (int left = poor; left > 0; left -= HOUSEHOLD_SIZE) {
            households.add(household(county, registered, Math.min(left, HOUSEHOLD_SIZE)));
        }
        int i = 0;
        for (int left = population - poor; left > 0; left -= HOUSEHOLD_SIZE) {
            households.add(household(county, i++ % 2 == 0 ? Status.notRegistered() : exited,
                    Math.min(left, HOUSEHOLD_SIZE)));
        }
        return households;
    }

    private static Village village(String code, boolean facilities) {
        return Village.builder().withCode(VillageCode.parse(code)).withHardenedRoad(facilities)
                .withElectricity(facilities).withSafeWater(facilities).withClinic(facilities)
                .withCollectiveIncome(facilities ? Yuan.of(50_000) : Yuan.ZERO).build();
    }

    private static AreaExit villageExit(String code, int poor, int population) {
        return AreaExits.village(village(code, true), households(code.substring(0, 6), poor, population), Y2019);
    }

    private static AreaExit county(CountyCode county, Incidence incidence) {
        return AreaExits.county(county, incidence, GOOD_SAMPLE, null, Y2019);
    }

    private static List<Finding> findings(AreaExit exit, Rule rule) {
        return exit.findings().stream().filter(f -> f.rule() == rule).toList();
    }

    private static Finding first(AreaExit exit, Rule rule) {
        List<Finding> found = findings(exit, rule);
        assertThat(found).as("findings of %s", rule).isNotEmpty();
        return found.get(0);
    }

    private static Procedure take(Procedure procedure, ProcedureEvent event) {
        ProcedureResult result = procedure.apply(event, NATIONAL);
        assertThat(result).as("%s", event).isInstanceOf(ProcedureResult.Accepted.class);
        return result.procedure();
    }

    // ---------------------------------------------------------------- EX-V-1

    @Test
    @DisplayName("EX-V-1: an EAST village at exactly 2% incidence (200 of 10000 persons) may not exit")
    void exV1ExactlyTwoPercentFails() {
        AreaExit exit = villageExit("330106001001", 200, 10_000);

        assertThat(exit.eligible()).isFalse();
        assertThat(exit.incidencePercent()).isEqualTo(new BigDecimal("2.00"));
        Finding f = first(exit, Rule.EX_V_1);
        assertThat(f.passed()).isFalse();
        assertThat(f.threshold()).isEqualByComparingTo("2");
        assertThat(f.message()).isEqualTo("Poverty incidence 2.00% is not below 2% (eastern and central regions)");
    }

    @Test
    @DisplayName("EX-V-1: an EAST village at 1.99% (199 of 10000 persons) may exit")
    void exV1JustBelowTwoPercentPasses() {
        AreaExit exit = villageExit("330106001001", 199, 10_000);

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
        AreaExit below = villageExit("522727101201", 299, 10_000);
        AreaExit at = villageExit("522727101201", 300, 10_000);

        assertThat(below.eligible()).isTrue();
        assertThat(first(below, Rule.EX_V_1).threshold()).isEqualByComparingTo("3");
        assertThat(first(below, Rule.EX_V_1).message()).endsWith("(western region)");
        assertThat(at.eligible()).isFalse();
    }

    @Test
    @DisplayName("EX-V-1: EXITED and NOT_REGISTERED households count in the population but not as poor")
    void exV1OnlyRegisteredArePoor() {
        List<Household> hs = households("330106", 0, 100);
        hs.add(household("330106", Status.registered(LocalDate.of(2015, 10, 1)), 1));

        AreaExit exit = AreaExits.village(village("330106001001", true), hs, Y2019);

        assertThat(exit.incidencePercent()).isEqualTo(new BigDecimal("0.99"));
        assertThat(exit.eligible()).isTrue();
    }

    @Test
    @DisplayName("EX-V-1: infrastructure and collective income are findings that do not decide the exit")
    void exV1FacilitiesAreFindingsOnly() {
        String code = "330106001001";
        AreaExit bare = AreaExits.village(village(code, false), households("330106", 199, 10_000), Y2019);
        AreaExit equipped = AreaExits.village(village(code, true), households("330106", 200, 10_000), Y2019);

        // Low incidence, no facilities: eligible, with failing facility findings.
        assertThat(bare.eligible()).isTrue();
        assertThat(findings(bare, Rule.EX_V_1)).hasSize(6);
        assertThat(findings(bare, Rule.EX_V_1).subList(1, 6)).noneMatch(Finding::passed)
                .extracting(Finding::message).containsExactly(
                        "The village has no hardened road (considered; does not decide exit)",
                        "The village has no electricity (considered; does not decide exit)",
                        "The village has no safe drinking water (considered; does not decide exit)",
                        "The village has no clinic with a qualified doctor (considered; does not decide exit)",
                        "The village has no collective-economy income (considered; does not decide exit)");
        // Every facility, incidence at the threshold: not eligible, with passing facility findings.
        assertThat(equipped.eligible()).isFalse();
        assertThat(findings(equipped, Rule.EX_V_1).subList(1, 6)).allMatch(Finding::passed)
                .extracting(Finding::messageZh).containsExactly("村通硬化路（综合考虑，不作为退出条件）",
                        "村通动力电（综合考虑，不作为退出条件）", "村饮水安全（综合考虑，不作为退出条件）",
                        "村有卫生室和合格村医（综合考虑，不作为退出条件）", "村集体经济收入50000.00元（综合考虑，不作为退出条件）");
        assertThat(findings(equipped, Rule.EX_V_1).get(5).observed()).isEqualTo(new BigDecimal("50000.00"));
    }

    // ---------------------------------------------------------------- EX-C-1

    @Test
    @DisplayName("EX-C-1: an EAST county at exactly 2% fails, at 1.99% passes")
    void exC1EastBoundary() {
        AreaExit at = county(EAST, new Incidence(200, 10_000));
        AreaExit below = county(EAST, new Incidence(199, 10_000));

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

        AreaExit west = county(WEST, incidence);
        AreaExit east = county(EAST, incidence);

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
        AreaExit justBelow = county(EAST, new Incidence(1999, 100_000));
        AreaExit at = county(EAST, new Incidence(2000, 100_000));

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
        YearParameters treated = ImmutablePolicyParameters.copyOf(NATIONAL).withGeography(geography)
                .forYear(Year.of(2019));
        Incidence incidence = new Incidence(290, 10_000);

        AreaExit asCentral = county(CENTRAL, incidence);
        AreaExit asWestern = AreaExits.county(CENTRAL, incidence, GOOD_SAMPLE, null, treated);

        assertThat(asCentral.eligible()).isFalse();
        assertThat(asWestern.eligible()).isTrue();
        assertThat(first(asWestern, Rule.EX_C_1).message()).endsWith("(western region)");
        // Only the listed county is treated as western: its neighbour in the same province is not.
        assertThat(AreaExits.county(CountyCode.parse("411522"), incidence, GOOD_SAMPLE, null, treated).eligible())
                .isFalse();
    }

    // ---------------------------------------------------------------- EX-C-2

    private static AreaExit withSample(EvaluationSample sample) {
        return AreaExits.county(EAST, new Incidence(100, 10_000), sample, null, Y2019);
    }

    private static List<Finding> exC2(AreaExit exit) {
        List<Finding> found = findings(exit, Rule.EX_C_2);
        assertThat(found).hasSize(3);
        return found;
    }

    @Test
    @DisplayName("EX-C-2: a wrong-exit rate of exactly 2% refuses the exit; 1.99% passes")
    void exC2WrongExitBoundary() {
        AreaExit at = withSample(new EvaluationSample(10_000, 200, 1000, 0, 100, 100));
        AreaExit below = withSample(new EvaluationSample(10_000, 199, 1000, 0, 100, 100));

        assertThat(at.eligible()).isFalse();
        Finding f = exC2(at).get(0);
        assertThat(f.passed()).isFalse();
        assertThat(f.observed()).isEqualTo(new BigDecimal("2.00"));
        assertThat(f.message()).isEqualTo("Wrong-exit rate 2.00% is not below 2%");
        assertThat(f.messageZh()).isEqualTo("错退率2.00%，未低于2%");
        assertThat(below.eligible()).isTrue();
        assertThat(exC2(below).get(0).passed()).isTrue();
        assertThat(exC2(below).get(0).message()).isEqualTo("Wrong-exit rate 1.99% is below 2%");
    }

    @Test
    @DisplayName("EX-C-2: a missed-identification rate of exactly 2% refuses the exit; 1.99% passes")
    void exC2MissedBoundary() {
        AreaExit at = withSample(new EvaluationSample(1000, 0, 10_000, 200, 100, 100));
        AreaExit below = withSample(new EvaluationSample(1000, 0, 10_000, 199, 100, 100));

        assertThat(at.eligible()).isFalse();
        assertThat(exC2(at).get(1).passed()).isFalse();
        assertThat(exC2(at).get(1).message()).isEqualTo("Missed-identification rate 2.00% is not below 2%");
        assertThat(below.eligible()).isTrue();
        assertThat(exC2(below).get(1).passed()).isTrue();
        assertThat(exC2(below).get(1).messageZh()).isEqualTo("漏评率1.99%，低于2%");
    }

    @Test
    @DisplayName("EX-C-2: public recognition of exactly 90% passes; 89.99% refuses the exit")
    void exC2RecognitionBoundary() {
        AreaExit at = withSample(new EvaluationSample(1000, 0, 1000, 0, 10_000, 9000));
        AreaExit below = withSample(new EvaluationSample(1000, 0, 1000, 0, 10_000, 8999));

        assertThat(at.eligible()).isTrue();
        assertThat(exC2(at).get(2).passed()).isTrue();
        assertThat(exC2(at).get(2).message()).isEqualTo("Public recognition 90.00% reaches 90%");
        assertThat(below.eligible()).isFalse();
        assertThat(exC2(below).get(2).passed()).isFalse();
        assertThat(exC2(below).get(2).observed()).isEqualTo(new BigDecimal("89.99"));
        assertThat(exC2(below).get(2).message()).isEqualTo("Public recognition 89.99% is below 90%");
    }

    @Test
    @DisplayName("EX-C-2: failing any one rate refuses the exit even with low incidence")
    void exC2AnyFailureRefuses() {
        List<EvaluationSample> oneFailing = List.of(
                new EvaluationSample(100, 2, 100, 0, 100, 100),
                new EvaluationSample(100, 0, 100, 2, 100, 100),
                new EvaluationSample(100, 0, 100, 0, 100, 89));

        for (int i = 0; i < oneFailing.size(); i++) {
            AreaExit exit = withSample(oneFailing.get(i));
            assertThat(first(exit, Rule.EX_C_1).passed()).isTrue();
            assertThat(exit.eligible()).as("sample %d", i).isFalse();
            List<Finding> rates = exC2(exit);
            for (int j = 0; j < 3; j++) {
                assertThat(rates.get(j).passed()).as("sample %d rate %d", i, j).isEqualTo(i != j);
            }
        }
        assertThat(withSample(GOOD_SAMPLE).eligible()).isTrue();
    }

    @Test
    @DisplayName("EX-C-2 / ST-4: an evaluation sample must have positive wholes and parts within them")
    void exC2SampleValidation() {
        assertThatThrownBy(() -> new EvaluationSample(0, 0, 1, 0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wronglyExitedPersons");
        assertThatThrownBy(() -> new EvaluationSample(10, 11, 1, 0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wronglyExitedPersons");
        assertThatThrownBy(() -> new EvaluationSample(10, 0, 10, -1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missedPersons");
        assertThatThrownBy(() -> new EvaluationSample(10, 0, 10, 0, 5, 6))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("householdsRecognising");
        assertThat(new EvaluationSample(10, 10, 10, 10, 5, 5).householdsRecognising()).isEqualTo(5);
    }

    // ---------------------------------------------------------------- EX-C-3

    @Test
    @DisplayName("EX-C-3: with no procedure, every county exit step remains, listed in plain words")
    void exC3AllStepsRemain() {
        Finding f = first(county(WEST, new Incidence(0, 100)), Rule.EX_C_3);

        assertThat(f.passed()).isFalse();
        assertThat(f.observed()).isEqualByComparingTo("5");
        assertThat(f.message()).isEqualTo("County exit steps remaining: county application; city review; provincial "
                + "verification with third-party evaluation; public notice; provincial announcement");
        assertThat(f.messageZh()).isEqualTo("尚需完成的县级退出程序：县级申请、市级初审、省级核查和第三方评估、公示、省级政府公告退出");
    }

    @Test
    @DisplayName("EX-C-3: steps taken leave fewer steps; a completed procedure passes; the steps do not decide")
    void exC3Progress() {
        Procedure p = Procedure.start(ProcedureKind.COUNTY_EXIT);
        p = take(p, new ProcedureEvent.Completed(Step.COUNTY_APPLICATION, LocalDate.of(2019, 1, 10), "county"));
        p = take(p, new ProcedureEvent.Completed(Step.CITY_REVIEW, LocalDate.of(2019, 2, 10), "city"));
        p = take(p, new ProcedureEvent.Completed(Step.PROVINCIAL_VERIFICATION, LocalDate.of(2019, 3, 10),
                "province"));

        AreaExit partway = AreaExits.county(WEST, new Incidence(0, 100), GOOD_SAMPLE, p, Y2019);
        assertThat(first(partway, Rule.EX_C_3).message())
                .isEqualTo("County exit steps remaining: public notice; provincial announcement");
        assertThat(partway.eligible()).isTrue();

        p = take(p, new ProcedureEvent.NoticeCompleted(Step.PUBLIC_NOTICE, LocalDate.of(2019, 3, 11),
                LocalDate.of(2019, 3, 18), "province", false));
        p = take(p, new ProcedureEvent.Completed(Step.PROVINCIAL_ANNOUNCEMENT, LocalDate.of(2019, 4, 1),
                "province"));

        Finding done = first(AreaExits.county(WEST, new Incidence(0, 100), GOOD_SAMPLE, p, Y2019), Rule.EX_C_3);
        assertThat(done.passed()).isTrue();
        assertThat(done.message()).isEqualTo("Every county exit step is done");
    }

    @Test
    @DisplayName("EX-C-3: a rejected county procedure fails EX-C-3")
    void exC3Rejected() {
        Procedure p = take(Procedure.start(ProcedureKind.COUNTY_EXIT), new ProcedureEvent.Rejected(
                Step.COUNTY_APPLICATION, LocalDate.of(2019, 1, 10), "county", "incidence data incomplete"));

        Finding f = first(AreaExits.county(WEST, new Incidence(0, 100), GOOD_SAMPLE, p, Y2019), Rule.EX_C_3);

        assertThat(f.passed()).isFalse();
        assertThat(f.message()).isEqualTo("The county exit procedure was rejected");
    }

    @Test
    @DisplayName("EX-C-3: a procedure of another kind is refused")
    void exC3WrongKind() {
        Procedure household = Procedure.start(ProcedureKind.HOUSEHOLD_EXIT);

        assertThatThrownBy(() -> AreaExits.county(WEST, new Incidence(0, 100), GOOD_SAMPLE, household, Y2019))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a county exit procedure");
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
    @DisplayName("GR-1: before its exit year a county is not in transition")
    void gr1BeforeExit() {
        assertThat(AreaExits.countyTransition(Year.of(2018), Year.of(2017), Y2019).passed()).isFalse();
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
    @DisplayName("EX-V-1: a village's households may be any Iterable, read once")
    void exV1ReadsAnIterableOnce() {
        List<Household> hs = households("522727", 1, 100);
        int[] reads = {0};
        Iterable<Household> once = () -> {
            reads[0]++;
            return hs.iterator();
        };

        AreaExit exit = AreaExits.village(village("522727101201", true), once, Y2019);

        assertThat(reads[0]).isEqualTo(1);
        assertThat(exit.incidencePercent()).isEqualTo(new BigDecimal("1.00"));
    }
}
