package io.github.jingzhun.identification;

import static io.github.jingzhun.Households.adult;
import static io.github.jingzhun.Households.household;
import static io.github.jingzhun.Households.income;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.area.ProvinceCode;
import io.github.jingzhun.area.Village;
import io.github.jingzhun.area.VillageCode;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.parameter.YearParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VillageIdentifierTest {

    private static final Year Y2019 = Year.of(2019);
    private static final VillageCode CODE = VillageCode.parse("522727101201");
    private static final ProvinceCode GUIZHOU = ProvinceCode.of(52);
    private static final YearParameters NATIONAL_2019 = PolicyParameters.national().forYear(Y2019);
    /** Guizhou, 2019: 10% rural incidence, 10,000 yuan average rural income; 60% of it is 6,000. */
    private static final ProvincialBenchmark BENCHMARK = published("10", Yuan.of(10000));

    private static ProvincialBenchmark published(String incidencePercent, Yuan income) {
        return ProvincialBenchmark.published(GUIZHOU, Y2019, new BigDecimal(incidencePercent), income,
                "Guizhou statistical yearbook (test figures)");
    }

    private static Village village(Yuan collectiveIncome) {
        return Village.builder().withCode(CODE).withCollectiveIncome(collectiveIncome).build();
    }

    private static Household villager(String id, int persons, boolean registered, Yuan net) {
        Household.Builder b = household("522727").withId(id)
                .withStatus(registered ? Status.registered(LocalDate.of(2014, 10, 1)) : Status.notRegistered())
                .addIncome(income(2019).withWage(net).build());
        for (int i = 0; i < persons; i++) {
            b.addMembers(adult());
        }
        return b.build();
    }

    /** Ten persons, {@code poor} of them in registered households, with a total net income. */
    private static List<Household> tenPersons(int poor, Yuan totalNet) {
        return List.of(villager("HH-1", poor, true, Yuan.ZERO), villager("HH-2", 10 - poor, false, totalNet));
    }

    private static VillageIdentification identify(List<Household> households, ProvincialBenchmark benchmark) {
        return VillageIdentifier.identify(village(Yuan.ZERO), sums(households), benchmark, NATIONAL_2019);
    }

    private static AreaPopulation sums(List<Household> households) {
        return AreaPopulation.of(households, Y2019);
    }

    @Test
    @DisplayName("ID-V-1: incidence exactly 2 × the province's (20% against 10%) is high enough")
    void incidenceExactlyTwiceTheProvincesPasses() {
        VillageIdentification v = identify(tenPersons(2, Yuan.of(50000)), BENCHMARK);

        Finding f = v.findings().get(0);
        assertThat(f.rule()).isEqualTo(Rule.ID_V_1);
        assertThat(f.passed()).isTrue();
        assertThat(f.observed()).isEqualTo(new BigDecimal("20.00"));
        // shown with two decimals, as every percentage, whatever the published figure's
        assertThat(f.threshold()).isEqualTo(new BigDecimal("20.00"));
        assertThat(f.message()).startsWith("Poverty incidence 20.00% is at least 20.00%");
        assertThat(v.incidencePercent()).isEqualTo(new BigDecimal("20.00"));
        assertThat(v.poor()).isTrue();
    }

    @Test
    @DisplayName("ID-V-1: incidence just below 2 × the province's (20% against 2 × 10.01%) fails")
    void incidenceJustBelowTwiceTheProvincesFails() {
        ProvincialBenchmark higher = published("10.01", Yuan.of(10000));

        VillageIdentification v = identify(tenPersons(2, Yuan.of(50000)), higher);

        Finding f = v.findings().get(0);
        assertThat(f.passed()).isFalse();
        assertThat(f.threshold()).isEqualByComparingTo("20.02");
        assertThat(f.message()).startsWith("Poverty incidence 20.00% is below 20.02%");
        assertThat(v.poor()).isFalse();
    }

    @Test
    @DisplayName("ID-V-1: where the province's incidence is 0, one poor person is high incidence and none is not")
    void noPoorPersonIsNotHighIncidenceEvenAgainstZero() {
        ProvincialBenchmark none = published("0", Yuan.of(10000));

        VillageIdentification nobody = identify(List.of(villager("HH-2", 10, false, Yuan.of(50000))), none);
        VillageIdentification one = identify(tenPersons(1, Yuan.of(50000)), none);

        Finding f = nobody.findings().get(0);
        assertThat(f.passed()).isFalse();
        assertThat(f.observed()).isEqualByComparingTo("0");
        assertThat(f.threshold()).isEqualByComparingTo("0");
        assertThat(f.message()).startsWith("Poverty incidence 0.00%: no registered poor person, so not high");
        assertThat(f.messageZh()).contains("无建档立卡贫困人口");
        assertThat(nobody.poor()).isFalse();
        assertThat(one.findings().get(0).passed()).isTrue();
        assertThat(one.poor()).isTrue();
    }

    @Test
    @DisplayName("ID-V-1: one poor person fewer (19 of 100 against 2 × 10%) fails")
    void onePoorPersonFewerFails() {
        List<Household> households = List.of(villager("HH-1", 19, true, Yuan.ZERO),
                villager("HH-2", 81, false, Yuan.of(100000)));

        VillageIdentification v = identify(households, BENCHMARK);

        assertThat(v.incidencePercent()).isEqualTo(new BigDecimal("19.00"));
        assertThat(v.findings().get(0).passed()).isFalse();
    }

    @Test
    @DisplayName("ID-V-1: per-capita income exactly 60% of the province's average fails (strictly below needed)")
    void incomeExactlySixtyPercentOfTheAverageFails() {
        VillageIdentification v = identify(tenPersons(2, Yuan.of(60000)), BENCHMARK);

        Finding f = v.findings().get(1);
        assertThat(f.rule()).isEqualTo(Rule.ID_V_1);
        assertThat(f.passed()).isFalse();
        assertThat(f.observed()).isEqualTo(new BigDecimal("6000.00"));
        assertThat(f.threshold()).isEqualTo(new BigDecimal("6000.00"));
        assertThat(f.message()).isEqualTo(
                "Villagers' per-capita net income 6000.00 is not below 6000.00, the share of the province's average");
        assertThat(v.poor()).isFalse();
    }

    @Test
    @DisplayName("ID-V-1: one fen less passes, though per capita still displays 6000.00")
    void incomeOneFenBelowSixtyPercentPasses() {
        VillageIdentification v = identify(tenPersons(2, Yuan.parse("59999.99")), BENCHMARK);

        Finding f = v.findings().get(1);
        assertThat(f.passed()).isTrue();
        assertThat(v.perCapitaIncome()).isEqualTo(Yuan.parse("6000.00"));
        assertThat(f.message()).startsWith("Villagers' per-capita net income rounds to 6000.00, yet is exactly "
                + "below 6000.00");
        assertThat(f.messageZh()).startsWith("农民人均纯收入四舍五入为6000.00元，但精确计算低于");
        assertThat(v.poor()).isTrue();
    }

    @Test
    @DisplayName("ID-V-1: 1 poor of 3 (33.33…%) reaches 2 × 16.6666% = 33.3332% exactly, though it shows as 33.33%")
    void incidenceShownBelowYetExactlyHighPasses() {
        List<Household> households = List.of(villager("HH-1", 1, true, Yuan.ZERO),
                villager("HH-2", 2, false, Yuan.of(30000)));

        Finding f = identify(households, published("16.6666", Yuan.of(10000))).findings().get(0);

        assertThat(f.passed()).isTrue();
        assertThat(f.observed()).isEqualTo(new BigDecimal("33.33"));
        assertThat(f.threshold()).isEqualByComparingTo("33.3332");
        assertThat(f.message()).isEqualTo("Poverty incidence rounds to 33.33%, yet is exactly at least 33.3332%, "
                + "the multiple of the province's rural incidence");
        assertThat(f.messageZh()).startsWith("贫困发生率四舍五入为33.33%，但精确计算不低于");
    }

    @Test
    @DisplayName("ID-V-1: 2 poor of 3 (66.66…%) falls short of 2 × 33.334% = 66.668%, though it shows as 66.67%")
    void incidenceShownHighYetExactlyBelowFails() {
        List<Household> households = List.of(villager("HH-1", 2, true, Yuan.ZERO),
                villager("HH-2", 1, false, Yuan.of(30000)));

        Finding f = identify(households, published("33.334", Yuan.of(10000))).findings().get(0);

        assertThat(f.passed()).isFalse();
        assertThat(f.observed()).isEqualTo(new BigDecimal("66.67"));
        assertThat(f.threshold()).isEqualByComparingTo("66.668");
        assertThat(f.message()).isEqualTo("Poverty incidence rounds to 66.67%, yet is exactly below 66.668%, "
                + "the multiple of the province's rural incidence");
        assertThat(f.messageZh()).startsWith("贫困发生率四舍五入为66.67%，但精确计算低于");
    }

    @Test
    @DisplayName("ID-V-1: 18000.04 over 3 persons (6000.0133…) is not below 60% of 10000.02 (6000.012); both show as "
            + "6000.01, as an income not below its threshold never shows below it")
    void incomeJustAboveAThreeDecimalThresholdFails() {
        List<Household> households = List.of(villager("HH-1", 1, true, Yuan.ZERO),
                villager("HH-2", 2, false, Yuan.parse("18000.04")));

        VillageIdentification v = identify(households, published("10", Yuan.parse("10000.02")));

        Finding f = v.findings().get(1);
        assertThat(f.passed()).isFalse();
        assertThat(v.perCapitaIncome()).isEqualTo(Yuan.parse("6000.01"));
        assertThat(f.message()).isEqualTo("Villagers' per-capita net income 6000.01 is not below 6000.01, the share "
                + "of the province's average");
    }

    @Test
    @DisplayName("ID-V-1: collective income of 0.01 fails 'no collective income'")
    void collectiveIncomeOfOneFenFails() {
        VillageIdentification v = VillageIdentifier.identify(village(Yuan.ofFen(1)),
                sums(tenPersons(2, Yuan.of(50000))), BENCHMARK, NATIONAL_2019);

        Finding f = v.findings().get(2);
        assertThat(f.passed()).isFalse();
        assertThat(f.observed()).isEqualTo(new BigDecimal("0.01"));
        assertThat(f.threshold()).isEqualTo(new BigDecimal("0.00")); // money, written with two decimals
        assertThat(f.message()).isEqualTo("The village has collective-economy income of 0.01");
        assertThat(v.poor()).isFalse();
    }

    @Test
    @DisplayName("ID-V-1: no collective income passes")
    void noCollectiveIncomePasses() {
        Finding f = identify(tenPersons(2, Yuan.of(50000)), BENCHMARK).findings().get(2);

        assertThat(f.passed()).isTrue();
        assertThat(f.message()).isEqualTo("The village has no collective-economy income");
        assertThat(f.messageZh()).isEqualTo("村无集体经济收入");
    }

    @ParameterizedTest(name = "high incidence {0}, low income {1}, no collective income {2}")
    @CsvSource({
        "true, true, true", "true, true, false", "true, false, true", "false, true, true",
        "true, false, false", "false, true, false", "false, false, true", "false, false, false"})
    @DisplayName("ID-V-1: a village is poor only when all three conditions hold")
    void poorOnlyWhenAllThreeConditionsHold(boolean high, boolean low, boolean noCollective) {
        List<Household> households = tenPersons(high ? 2 : 1, low ? Yuan.of(50000) : Yuan.of(60000));
        Village village = village(noCollective ? Yuan.ZERO : Yuan.of(10000));

        VillageIdentification v = VillageIdentifier.identify(village, sums(households), BENCHMARK, NATIONAL_2019);

        assertThat(v.findings().subList(0, 3)).extracting(Finding::passed).containsExactly(high, low, noCollective);
        assertThat(v.findings()).extracting(Finding::rule).containsOnly(Rule.ID_V_1);
        assertThat(v.poor()).isEqualTo(high && low && noCollective);
        assertThat(v.village()).isEqualTo(CODE);
    }

    @Test
    @DisplayName("ID-V-1: exited households are not counted as poor")
    void exitedHouseholdsAreNotPoor() {
        Household exited = household("522727").withId("HH-1")
                .withStatus(Status.exited(LocalDate.of(2014, 10, 1), LocalDate.of(2018, 12, 1)))
                .addMembers(adult(), adult()).addIncome(income(2019).build()).build();
        List<Household> households = List.of(exited, villager("HH-2", 8, false, Yuan.of(50000)));

        VillageIdentification v = identify(households, BENCHMARK);

        assertThat(v.incidencePercent()).isEqualByComparingTo("0");
        assertThat(v.findings().get(0).passed()).isFalse();
    }

    @Test
    @DisplayName("ID-V-1: the incidence multiple is the POOR_VILLAGE_INCIDENCE_MULTIPLE parameter")
    void multipleIsAParameter() {
        YearParameters triple = PolicyParameters.national().withParameter(ParameterKey.POOR_VILLAGE_INCIDENCE_MULTIPLE,
                BigDecimal.valueOf(3), "provincial rule", "fewer poor villages").forYear(Y2019);

        VillageIdentification v = VillageIdentifier.identify(village(Yuan.ZERO), sums(tenPersons(2, Yuan.of(50000))),
                BENCHMARK, triple);

        assertThat(v.findings().get(0).passed()).isFalse();
        assertThat(v.findings().get(0).threshold()).isEqualByComparingTo("30");
    }

    @Test
    @DisplayName("ID-V-1: the income share is the POOR_VILLAGE_INCOME_PERCENT parameter")
    void incomeShareIsAParameter() {
        YearParameters seventy = PolicyParameters.national().withParameter(ParameterKey.POOR_VILLAGE_INCOME_PERCENT,
                BigDecimal.valueOf(70), "provincial rule", "more poor villages").forYear(Y2019);

        VillageIdentification v = VillageIdentifier.identify(village(Yuan.ZERO), sums(tenPersons(2, Yuan.of(60000))),
                BENCHMARK, seventy);

        assertThat(v.findings().get(1).passed()).isTrue();
        assertThat(v.findings().get(1).threshold()).isEqualTo(new BigDecimal("7000.00"));
    }

    @Test
    @DisplayName("ID-V-1: a household without an income record for the year is an error naming it")
    void householdWithoutARecordForTheYearIsAnError() {
        Household noRecord = household("522727").withId("HH-522727-0099").addMembers(adult())
                .addIncome(income(2018).build()).build();
        List<Household> households = List.of(villager("HH-1", 2, true, Yuan.ZERO), noRecord);

        assertThatThrownBy(() -> identify(households, BENCHMARK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("HH-522727-0099")
                .hasMessageContaining("2019");
    }

    @Test
    @DisplayName("ID-V-1: a village with no households cannot be identified")
    void villageWithoutHouseholdsIsAnError() {
        assertThatThrownBy(() -> identify(List.of(), BENCHMARK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("522727101201");
    }

    @Test
    @DisplayName("ID-V-1: the fourth finding names a published benchmark and its source")
    void publishedBenchmarkIsNamedWithItsSource() {
        Finding f = identify(tenPersons(2, Yuan.of(50000)), BENCHMARK).findings().get(3);

        assertThat(f.rule()).isEqualTo(Rule.ID_V_1);
        assertThat(f.passed()).isTrue();
        assertThat(f.observed()).isNull();
        assertThat(f.subject()).isEqualTo("Guizhou statistical yearbook (test figures)");
        assertThat(f.message()).isEqualTo("The province's rural incidence and per-capita income are published "
                + "figures (Guizhou statistical yearbook (test figures))");
    }

    @Test
    @DisplayName("ID-V-1: a benchmark computed from the registry is exact at twice its incidence (1/3 of 1/6 of)")
    void registryBenchmarkIsExactAtTheBoundary() {
        // The province: 100 registered poor of 600 persons (16.67% displayed); twice that is exactly 1/3.
        ProvincialBenchmark computed = ProvincialBenchmark.fromRegistry(GUIZHOU, Y2019, new Incidence(100, 600),
                Yuan.of(6_000_000), 600);
        List<Household> third = List.of(villager("HH-1", 1, true, Yuan.ZERO), villager("HH-2", 2, false,
                Yuan.of(10000)));
        List<Household> lessThanAThird = List.of(villager("HH-1", 1, true, Yuan.ZERO), villager("HH-2", 2, false,
                Yuan.of(10000)), villager("HH-3", 1, false, Yuan.of(100)));

        VillageIdentification at = identify(third, computed);
        VillageIdentification below = identify(lessThanAThird, computed);

        assertThat(at.findings().get(0).passed()).isTrue();
        // shown to eight decimals, not rounded to 33.33, which 1/3 would then be said to reach only by rounding
        assertThat(at.findings().get(0).threshold()).isEqualTo(new BigDecimal("33.33333333"));
        assertThat(at.findings().get(0).message()).isEqualTo("Poverty incidence rounds to 33.33%, yet is exactly at "
                + "least 33.33333333%, the multiple of the province's rural incidence");
        assertThat(at.incidencePercent()).isEqualTo(new BigDecimal("33.33"));
        assertThat(below.findings().get(0).passed()).isFalse();
        Finding source = at.findings().get(3);
        assertThat(source.passed()).isFalse();
        assertThat(computed.ruralIncidencePercent()).isEqualTo(new BigDecimal("16.67"));
        assertThat(source.message()).isEqualTo("No published figures of the province were given: its rural incidence "
                + "and per-capita income were computed from the registry: 100 registered poor of 600 persons, "
                + "income of 600 persons; not a published statistic");
        assertThat(source.messageZh()).isEqualTo("未提供全省公布数据，全省农村贫困发生率和农民人均纯收入系由读入的建档立卡数据计算"
                + "（600人中建档立卡贫困人口100人，收入按600人计），并非统计部门公布数");
    }

    @Test
    @DisplayName("ID-V-1: a registry benchmark's income is exact too: 60% of 10,000.005 per head")
    void registryBenchmarkIncomeIsExact() {
        // The province: 20,000.01 yuan over 2 persons, 10,000.005 each; 60% of it is 6,000.003.
        ProvincialBenchmark computed = ProvincialBenchmark.fromRegistry(GUIZHOU, Y2019, new Incidence(0, 2),
                Yuan.parse("20000.01"), 2);

        Finding atSixThousand = identify(List.of(villager("HH-1", 1, true, Yuan.of(6000))), computed)
                .findings().get(1);
        Finding oneFenMore = identify(List.of(villager("HH-1", 1, true, Yuan.parse("6000.01"))), computed)
                .findings().get(1);

        assertThat(atSixThousand.passed()).isTrue();
        assertThat(atSixThousand.threshold()).isEqualTo(new BigDecimal("6000.00"));
        assertThat(oneFenMore.passed()).isFalse();
    }

    @Test
    @DisplayName("ID-V-1: incidence is over the village's rural population on record when it has one")
    void incidenceIsOverTheRuralPopulationOnRecord() {
        Village recorded = Village.builder().from(village(Yuan.ZERO)).withRuralPopulation(20).build();

        VillageIdentification v = VillageIdentifier.identify(recorded, sums(tenPersons(4, Yuan.of(50000))),
                BENCHMARK, NATIONAL_2019);

        assertThat(v.incidencePercent()).isEqualTo(new BigDecimal("20.00"));
        assertThat(v.findings().get(0).passed()).isTrue();
        // Income is still over the persons read: 50,000 over ten.
        assertThat(v.perCapitaIncome()).isEqualTo(Yuan.of(5000));
    }

    @Test
    @DisplayName("ID-V-1: households, benchmark and parameters must be of one income year")
    void yearsMustAgree() {
        ProvincialBenchmark of2018 = ProvincialBenchmark.published(GUIZHOU, Year.of(2018), BigDecimal.TEN,
                Yuan.of(10000), "yearbook");

        assertThatThrownBy(() -> identify(tenPersons(2, Yuan.of(50000)), of2018))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one income year");
        AreaPopulation of2018Households = AreaPopulation.of(Year.of(2018));
        of2018Households.add(household("522727").addMembers(adult()).addIncome(income(2018).build()).build());
        assertThatThrownBy(() -> VillageIdentifier.identify(village(Yuan.ZERO), of2018Households, BENCHMARK,
                NATIONAL_2019)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one income year");
    }

    @Test
    @DisplayName("ID-V-1: a village is compared with its own province's figures, not another's")
    void theBenchmarkIsOfTheVillagesProvince() {
        ProvincialBenchmark zhejiang = ProvincialBenchmark.published(ProvinceCode.parse("33"), Year.of(2019),
                BigDecimal.ONE, Yuan.of(10000), "yearbook");

        assertThatThrownBy(() -> identify(tenPersons(2, Yuan.of(50000)), zhejiang))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not of province 33");
    }
}
